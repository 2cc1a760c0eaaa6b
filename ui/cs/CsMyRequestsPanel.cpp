#include "CsMyRequestsPanel.h"

#include "CsRequestCard.h"
#include "CsRequestTable.h"
#include "CsService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cet {

CsMyRequestsPanel::CsMyRequestsPanel(CsService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("csMyRequests"));
    auto *layout = new QVBoxLayout(this);
    m_table = new CsRequestTable(service, this);
    m_table->setQuery(QString(), true);
    layout->addWidget(m_table, 1);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);
    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("csWithdraw"));
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &CsMyRequestsPanel::refresh);
    connect(m_withdraw, &QPushButton::clicked, this, &CsMyRequestsPanel::withdraw);
    connect(m_table, &CsRequestTable::currentChanged, this, &CsMyRequestsPanel::updateDetail);
    retranslate();
}

QString CsMyRequestsPanel::detailText() const
{
    return m_detail->text();
}

void CsMyRequestsPanel::refresh()
{
    m_table->refresh();
}

void CsMyRequestsPanel::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_withdraw->setText(tr("&Withdraw request"));
    updateDetail();
}

void CsMyRequestsPanel::updateDetail()
{
    const CsRequest *r = m_table->current();
    m_withdraw->setEnabled(r && r->state == u"submitted");
    m_detail->setText(r ? CsRequestCard::html(*r) : QString());
}

void CsMyRequestsPanel::withdraw()
{
    const CsRequest *r = m_table->current();
    if (!r)
        return;
    m_withdraw->setEnabled(false);
    m_service.withdraw(r->id, this, [this](const Result<CsRequest> &result) {
        if (!result)
            m_detail->setText(result.error().message.toHtmlEscaped());
        updateDetail();
    });
}

void CsMyRequestsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_withdraw)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cet
