#include "CsLookupPanel.h"

#include "CsRequestForm.h"
#include "CsService.h"
#include "CsText.h"
#include "IdDocument.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cet {

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

CsLookupPanel::CsLookupPanel(CsService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("csLookupPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto *columns = new QHBoxLayout(content);

    auto *left = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_idType = new QComboBox(content);
    m_idType->setObjectName(QStringLiteral("csIdType"));
    for (IdType t : acceptedIdTypes())
        m_idType->addItem(QString(), idTypeCode(t));
    m_idNumber = new QLineEdit(content);
    m_idNumber->setObjectName(QStringLiteral("csIdNumber"));
    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("csName"));
    m_reason = new QLineEdit(content);
    m_reason->setObjectName(QStringLiteral("csReason"));
    QWidget *fields[4] = { m_idType, m_idNumber, m_name, m_reason };
    for (int i = 0; i < 4; ++i) {
        m_labels[i] = new QLabel(content);
        m_labels[i]->setBuddy(fields[i]);
        form->addRow(m_labels[i], fields[i]);
    }
    m_lookup = new QPushButton(content);
    m_lookup->setObjectName(QStringLiteral("csLookup"));
    m_lookup->setDefault(true);
    form->addRow(QString(), m_lookup);
    left->addLayout(form);
    m_message = new QLabel(content);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    left->addWidget(m_message);
    m_result = new QLabel(content);
    m_result->setObjectName(QStringLiteral("csResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                           "padding: 8px; }"));
    m_result->hide();
    left->addWidget(m_result);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    m_guidance = new QLabel(content);
    m_guidance->setObjectName(QStringLiteral("csGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f1fb; border: 1px solid #9cbfe6; padding: 8px; }"));
    m_guidance->hide();
    right->addWidget(m_guidance);
    m_form = new CsRequestForm(service, content);
    m_form->hide();
    right->addWidget(m_form);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    for (QLineEdit *e : { m_idNumber, m_name, m_reason }) {
        connect(e, &QLineEdit::textChanged, this, &CsLookupPanel::updateButton);
        connect(e, &QLineEdit::returnPressed, this, [this] {
            if (m_lookup->isEnabled())
                lookup();
        });
    }
    connect(m_lookup, &QPushButton::clicked, this, &CsLookupPanel::lookup);
    connect(m_form, &CsRequestForm::filed, this, &CsLookupPanel::requestFiled);
    retranslate();
}

QString CsLookupPanel::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

QString CsLookupPanel::guidanceText() const
{
    return m_guidance->isHidden() ? QString() : m_guidance->text();
}

QString CsLookupPanel::messageText() const
{
    return m_message->text();
}

void CsLookupPanel::retranslate()
{
    m_labels[0]->setText(tr("ID &type:"));
    m_labels[1]->setText(tr("ID &number:"));
    m_labels[2]->setText(tr("N&ame:"));
    m_labels[3]->setText(tr("&Reason:"));
    for (int i = 0; i < m_idType->count(); ++i)
        m_idType->setItemText(i, idTypeDisplayName(idTypeFromCode(m_idType->itemData(i).toInt())));
    m_reason->setPlaceholderText(tr("why you look up this account, e.g. the caller lost the login email"));
    m_lookup->setText(tr("&Look up"));
    if (m_last)
        showResult(*m_last);
    updateButton();
}

void CsLookupPanel::updateButton()
{
    m_lookup->setEnabled(!m_busy && !m_idNumber->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()
                         && !m_reason->text().trimmed().isEmpty());
}

void CsLookupPanel::lookup()
{
    CsLookupQuery q;
    q.idType = m_idType->currentData().toInt();
    q.idNumber = m_idNumber->text().trimmed();
    q.name = m_name->text().trimmed();
    q.reason = m_reason->text().trimmed();
    m_busy = true;
    updateButton();
    m_message->setText(tr("Looking up…"));
    m_service.lookup(q, this, [this, q](const Result<CsLookupResult> &r) {
        m_busy = false;
        updateButton();
        m_form->hide();
        if (!r) {
            m_last.reset();
            m_result->hide();
            m_guidance->hide();
            m_message->setText(r.error().message);
            return;
        }
        m_message->clear();
        m_last = r.value();
        showResult(r.value());
        if (r.value().guidance == u"rebind") {
            m_form->clear();
            m_form->setCandidate(q.idType, q.idNumber, q.name);
            m_form->show();
        }
    });
}

void CsLookupPanel::showResult(const CsLookupResult &r)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<b>%1</b> &nbsp; %2 %3<br>%4: %5 %6")
                       .arg(esc(r.candidate.name), esc(idTypeShortName(idTypeFromCode(r.candidate.idType))),
                            esc(r.candidate.idNumberMasked), esc(tr("School")), esc(r.candidate.schoolCode),
                            esc(r.candidate.schoolName));
    if (r.hasPassport)
        html += QStringLiteral("<br>%1: <tt>%2</tt><br>%3: %4 &nbsp; %5: %6")
                    .arg(esc(tr("Passport")), esc(r.passportId), esc(tr("Email")), esc(r.emailMasked),
                         esc(tr("Mobile")), esc(r.mobileMasked.isEmpty() ? tr("none") : r.mobileMasked));
    else
        html += QStringLiteral("<br>%1").arg(esc(tr("Never bound to a passport account.")));
    html += QStringLiteral("<br>%1: %2").arg(esc(tr("Registration")), esc(CsText::registration(r.registrationState)));
    for (const CsSubject &s : r.subjects)
        html += QStringLiteral("<br>&nbsp;&nbsp;%1 (%2)").arg(esc(s.subject), esc(CsText::payment(s.paymentState)));
    html += QStringLiteral("<br>%1: %2").arg(esc(tr("Earlier rebindings"))).arg(r.rebindings.size());
    for (const CsRequest &q : r.rebindings)
        html += QStringLiteral("<br>&nbsp;&nbsp;#%1 %2, %3").arg(q.id).arg(esc(CsText::state(q.state)), timeText(q.filedAt));
    m_result->setText(html);
    m_result->show();
    m_guidance->setText(QStringLiteral("<b>%1</b><br>%2").arg(esc(CsText::guidanceTitle(r.guidance)),
                                                             esc(CsText::guidanceText(r.guidance))));
    m_guidance->show();
}

void CsLookupPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_lookup)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cet
