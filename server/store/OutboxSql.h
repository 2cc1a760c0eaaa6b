#pragma once

// SQL of the server's message outbox (message_outbox): mail and text messages, written in the
// transaction of the change that causes them and delivered later by a sender job.

#include "CentralStore.h"

#include <optional>

namespace cet::central::outboxsql {

struct Message
{
    qint64 id = 0;
    QString kind;    // what it says: "registration.bound", ...
    QString channel; // "email" | "sms"
    QString to;      // address or mobile number
    QString subject;
    QString body;
    QDateTime createdAt;
    std::optional<QDateTime> sentAt;
};

// An email of `kind` to `to`, written at `at` (not yet stored).
Message email(const QString &kind, const QString &to, const QString &subject, const QString &body, const QDateTime &at);

Result<qint64> insert(CentralStore &store, const Message &m);
// The same without reading the id back, prepared once per connection: for batches that write
// thousands of messages one transaction at a time.
Result<void> append(CentralStore &store, const Message &m);
// Many messages, in their order (PostgreSQL: one statement).
Result<void> appendAll(CentralStore &store, const QList<Message> &messages);
// Messages to one address (any state), oldest first: for tests, tools and the demo.
Result<QList<Message>> forRecipient(CentralStore &store, const QString &to);

} // namespace cet::central::outboxsql
