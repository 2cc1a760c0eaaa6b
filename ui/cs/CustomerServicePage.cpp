#include "CustomerServicePage.h"

#include "CsApprovedPanel.h"
#include "CsLookupPanel.h"
#include "CsMyRequestsPanel.h"
#include "CsQueuePanel.h"
#include "CsService.h"

#include "StaffRoles.h"
#include "SyncController.h"
#include "SyncService.h"
#include "SyncUiText.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cet {

CustomerServicePage::CustomerServicePage(SyncController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("customerServicePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    header->addWidget(m_title, 1);
    m_signOut = new QToolButton(this);
    m_signOut->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_signOut->setDefaultAction(controller.signOutAction());
    header->addWidget(m_signOut, 0, Qt::AlignTop);
    layout->addLayout(header);

    for (QLabel **label : { &m_account, &m_role, &m_availability }) {
        *label = new QLabel(this);
        (*label)->setWordWrap(true);
        (*label)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(*label);
    }
    m_account->setObjectName(QStringLiteral("csAccount"));
    m_role->setObjectName(QStringLiteral("csRole"));
    m_availability->setObjectName(QStringLiteral("csAvailability"));
    m_availability->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));

    m_service = new CsService(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("csTabs"));
    m_lookup = new CsLookupPanel(*m_service, m_tabs);
    m_mine = new CsMyRequestsPanel(*m_service, m_tabs);
    m_queue = new CsQueuePanel(*m_service, m_tabs);
    m_approved = new CsApprovedPanel(*m_service, m_tabs);
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(m_approved, QString());
    m_tabs->addTab(m_lookup, QString());
    m_tabs->addTab(m_mine, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, &CustomerServicePage::refreshCurrent);
    connect(&controller, &SyncController::accountChanged, this, &CustomerServicePage::applyAccount);
    applyAccount();
}

QString CustomerServicePage::accountText() const
{
    return m_account->text();
}

QString CustomerServicePage::roleText() const
{
    return m_role->text();
}

QString CustomerServicePage::availabilityText() const
{
    return m_availability->text();
}

void CustomerServicePage::applyAccount()
{
    const SyncAccount a = m_controller.account();
    m_service->setAccount(a.signedIn ? a.server : QString(), a.user);
    const bool supervisor = a.role == roles::csSupervisor;
    m_queue->setOwnUser(a.user);
    m_tabs->setTabVisible(m_tabs->indexOf(m_queue), supervisor);
    m_tabs->setTabVisible(m_tabs->indexOf(m_approved), supervisor);
    m_tabs->setCurrentWidget(supervisor ? static_cast<QWidget *>(m_queue) : m_lookup);
    retranslate();
    refreshCurrent();
}

void CustomerServicePage::refreshCurrent()
{
    if (!m_controller.account().signedIn)
        return;
    QWidget *current = m_tabs->currentWidget();
    if (current == m_queue)
        m_queue->refresh();
    else if (current == m_approved)
        m_approved->refresh();
    else if (current == m_mine)
        m_mine->refresh();
}

void CustomerServicePage::retranslate()
{
    m_title->setText(tr("Customer Service"));
    const SyncAccount a = m_controller.account();
    m_account->setText(a.signedIn ? tr("Signed in as %1 (%2), %3, at %4.")
                                        .arg(a.displayName, a.user, SyncUiText::roleText(a.role), a.server)
                                  : tr("Not signed in."));
    if (a.role == roles::csSupervisor) {
        m_role->setText(tr("As a customer service supervisor you approve or refuse the rebinding requests that "
                           "agents file (never one of your own), and you can look up accounts as agents do."));
    } else {
        m_role->setText(tr("As a customer service agent you look up candidates' accounts across schools and file "
                           "a rebinding request when a candidate can no longer reach the passport account their "
                           "registration is bound to (a lost mailbox, a forgotten password)."));
    }
    m_availability->setText(tr("Your role works online only: this desktop keeps no school roster for you and "
                               "does not sync one."));
    m_tabs->setTabText(m_tabs->indexOf(m_queue), tr("&Queue"));
    m_tabs->setTabText(m_tabs->indexOf(m_approved), tr("Approved &today"));
    m_tabs->setTabText(m_tabs->indexOf(m_lookup), tr("Account &lookup"));
    m_tabs->setTabText(m_tabs->indexOf(m_mine), tr("&My requests"));
}

void CustomerServicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_title)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cet
