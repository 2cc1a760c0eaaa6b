#pragma once

#include "DatabaseWriter.h"
#include "SyncEngine.h"
#include "SyncTypes.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace cet {

// The sync engine on SyncService's worker thread (internal to cetdesk_sync_service). Reads and
// writes the local database through the database's one writer, like the engine.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString databasePath, SyncEntityRegistry registry, std::atomic<bool> *cancel);
    ~SyncWorker() override;

public slots:
    void start();
    void signIn(const QString &serverUrl, const QString &user, const QString &password);
    void signOut();
    void syncNow();
    void chooseSchool(const QString &school);
    void setCaFile(const QString &path);
    void setAutoSyncInterval(int seconds);

signals:
    void status(const cet::SyncStatusSnapshot &s);
    void progress(cet::SyncPhase phase, qint64 done, qint64 total);
    void signedIn(const cet::SyncAccount &account);
    void signInFailed(const QString &code, const QString &message);
    void signInNeeded(const QString &serverUrl, const QString &user, const QString &message);
    void signedOut();
    void schoolChosen(const cet::SyncAccount &account);
    void schoolChoiceFailed(const QString &code, const QString &message);
    void syncFinished(const cet::SyncSummary &summary);
    void syncFailed(const QString &code, const QString &message);
    void outboxChanged();
    void logChanged();
    void conflictsChanged();

private:
    bool ensureOpen();
    void report(SyncConnection c);

    QString m_path;
    SyncEntityRegistry m_registry;
    std::atomic<bool> *m_cancel;
    std::shared_ptr<DatabaseWriter> m_writer;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer *m_timer = nullptr;
    QString m_caFile;
    SyncConnection m_connection = SyncConnection::Offline;
    QDateTime m_lastSyncAt;
};

} // namespace cet
