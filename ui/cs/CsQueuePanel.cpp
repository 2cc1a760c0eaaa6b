#include "CsQueuePanel.h"

#include "CsRequestCard.h"
#include "CsRequestTable.h"
#include "CsRequestsModel.h"
#include "CsService.h"
#include "CsText.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cet {

CsQueuePanel::CsQueuePanel(CsService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("csQueue"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new CsRequestTable(service, split);
    m_table->setQuery(QStringLiteral("submitted"), false);
    m_table->setMultiSelection(true);
    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    m_case = new QLabel(side);
    m_case->setObjectName(QStringLiteral("csCase"));
    m_case->setWordWrap(true);
    m_case->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_case->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_case->setStyleSheet(QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); "
                                         "padding: 8px; }"));
    sideLayout->addWidget(m_case, 1);
    auto *form = new QFormLayout;
    m_note = new QLineEdit(side);
    m_note->setObjectName(QStringLiteral("csApproveNote"));
    m_reason = new QLineEdit(side);
    m_reason->setObjectName(QStringLiteral("csRefuseReason"));
    m_noteLabel = new QLabel(side);
    m_noteLabel->setBuddy(m_note);
    m_reasonLabel = new QLabel(side);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_noteLabel, m_note);
    form->addRow(m_reasonLabel, m_reason);
    sideLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_approve = new QPushButton(side);
    m_approve->setObjectName(QStringLiteral("csApprove"));
    m_refuse = new QPushButton(side);
    m_refuse->setObjectName(QStringLiteral("csRefuse"));
    buttons->addWidget(m_approve);
    buttons->addWidget(m_refuse);
    buttons->addStretch(1);
    sideLayout->addLayout(buttons);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_approveSelected = new QPushButton(this);
    m_approveSelected->setObjectName(QStringLiteral("csApproveSelected"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    bottom->addWidget(m_refresh);
    bottom->addWidget(m_approveSelected);
    bottom->addWidget(m_message, 1);
    layout->addLayout(bottom);

    connect(m_table, &CsRequestTable::currentChanged, this, &CsQueuePanel::updateCase);
    connect(m_reason, &QLineEdit::textChanged, this, &CsQueuePanel::updateCase);
    connect(m_refresh, &QPushButton::clicked, this, &CsQueuePanel::refresh);
    connect(m_approve, &QPushButton::clicked, this, &CsQueuePanel::approve);
    connect(m_refuse, &QPushButton::clicked, this, &CsQueuePanel::refuse);
    connect(m_reason, &QLineEdit::returnPressed, this, [this] {
        if (m_refuse->isEnabled())
            refuse();
    });
    connect(m_approveSelected, &QPushButton::clicked, this, &CsQueuePanel::approveSelected);
    retranslate();
}

void CsQueuePanel::setOwnUser(const QString &user)
{
    m_table->setOwnUser(user);
}

void CsQueuePanel::refresh()
{
    m_table->refresh();
}

QString CsQueuePanel::caseText() const
{
    return m_case->text();
}

QString CsQueuePanel::messageText() const
{
    return m_message->text();
}

void CsQueuePanel::retranslate()
{
    m_noteLabel->setText(tr("&Note:"));
    m_reasonLabel->setText(tr("Refusal &reason:"));
    m_note->setPlaceholderText(tr("optional, kept with the approval"));
    m_reason->setPlaceholderText(tr("required to refuse; the agent sees it"));
    m_approve->setText(tr("&Approve"));
    m_refuse->setText(tr("Re&fuse"));
    m_refresh->setText(tr("Refres&h"));
    m_approveSelected->setText(tr("Approve &selected"));
    updateCase();
}

void CsQueuePanel::updateCase()
{
    const CsRequest *r = m_table->current();
    const bool own = m_table->currentIsOwn();
    QString text = r ? CsRequestCard::html(*r) : tr("Select a request to see its case.").toHtmlEscaped();
    if (r && own)
        text += QStringLiteral("<p><b>%1</b></p>").arg(tr("You filed this request; another supervisor decides it.")
                                                          .toHtmlEscaped());
    m_case->setText(text);
    const bool decidable = !m_busy && r && !own && r->state == u"submitted";
    m_approve->setEnabled(decidable);
    m_refuse->setEnabled(decidable && !m_reason->text().trimmed().isEmpty());
    bool anyOther = false;
    for (const QModelIndex &i : m_table->view()->selectionModel()->selectedRows())
        anyOther = anyOther || !m_table->model()->isOwn(i.row());
    m_approveSelected->setEnabled(!m_busy && anyOther && m_table->selectedIds().size() > 1);
}

void CsQueuePanel::showMessage(const QString &text)
{
    m_message->setText(text);
}

void CsQueuePanel::approve()
{
    const CsRequest *r = m_table->current();
    if (!r)
        return;
    m_busy = true;
    updateCase();
    m_service.approve(r->id, m_note->text().trimmed(), this, [this](const Result<CsRequest> &result) {
        m_busy = false;
        if (result) {
            m_note->clear();
            showMessage(tr("Request %1 approved.").arg(result.value().id));
        } else {
            showMessage(result.error().message);
        }
        updateCase();
    });
}

void CsQueuePanel::refuse()
{
    const CsRequest *r = m_table->current();
    if (!r)
        return;
    m_busy = true;
    updateCase();
    m_service.refuse(r->id, m_reason->text().trimmed(), this, [this](const Result<CsRequest> &result) {
        m_busy = false;
        if (result) {
            m_reason->clear();
            showMessage(tr("Request %1 refused.").arg(result.value().id));
        } else {
            showMessage(result.error().message);
        }
        updateCase();
    });
}

void CsQueuePanel::approveSelected()
{
    // One's own requests are left out here rather than sent to be refused one by one.
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->view()->selectionModel()->selectedRows()) {
        if (!m_table->model()->isOwn(i.row()))
            ids << m_table->model()->at(i.row())->id;
    }
    if (ids.isEmpty())
        return;
    m_busy = true;
    updateCase();
    m_service.approveMany(ids, m_note->text().trimmed(), this, [this](const Result<QList<CsBatchResult>> &result) {
        m_busy = false;
        if (!result) {
            showMessage(result.error().message);
        } else {
            int ok = 0;
            QStringList failed;
            for (const CsBatchResult &b : result.value()) {
                if (b.ok)
                    ++ok;
                else
                    failed << QStringLiteral("%1 (%2)").arg(b.id).arg(b.code);
            }
            showMessage(failed.isEmpty() ? tr("%n request(s) approved.", nullptr, ok)
                                         : tr("%n request(s) approved; not approved: %1.", nullptr, ok)
                                               .arg(failed.join(QStringLiteral(", "))));
        }
        updateCase();
    });
}

void CsQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_approve)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cet
