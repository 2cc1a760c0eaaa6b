#include "CsRequestForm.h"

#include "CsService.h"
#include "CsText.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cet {

CsRequestForm::CsRequestForm(CsService &service, QWidget *parent) : QGroupBox(parent), m_service(service)
{
    setObjectName(QStringLiteral("csRequestForm"));
    auto *form = new QFormLayout(this);
    m_passport = new QLineEdit(this);
    m_passport->setObjectName(QStringLiteral("csNewPassport"));
    m_passport->setMaxLength(32);
    // Hex only, so a stray space or a Chinese comma never reaches the server.
    m_passport->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,32}")), m_passport));
    m_passportHint = new QLabel(this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("csNewEmail"));
    auto *checks = new QVBoxLayout;
    for (const QString &c : cs::knownChecks()) {
        auto *box = new QCheckBox(this);
        box->setProperty("check", c);
        box->setObjectName(QStringLiteral("csCheck_") + c);
        checks->addWidget(box);
        m_checks << box;
        connect(box, &QCheckBox::toggled, this, &CsRequestForm::validate);
    }
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("csNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("csSubmitRequest"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QLabel *&l : m_labels)
        l = new QLabel(this);
    m_labels[0]->setBuddy(m_passport);
    m_labels[1]->setBuddy(m_email);
    m_labels[3]->setBuddy(m_notes);
    form->addRow(m_labels[0], m_passport);
    form->addRow(QString(), m_passportHint);
    form->addRow(m_labels[1], m_email);
    form->addRow(m_labels[2], checks);
    form->addRow(m_labels[3], m_notes);
    form->addRow(QString(), m_submit);
    form->addRow(m_message);

    connect(m_passport, &QLineEdit::textChanged, this, &CsRequestForm::validate);
    connect(m_email, &QLineEdit::textChanged, this, &CsRequestForm::validate);
    connect(m_submit, &QPushButton::clicked, this, &CsRequestForm::submit);
    retranslate();
    validate();
}

void CsRequestForm::setCandidate(int idType, const QString &idNumber, const QString &name)
{
    m_idType = idType;
    m_idNumber = idNumber;
    m_name = name;
    validate();
}

void CsRequestForm::clear()
{
    m_passport->clear();
    m_email->clear();
    m_notes->clear();
    for (QCheckBox *b : std::as_const(m_checks))
        b->setChecked(false);
    m_message->clear();
}

QString CsRequestForm::messageText() const
{
    return m_message->text();
}

void CsRequestForm::retranslate()
{
    setTitle(tr("Rebinding request"));
    m_labels[0]->setText(tr("New &passport ID:"));
    m_labels[1]->setText(tr("New e&mail:"));
    m_labels[2]->setText(tr("Identity verified by:"));
    m_labels[3]->setText(tr("N&otes:"));
    m_passport->setPlaceholderText(tr("32 hexadecimal characters, from the caller's new passport account"));
    m_email->setPlaceholderText(tr("the email of the new passport account"));
    for (QCheckBox *b : std::as_const(m_checks))
        b->setText(CsText::check(b->property("check").toString()));
    m_submit->setText(tr("&Submit to a supervisor"));
    validate();
}

void CsRequestForm::validate()
{
    const QString id = m_passport->text();
    if (id.isEmpty())
        m_passportHint->setText(QString());
    else if (cs::isPassportId(id))
        m_passportHint->setText(tr("✓ a well-formed passport ID"));
    else
        m_passportHint->setText(tr("%1 of 32 characters").arg(id.size()));
    bool anyCheck = false;
    for (QCheckBox *b : std::as_const(m_checks))
        anyCheck = anyCheck || b->isChecked();
    m_submit->setEnabled(!m_busy && !m_idNumber.isEmpty() && cs::isPassportId(id) && m_email->text().contains(u'@')
                         && anyCheck);
}

void CsRequestForm::submit()
{
    CsNewRequest r;
    r.idType = m_idType;
    r.idNumber = m_idNumber;
    r.name = m_name;
    r.newPassportId = m_passport->text().trimmed();
    r.newEmail = m_email->text().trimmed();
    for (QCheckBox *b : std::as_const(m_checks)) {
        if (b->isChecked())
            r.checks << b->property("check").toString();
    }
    r.notes = m_notes->toPlainText().trimmed();
    m_busy = true;
    validate();
    showMessage(tr("Submitting…"), false);
    m_service.file(r, this, [this](const Result<CsRequest> &result) {
        m_busy = false;
        validate();
        if (!result) {
            // The form keeps what was typed, so the agent corrects one field and submits again.
            showMessage(result.error().message, true);
            return;
        }
        showMessage(tr("Request %1 submitted; a supervisor decides it. It takes effect in the evening after the "
                       "approval.")
                        .arg(result.value().id),
                    false);
        emit filed(result.value());
    });
}

void CsRequestForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void CsRequestForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_submit)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace cet
