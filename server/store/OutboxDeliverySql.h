#pragma once

// SQL of delivering the message outbox (message_outbox, message_deliveries): which messages are
// due, claiming one by marking it sent (inside the transaction that sends it), and the record of
// failed attempts.

#include "CentralStore.h"

#include <optional>

namespace cet::central::deliverysql {

struct Pending
{
    qint64 id = 0;
    QString kind, channel, to, subject, body;
    int attempts = 0; // failed attempts so far
};

// Unsent messages of `channel` that have never failed, or whose next attempt is due at `now` and
// that are not refused for good; oldest first.
Result<QList<Pending>> due(CentralStore &store, const QString &channel, const QDateTime &now, int limit);
// Marks the message sent at `at` unless it already is; false when another sender got there first.
// Run it in the transaction that sends the message: the row stays locked until the send is decided.
Result<bool> claim(CentralStore &store, qint64 outboxId, const QDateTime &at);
// Counts a failed attempt: try again at `nextAttemptAt`, or never when `final`.
Result<void> recordFailure(CentralStore &store, qint64 outboxId, const QString &error, const QDateTime &nextAttemptAt,
    bool final, const QDateTime &now);
// Failed attempts so far and the last error (nullopt: none yet).
struct Attempts
{
    int count = 0;
    QString lastError;
    bool final = false;
};
Result<std::optional<Attempts>> attempts(CentralStore &store, qint64 outboxId);

} // namespace cet::central::deliverysql
