#pragma once

#include "Result.h"
#include "SyncTypes.h"

#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace cet {

struct LocalDigest;
struct OutboxOp;
struct OutboxOpResult;
struct ProposedRecord;
struct ServerChange;
using ProposedRecords = std::vector<std::optional<ProposedRecord>>;

// An open conflict as stored (sync_conflicts), for the handler that resolves it.
struct StoredConflict
{
    qint64 id = 0;
    QString entity, key, field; // field empty: the whole record (whole-object entities)
    QJsonValue mine, base, theirs;
};

// The work of one local transaction for one entity (a pulled page, or the answer to a push):
// made when the transaction first meets the entity, so that statements are prepared once.
class SyncEntityBatch
{
public:
    virtual ~SyncEntityBatch() = default;
    // A change pulled from the server. True when something was written locally, false for an
    // echo or a version already known.
    virtual Result<bool> applyChange(const ServerChange &change) = 0;
    // The server's answers to ops; only the ops of this batch's entity are looked at (the others
    // are skipped). The ops' outbox states are stored already. Returns the conflicts stored.
    virtual Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results,
                                        const ProposedRecords *proposed) = 0;
};

// Everything the client's sync knows about one entity: how pulled changes and push answers are
// merged with local edits, how a conflict is resolved, and the entity's digest. The engine, the
// outbox and the cursor know entities only through handlers (SyncEntityRegistry).
class SyncEntityHandler
{
public:
    virtual ~SyncEntityHandler() = default;
    virtual QString entity() const = 0;
    // The outbox entries this handler's entity sends: its own ops, and entries that become ops
    // before they go (import batches for students).
    virtual QStringList outboxEntities() const { return { entity() }; }
    // At the start of every pull transaction, before any change is applied.
    virtual Result<void> beforePull(QSqlDatabase db) const
    {
        Q_UNUSED(db);
        return {};
    }
    virtual Result<std::unique_ptr<SyncEntityBatch>> batch(QSqlDatabase db) const = 0;
    // Inside the caller's transaction; the caller marks the conflict resolved afterwards.
    virtual Result<void> resolveConflict(QSqlDatabase db, const StoredConflict &conflict,
                                         ConflictChoice choice) const = 0;
    // Fills what the Sync page shows about the conflict's record (recordLabel, recordDeleted).
    virtual void describe(QSqlDatabase db, SyncConflict &conflict) const
    {
        Q_UNUSED(db);
        Q_UNUSED(conflict);
    }
    // Live synced records as "key:version" lines, hashed like the server's digest.
    virtual Result<LocalDigest> digest(QSqlDatabase db) const = 0;
};

// The handlers a client knows. A pulled change of an entity without a handler stops the pull
// (sync.client_outdated); outbox entries of such an entity wait.
class SyncEntityRegistry
{
public:
    SyncEntityRegistry() = default;
    // Student, notice, ID reveal, CET6 review, campus and offer: the registry of this version of CET Desk.
    static const SyncEntityRegistry &standard();

    void add(std::shared_ptr<const SyncEntityHandler> handler);
    // A copy without `entity` (tests build an older client this way).
    SyncEntityRegistry without(const QString &entity) const;

    const SyncEntityHandler *find(QStringView entity) const;
    const std::vector<std::shared_ptr<const SyncEntityHandler>> &handlers() const { return m_handlers; }
    QStringList outboxEntities() const;

private:
    std::vector<std::shared_ptr<const SyncEntityHandler>> m_handlers;
};

} // namespace cet
