#include "CustomerServicePage.h"

#include "StaffRoles.h"
#include "SyncController.h"
#include "SyncService.h"
#include "SyncUiText.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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
    m_availability->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f1fb; border: 1px solid #9cbfe6; padding: 6px; }"));
    layout->addStretch(1);

    connect(&controller, &SyncController::accountChanged, this, &CustomerServicePage::retranslate);
    retranslate();
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
                           "a rebinding request when a candidate's account is bound to the wrong person."));
    }
    m_availability->setText(tr("This version of CET Desk does not have the account lookup and rebinding desk "
                               "yet; it comes with a later update. Your role works online only: this desktop "
                               "keeps no school roster for you and does not sync one."));
}

void CustomerServicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_title)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cet
