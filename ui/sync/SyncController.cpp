#include "SyncController.h"

#include "SignInDialog.h"
#include "SyncService.h"

#include <QAction>
#include <QIcon>
#include <QWidget>

namespace cet {

SyncController::SyncController(SyncService &service, QWidget *window)
    : QObject(window), m_service(service), m_window(window), m_pending(service.pendingCount())
{
    m_signIn = new QAction(QIcon::fromTheme(QStringLiteral("im-user-online")), QString(), this);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    connect(m_signIn, &QAction::triggered, this, [this] { showSignInDialog(); });
    m_signOut = new QAction(QIcon::fromTheme(QStringLiteral("system-log-out")), QString(), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOut, &QAction::triggered, &m_service, &SyncService::signOut);
    m_syncNow = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), QString(), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_syncNow->setShortcutContext(Qt::WindowShortcut);
    connect(m_syncNow, &QAction::triggered, &m_service, &SyncService::syncNow);

    connect(&m_service, &SyncService::signedIn, this, [this](const SyncAccount &account) {
        setPrompt(QString());
        updateActions();
        emit accountChanged(account);
        // The roster arrives without another click (roles with a school's roster only).
        if (m_service.syncsRoster())
            m_service.syncNow();
    });
    connect(&m_service, &SyncService::schoolChosen, this, [this](const SyncAccount &account) {
        updateActions();
        emit accountChanged(account);
        m_service.syncNow();
    });
    connect(&m_service, &SyncService::signedOut, this, [this] {
        setPrompt(QString());
        updateActions();
        emit accountChanged(m_service.account());
    });
    connect(&m_service, &SyncService::signInNeeded, this,
            [this](const QString &server, const QString &, const QString &message) {
                updateActions();
                emit accountChanged(m_service.account());
                // Never signed in on this desktop: nothing ended, nothing to ask.
                if (!server.isEmpty() && !m_dialog)
                    setPrompt(message);
            });
    connect(&m_service, &SyncService::connectionChanged, this, &SyncController::updateActions);
    connect(&m_service, &SyncService::pendingCountChanged, this, &SyncController::setPending);
    connect(&m_service, &SyncService::outboxChanged, this, &SyncController::localDataChanged);
    retranslate();
    updateActions();
}

SyncAccount SyncController::account() const
{
    return m_service.account();
}

void SyncController::retranslate()
{
    m_signIn->setText(tr("Sign &In…"));
    m_signIn->setToolTip(tr("Sign in to the central server to sync the roster"));
    m_signOut->setText(tr("Sign &Out"));
    m_syncNow->setText(tr("&Sync Now"));
    m_syncNow->setToolTip(tr("Send local changes to the central server and fetch others' changes (F5)"));
}

void SyncController::showSignInDialog(const QString &intro)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_service, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!intro.isEmpty())
        m_dialog->setIntro(intro);
    else if (!m_prompt.isEmpty())
        m_dialog->setIntro(m_prompt);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SyncController::localDataChanged()
{
    if (auto counts = m_service.outboxCounts())
        setPending(counts.value().pending());
}

void SyncController::setPrompt(const QString &message)
{
    if (message == m_prompt)
        return;
    m_prompt = message;
    emit signInPromptChanged(message);
}

void SyncController::setPending(qint64 pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    emit pendingCountChanged(pending);
}

void SyncController::updateActions()
{
    const bool signedIn = m_service.isSignedIn();
    m_signIn->setEnabled(!signedIn);
    m_signOut->setEnabled(signedIn);
    // Roster sync is per school: customer service has none, an administrator none until they choose one.
    m_syncNow->setEnabled(m_service.syncsRoster() && m_service.connection() != SyncConnection::Syncing);
}

} // namespace cet
