#pragma once

#include "Database.h"
#include "Result.h"
#include "SyncTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace cet {

// One operation as it goes to the server (POST /sync/push).
struct OutboxOp
{
    qint64 seq = 0;
    QString opId;
    QString entity;    // student
    QString key;
    qint64 baseVersion = 0;
    QString kind;      // upsert | delete
    QJsonObject changes; // {column: [old, new]}
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
    explicit OutboxRepository(Database &db);

    Result<QList<OutboxEntry>> entries(int limit) const; // newest first
    Result<OutboxCounts> counts() const;

    // Replaces every import batch entry (entity student_import) not yet expanded by one op per
    // record it touched, in its place in the queue, with deterministic op ids
    // ("imp:<client id>:<sha256, 16 digits>:<batch>:<key>", "unimp:..."; the client id is this
    // database's, see syncsql::clientId). Each op carries the record's current values
    // against its base copy. Returns the number of ops made.
    Result<qint64> expandImports();

    // Up to `limit` pending ops (queued, sent, failed) after `afterSeq` in seq order, at most one
    // per record (the batch ends before a second op of a record), none for a record in `heldKeys`.
    Result<QList<OutboxOp>> nextBatch(int limit, const QSet<QString> &heldKeys, qint64 afterSeq = 0) const;
    Result<void> markSent(const QList<OutboxOp> &ops);
    // A transient failure: state failed, attempts counted, reason kept; they go again next time.
    Result<void> markFailed(const QList<OutboxOp> &ops, const QString &code, const QString &message);
    // Stores the results (in one transaction): op states, base copies and server versions of the
    // records, conflict rows for the user. Returns the number of conflict fields stored. An applied
    // upsert with base version 0 whose result has no record created the record as the op proposed
    // it (contract A, protocol::OpResult::record): the op's new values are the server's record.
    // Most results only confirm the local row (see syncsql::Merger::confirm); the rest are merged.
    Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results);

private:
    Database &m_db;
};

} // namespace cet
