#pragma once

#include "Database.h"
#include "Result.h"
#include "SyncEntityHandler.h"
#include "StudentRecord.h"
#include "SyncTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace cet {

// The sync engine's view of the local database: state, base copies, conflicts, log, and the pull
// side (applying server changes). All SQL about sync lives here and in OutboxRepository.
// Records travel as JSON objects whose keys are the students table's column names (the wire
// protocol's StudentFields).

struct SyncState
{
    QString serverUrl, userName, displayName, role, schoolCode;
    QString epoch;       // empty until the first exchange
    qint64 cursor = 0;   // last seq pulled
    QDateTime lastSyncAt;
    QString lastError;   // code of the last failure, empty after a good sync
};

// One change from the server (GET /sync/changes).
struct ServerChange
{
    qint64 seq = 0;
    QString entity;
    QString key;         // "<id_type>:<id_number>"
    qint64 version = 0;
    bool deleted = false;
    QString originOpId;
    QString changedBy;
    QString changedAt;
    QJsonObject data;    // empty for a tombstone
    // data as a record and as compact JSON text, when worked out ahead (SyncStore::prepare)
    std::optional<StudentRecord> record;
    QByteArray dataJson;
};

struct PullApplyResult
{
    qint64 applied = 0;  // changes that wrote something locally
    qint64 skipped = 0;  // echoes and versions already known
    // Set when the page held a change of an entity this client has no handler for: the changes
    // before it were applied and the cursor stands just before it.
    QString unknownEntity;
    qint64 stoppedBefore = 0; // that change's seq
};

// Local digest, computed like the server's: FNV-1a 64 over the sorted "key:version\n" of live
// synced records.
struct LocalDigest
{
    qint64 count = 0;
    QString hash; // 16 hex digits
};

class SyncStore
{
public:
    explicit SyncStore(Database &db, const SyncEntityRegistry &registry = SyncEntityRegistry::standard());

    Result<SyncState> state() const;
    Result<void> saveAccount(const QString &serverUrl, const QString &user, const QString &displayName,
                             const QString &role, const QString &school);
    // Remembers the server's epoch the first time (when none is stored).
    Result<void> setEpochIfEmpty(const QString &epoch);
    Result<void> setLastError(const QString &code);
    Result<void> markSynced(); // last_sync_at = now, last_error cleared

    Result<void> log(const QString &level, const QString &message);
    Result<QList<SyncLogEntry>> logEntries(int limit) const;

    Result<QList<SyncConflict>> conflicts(bool includeResolved) const;
    Result<qint64> openConflictCount() const;
    // Mine → an outbox op (old = theirs, new = mine); theirs → local record set to theirs. The
    // conflict's entity handler does the work.
    Result<void> resolveConflict(qint64 id, ConflictChoice choice);

    // Applies one page of changes and moves the cursor to `next`, in one transaction; each change
    // through its entity's handler (every handler's beforePull first: import batches still in
    // the outbox are expanded, so their records count as pending). Echoes are recognised by the
    // base copy's version. A change of an entity without a handler stops the page before it:
    // the cursor moves to just before it (PullApplyResult::unknownEntity), never past it.
    Result<PullApplyResult> applyPage(const QList<ServerChange> &changes, qint64 next, const QString &epoch);
    // Works out what applyPage would read from a change's data (its record and JSON text). Needs
    // no database, so it runs on any thread (the pull does it on the request's thread).
    static void prepare(ServerChange &change);

    // The student digest (digests() has every entity's).
    Result<LocalDigest> digest() const;
    Result<QMap<QString, LocalDigest>> digests() const;
    const SyncEntityRegistry &registry() const { return m_registry; }

private:
    Database &m_db;
    SyncEntityRegistry m_registry;
};

} // namespace cet
