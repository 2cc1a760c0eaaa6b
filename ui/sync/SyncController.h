#pragma once

#include "SignInDialog.h"
#include "SyncTypes.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace cet {

class SyncService;

// The sync actions of the main window (Sign In…, Sign Out, Sync Now) and the sign-in flow:
// opens the sign-in dialog (non-blocking), syncs once after signing in, and turns an expired
// session into a quiet prompt (signInPromptChanged) instead of a modal dialog, so nothing the
// user is doing gets interrupted or lost.
class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(SyncService &service, QWidget *window);

    SyncService &service() const { return m_service; }
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *syncNowAction() const { return m_syncNow; }

    SyncAccount account() const;
    // Pending operations: the service's count, re-read after local edits (see localDataChanged()).
    qint64 pendingCount() const { return m_pending; }
    bool isSignInPromptShown() const { return !m_prompt.isEmpty(); }
    QString signInPrompt() const { return m_prompt; }
    // The open sign-in dialog, else nullptr.
    SignInDialog *signInDialog() const { return m_dialog; }

    void retranslate();

public Q_SLOTS:
    // Shows the sign-in dialog (non-blocking); `intro` replaces its explanation when given.
    void showSignInDialog(const QString &intro = QString());
    // Local edits and imports write the outbox on the GUI's own connection: re-read the counts.
    void localDataChanged();

Q_SIGNALS:
    void accountChanged(const cet::SyncAccount &account);
    void pendingCountChanged(qint64 pending);
    // Non-empty: the session ended and the user should sign in again; empty: nothing to ask.
    void signInPromptChanged(const QString &message);

private:
    void setPrompt(const QString &message);
    void setPending(qint64 pending);
    void updateActions();

    SyncService &m_service;
    QWidget *m_window;
    QPointer<SignInDialog> m_dialog;
    QAction *m_signIn = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_syncNow = nullptr;
    QString m_prompt;
    qint64 m_pending = 0;
};

} // namespace cet
