#include "OutboxDeliverySql.h"

namespace cet::central::deliverysql {

Result<QList<Pending>> due(CentralStore &store, const QString &channel, const QDateTime &now, int limit)
{
    auto q = store.exec(QStringLiteral("SELECT o.id, o.kind, o.channel, o.to_address, o.subject, o.body, "
                                       "COALESCE(d.attempts, 0) FROM message_outbox o "
                                       "LEFT JOIN message_deliveries d ON d.outbox_id = o.id "
                                       "WHERE o.sent_at IS NULL AND o.channel = ? "
                                       "AND (d.outbox_id IS NULL OR (d.failed_at IS NULL AND d.next_attempt_at <= ?)) "
                                       "ORDER BY o.id LIMIT ?"),
        { channel, toMs(now), limit });
    if (!q)
        return q.error();
    QList<Pending> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        out.append(Pending { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toString(), r.value(4).toString(), r.value(5).toString(), r.value(6).toInt() });
    }
    return out;
}

Result<bool> claim(CentralStore &store, qint64 outboxId, const QDateTime &at)
{
    auto q = store.exec(QStringLiteral("UPDATE message_outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL"),
        { toMs(at), outboxId });
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Result<void> recordFailure(CentralStore &store, qint64 outboxId, const QString &error, const QDateTime &nextAttemptAt,
    bool final, const QDateTime &now)
{
    auto q
        = store.exec(QStringLiteral("INSERT INTO message_deliveries (outbox_id, attempts, next_attempt_at, last_error, "
                                    "failed_at) VALUES (?, 1, ?, ?, ?) ON CONFLICT (outbox_id) DO UPDATE SET "
                                    "attempts = message_deliveries.attempts + 1, "
                                    "next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error, "
                                    "failed_at = excluded.failed_at"),
            { outboxId, toMs(nextAttemptAt), error,
                final ? QVariant(toMs(now)) : QVariant(QMetaType(QMetaType::LongLong)) });
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Attempts>> attempts(CentralStore &store, qint64 outboxId)
{
    auto q = store.exec(
        QStringLiteral("SELECT attempts, last_error, failed_at FROM message_deliveries WHERE outbox_id = ?"),
        { outboxId });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Attempts>();
    return std::optional<Attempts>(
        Attempts { q.value().value(0).toInt(), q.value().value(1).toString(), !q.value().value(2).isNull() });
}

} // namespace cet::central::deliverysql
