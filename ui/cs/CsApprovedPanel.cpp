#include "CsApprovedPanel.h"

#include "CsRequestCard.h"
#include "CsRequestTable.h"
#include "CsService.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cet {

namespace {
// Approved or held (whatever the day: they are still waiting for the batch), and what was decided
// today and already ran.
bool approvedToday(const CsRequest &r)
{
    if (r.state == u"approved" || r.state == u"held")
        return true;
    const bool decidedToday = r.decidedAt.isValid() && r.decidedAt.toLocalTime().date() == QDate::currentDate();
    return decidedToday && (r.state == u"applied" || r.state == u"failed");
}
} // namespace

CsApprovedPanel::CsApprovedPanel(CsService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("csApproved"));
    auto *layout = new QVBoxLayout(this);
    m_table = new CsRequestTable(service, this);
    m_table->setQuery(QString(), false, &approvedToday);
    layout->addWidget(m_table, 1);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_hold = new QPushButton(this);
    m_hold->setObjectName(QStringLiteral("csHold"));
    m_release = new QPushButton(this);
    m_release->setObjectName(QStringLiteral("csRelease"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_hold);
    buttons->addWidget(m_release);
    buttons->addWidget(m_message, 1);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &CsApprovedPanel::refresh);
    connect(m_hold, &QPushButton::clicked, this, [this] { holdOrRelease(true); });
    connect(m_release, &QPushButton::clicked, this, [this] { holdOrRelease(false); });
    connect(m_table, &CsRequestTable::currentChanged, this, &CsApprovedPanel::updateButtons);
    retranslate();
}

void CsApprovedPanel::refresh()
{
    m_table->refresh();
}

QString CsApprovedPanel::messageText() const
{
    return m_message->text();
}

void CsApprovedPanel::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_hold->setText(tr("&Hold back"));
    m_release->setText(tr("Re&lease"));
    updateButtons();
}

void CsApprovedPanel::updateButtons()
{
    const CsRequest *r = m_table->current();
    m_hold->setEnabled(!m_busy && r && r->state == u"approved");
    m_release->setEnabled(!m_busy && r && r->state == u"held");
    m_detail->setText(r ? CsRequestCard::html(*r) : QString());
}

void CsApprovedPanel::holdOrRelease(bool hold)
{
    const CsRequest *r = m_table->current();
    if (!r)
        return;
    m_busy = true;
    updateButtons();
    const auto done = [this, hold](const Result<CsRequest> &result) {
        m_busy = false;
        if (!result)
            m_message->setText(result.error().message);
        else
            m_message->setText(hold ? tr("Request %1 is held back; the batch leaves it until it is released.")
                                          .arg(result.value().id)
                                    : tr("Request %1 is released; the batch applies it.").arg(result.value().id));
        updateButtons();
    };
    if (hold)
        m_service.hold(r->id, this, done);
    else
        m_service.release(r->id, this, done);
}

void CsApprovedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_hold)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cet
