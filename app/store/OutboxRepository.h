#pragma once

#include "Database.h"
#include "Result.h"
#include "SyncEntityHandler.h"
#include "StudentRecord.h"
#include "SyncTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cet {

namespace syncsql {
class ImportExpansion;
}

// One operation as it goes to the server (POST /sync/push).
struct OutboxOp
{
    qint64 seq = 0;
    QString opId;
    QString entity;    // an entity with a handler (SyncEntityRegistry)
    QString key;
    qint64 baseVersion = 0;
    QString kind;      // upsert | delete
    QByteArray changes; // {column: [old, new]} as stored: compact JSON text
};

// The record an op proposes (an upsert with base version 0, which the server may answer without
// a record when it stored exactly what the op proposed) and its JSON text, worked out ahead of the answer.
struct ProposedRecord
{
    StudentRecord record;
    QByteArray json;
};
using ProposedRecords = std::vector<std::optional<ProposedRecord>>; // by op index

// More for OutboxRepository::applyResults to do in its transaction.
struct ResultsExtras
{
    const ProposedRecords *proposed = nullptr; // propose(ops): saves parsing the ops again there
    QList<OutboxOp> markSent;                  // other ops to mark sent (see markSent)
};

// The server's answer for one op.
struct OutboxOpResult
{
    QString opId;
    QString status;    // applied | conflict | rejected
    qint64 version = 0;
    QJsonArray conflicts; // [{field, mine, base, theirs, changed_by, changed_at}]
    QJsonObject record;   // the server row after the op (may be empty)
    QString code, message;
};

// The local outbox: what waits to be pushed, and what became of it. All SQL about the outbox.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db, const SyncEntityRegistry &registry = SyncEntityRegistry::standard());

    Result<QList<OutboxEntry>> entries(int limit) const; // newest first
    Result<OutboxCounts> counts() const;

    // Replaces every import batch entry (entity student_import) not yet expanded by one op per
    // record it touched, in its place in the queue, with deterministic op ids
    // ("imp:<client id>:<sha256, 16 digits>:<batch>:<key>", "unimp:..."; the client id is this
    // database's, see syncsql::clientId). Each op carries the record's current values
    // against its base copy. Returns the number of ops made.
    Result<qint64> expandImports();

    // Up to `limit` pending ops (queued, sent, failed) of entities with a handler after `afterSeq` in seq order, at most one
    // per record (the batch ends before a second op of a record), none for a record in `heldKeys`.
    // The batch also ends at an import entry not expanded yet (*importAhead set): the ops after it
    // wait for its records' ops (OutboxImportExpansion).
    Result<QList<OutboxOp>> nextBatch(int limit, const QSet<QString> &heldKeys, qint64 afterSeq = 0,
                                      bool *importAhead = nullptr) const;
    // State "sent" (attempts counted): shown while the request is out. The mark need not be stored
    // before the request goes: an op still "queued" after a crash is sent again with its op id and
    // the server answers with the recorded result.
    Result<void> markSent(const QList<OutboxOp> &ops);
    // A transient failure: state failed, attempts counted, reason kept; they go again next time.
    Result<void> markFailed(const QList<OutboxOp> &ops, const QString &code, const QString &message);
    // Stores the results (in one transaction): op states, then each entity's handler stores base
    // copies and server versions of the records and conflict rows for the user. Returns the number of conflict fields stored. An applied
    // upsert with base version 0 whose result has no record created the record as the op proposed
    // it (protocol::OpResult::record): the op's new values are the server's record.
    // Most results only confirm the local row (see syncsql::Merger::confirm); the rest are merged.
    Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results,
                                const ResultsExtras &extras = {});
    // The records the ops propose; needs no database, so it runs on any thread (the push works it
    // out on the request's thread while the server answers).
    static ProposedRecords propose(const QList<OutboxOp> &ops);

private:
    Database &m_db;
    SyncEntityRegistry m_registry;
};

// Import entries expanded piece by piece while a push walks the queue, so the first requests go
// out before a large import is all expanded (see syncsql::ImportExpansion). One object per run.
class OutboxImportExpansion
{
public:
    explicit OutboxImportExpansion(Database &db);
    ~OutboxImportExpansion();
    OutboxImportExpansion(const OutboxImportExpansion &) = delete;
    OutboxImportExpansion &operator=(const OutboxImportExpansion &) = delete;

    // Expands up to `limit` more records' ops (all that wait when limit <= 0), in one transaction.
    Result<ExpansionStep> next(qint64 limit);
    // Whether expanding piece by piece keeps the merge exact. A record's import op not made yet
    // must not meet a server answer about that record: the merge would not know the record was
    // changed here. Answers come only for ops sent, so it is safe while the import entry in progress
    // is the only one waiting (a second import may touch records whose earlier ops are out) and,
    // at the start of a run, no pending op comes before it (it may be of a record of the import).
    Result<bool> piecewiseSafe(bool atStart) const;
    qint64 keysLeft() const; // of the import entry in progress

private:
    Database &m_db;
    std::unique_ptr<syncsql::ImportExpansion> m_expansion;
};

} // namespace cet
