#pragma once

// Internal to cetdesk_store: import batches in the outbox become one op per record.

#include "Result.h"
#include "SyncTypes.h"

#include <QSqlDatabase>

#include <memory>

namespace cet::syncsql {

// Expands import batch entries piece by piece, each piece inside the caller's transaction: the ops
// of the next keys (in key order) take the entry's place in the queue and the entry moves up past
// them, so a walk along the queue stops at the entry (OutboxRepository::nextBatch) until the
// rest of it is expanded. An entry's keys are read and classified once, kept here between
// pieces; a piece first checks that the entry is still pending where it was left. Ops of keys
// expanded before (a piece whose transaction committed before an interrupted run) are not made
// twice: their op ids exist (INSERT OR IGNORE).
class ImportExpansion
{
public:
    explicit ImportExpansion(QSqlDatabase db);
    ~ImportExpansion();
    ImportExpansion(const ImportExpansion &) = delete;
    ImportExpansion &operator=(const ImportExpansion &) = delete;

    // Up to `limit` keys (all keys of all pending entries when limit <= 0).
    Result<ExpansionStep> run(qint64 limit);
    qint64 keysLeft() const; // of the entry in progress

private:
    struct State;
    std::unique_ptr<State> m;
};

// Expands the import batch entries still in the outbox (inside the caller's transaction): each
// becomes one op per record the batch touched (the record's current values against its base
// copy), in key order, at the batch entry's place in the queue. See
// OutboxRepository::expandImports. Returns the number of ops made.
Result<qint64> expandImports(QSqlDatabase db);

} // namespace cet::syncsql
