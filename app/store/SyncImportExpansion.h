#pragma once

// Internal to cetdesk_store: import batches in the outbox become one op per record.

#include "Result.h"

#include <QSqlDatabase>

namespace cet::syncsql {

// Expands the import batch entries still in the outbox (inside the caller's transaction): each
// becomes one op per record the batch touched (the record's current values against its base
// copy), in key order, at the batch entry's place in the queue. See
// OutboxRepository::expandImports. Returns the number of ops made.
Result<qint64> expandImports(QSqlDatabase db);

} // namespace cet::syncsql
