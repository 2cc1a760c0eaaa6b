#pragma once

#include "Database.h"
#include "DatabaseWriter.h"
#include "Result.h"
#include "SyncEntityHandler.h"
#include "SyncTypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace cet {

class SyncWorker;

// What the UI (sign-in dialog, status bar, Sync page, conflict resolution) and other front ends
// call for sync with cet-central. Lives on the GUI thread; the network and the sync engine run on
// a worker thread that stores through the writer of `databasePath`. Every method returns
// at once; results arrive as signals (queued to the thread the service lives on).
//
// Listings (outbox(), conflicts(), log()) read on the caller's thread through a read-only
// connection of their own: cheap, for a page that refreshes on
// outboxChanged()/conflictsChanged()/logChanged(). Writes (the worker's, resolveConflict()) go
// through the database's one writer.
//
// Messages in signals are translated for the user; codes are stable ("sync.epoch_changed",
// "auth.expired", "net.unavailable", ...).
class SyncService : public QObject
{
    Q_OBJECT
public:
    explicit SyncService(const QString &databasePath, QObject *parent = nullptr);
    // The entities this desktop syncs: every one this version knows, unless a test builds an older
    // client (SyncEntityRegistry::without).
    SyncService(const QString &databasePath, const SyncEntityRegistry &registry, QObject *parent = nullptr);
    ~SyncService() override;

    // --- State (last known; change signals below) ---
    SyncConnection connection() const { return m_connection; }
    qint64 pendingCount() const { return m_pending; }
    QDateTime lastSyncAt() const { return m_lastSyncAt; }
    SyncAccount account() const { return m_account; } // signedIn false when no session
    bool isSignedIn() const { return m_account.signedIn; }
    QString role() const { return m_account.role; }     // coordinator | cs_agent | cs_supervisor | admin
    // The school whose roster this desktop syncs: a coordinator's own, the one an administrator
    // chose; empty for customer service (no roster on the desktop) and before an admin chooses.
    QString school() const { return m_account.school; }
    // Signed in with a role that syncs a roster, and a school to sync.
    bool syncsRoster() const;
    // The server and user remembered from the last sign-in (to pre-fill the sign-in dialog).
    QString rememberedServer() const { return m_account.server; }
    QString rememberedUser() const { return m_account.user; }

    // Custom CA file (PEM) trusted for HTTPS in addition to the system's; empty = system only.
    void setCaFile(const QString &path);
    // Automatic sync every `seconds` while signed in (0 = only on syncNow()). Default 0.
    void setAutoSyncInterval(int seconds);

    // --- Listings (read on the caller's thread) ---
    Result<QList<OutboxEntry>> outbox(int limit = 1000) const;
    Result<OutboxCounts> outboxCounts() const;
    Result<QList<SyncConflict>> conflicts(bool includeResolved = false) const;
    Result<QList<SyncLogEntry>> log(int limit = 500) const;

    // Mine: a new outbox op sets the field to my value over theirs (sent on the next sync).
    // Theirs: the local record takes their value, nothing is sent. A task on the writer, so it
    // never waits for a running sync: emits conflictResolved() (and conflictsChanged(), for Mine
    // outboxChanged() too) or conflictResolveFailed() when it is done.
    void resolveConflict(qint64 conflictId, ConflictChoice choice);

public slots:
    // Restores the session of the last sign-in (token from the system credential store, or
    // nothing when there is none): emits signedIn() or signInNeeded().
    void start();
    // http:// is refused except to loopback. Emits signedIn() or signInFailed().
    void signIn(const QString &serverUrl, const QString &user, const QString &password);
    // Revokes the token on the server (best effort) and forgets it locally. Pending ops stay.
    void signOut();
    // Push, pull, digest check. Emits progress(), then syncFinished() or syncFailed(). Does
    // nothing for an account without a roster to sync (see syncsRoster()).
    void syncNow();
    // An administrator picks the school whose roster this desktop syncs (5 digits). Emits
    // schoolChosen() or schoolChoiceFailed() (also when the database holds another school's roster).
    void chooseSchool(const QString &school);
    // Asks a running sync to stop after the current request (nothing is lost).
    void cancel();

signals:
    void connectionChanged(cet::SyncConnection state);
    void pendingCountChanged(qint64 pending);
    void lastSyncChanged(const QDateTime &at);
    // phase: Push or Pull; total may be 0 when unknown (pull pages).
    void progress(cet::SyncPhase phase, qint64 done, qint64 total);

    void signedIn(const cet::SyncAccount &account);
    void signInFailed(const QString &code, const QString &message);
    // The token expired or was revoked (or there is none): ask the user to sign in again.
    // Nothing pending is lost.
    void signInNeeded(const QString &serverUrl, const QString &user, const QString &message);
    void signedOut();
    void schoolChosen(const cet::SyncAccount &account);
    void schoolChoiceFailed(const QString &code, const QString &message);

    void syncFinished(const cet::SyncSummary &summary);
    void syncFailed(const QString &code, const QString &message);
    // Any error worth showing (also emitted for syncFailed and signInFailed).
    void errorOccurred(const QString &code, const QString &message);

    void outboxChanged();
    void conflictsChanged();
    void logChanged();
    void conflictResolved(qint64 conflictId, cet::ConflictChoice choice);
    void conflictResolveFailed(qint64 conflictId, const QString &code, const QString &message);

private:
    void setConnection(SyncConnection c);
    void applyStatus(const SyncStatusSnapshot &s);

    Result<Database *> readDb() const;

    QString m_databasePath;
    std::shared_ptr<DatabaseWriter> m_writer;
    mutable std::unique_ptr<Database> m_readDb; // listings, on the service's thread
    std::atomic<bool> m_cancel{ false };
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr; // lives on m_thread
    SyncConnection m_connection = SyncConnection::Offline;
    qint64 m_pending = 0;
    QDateTime m_lastSyncAt;
    SyncAccount m_account;
};

} // namespace cet
