#include "ThrottleSql.h"

namespace cet::central::throttlesql {

namespace {

std::optional<QDateTime> optionalTime(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromMs(v.toLongLong());
}

QVariant timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QVariant(toMs(*t)) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<throttle::State> lock(CentralStore &store, const QString &kind, const QString &key)
{
    // Creating the row first gives PostgreSQL a row to lock for names never seen before; SQLite's
    // write transaction (BEGIN IMMEDIATE) already excludes every other writer.
    if (auto r = store.exec(QStringLiteral("INSERT INTO login_throttle (kind, key, failed_count) VALUES (?, ?, 0) "
                                           "ON CONFLICT (kind, key) DO NOTHING"),
                            { kind, key });
        !r)
        return r.error();
    const QString forUpdate = store.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
    auto q = store.exec(QStringLiteral("SELECT failed_count, next_try_at, locked_until, last_failure_at "
                                       "FROM login_throttle WHERE kind = ? AND key = ?")
                            + forUpdate,
                        { kind, key });
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return CentralStore::dbError(QStringLiteral("no login_throttle row"), {});
    throttle::State s;
    s.failedCount = row.value(0).toInt();
    s.nextTryAt = optionalTime(row.value(1));
    s.lockedUntil = optionalTime(row.value(2));
    s.lastFailureAt = optionalTime(row.value(3));
    row.finish();
    return s;
}

Result<void> save(CentralStore &store, const QString &kind, const QString &key, const throttle::State &state)
{
    auto q = store.exec(QStringLiteral("UPDATE login_throttle SET failed_count = ?, next_try_at = ?, locked_until = ?, "
                                       "last_failure_at = ? WHERE kind = ? AND key = ?"),
                        { state.failedCount, timeOrNull(state.nextTryAt), timeOrNull(state.lockedUntil),
                          timeOrNull(state.lastFailureAt), kind, key });
    if (!q)
        return q.error();
    return {};
}

Result<void> clear(CentralStore &store, const QString &kind, const QString &key)
{
    // Reset, not deleted: a parallel sign-in of the same name may be waiting to lock this row,
    // and would find it gone.
    auto q = store.exec(QStringLiteral("UPDATE login_throttle SET failed_count = 0, next_try_at = NULL, "
                                       "locked_until = NULL, last_failure_at = NULL WHERE kind = ? AND key = ?"),
                        { kind, key });
    if (!q)
        return q.error();
    return {};
}

Result<void> forgiveOne(CentralStore &store, const QString &kind, const QString &key)
{
    auto q = store.exec(QStringLiteral("UPDATE login_throttle SET failed_count = failed_count - 1 "
                                       "WHERE kind = ? AND key = ? AND failed_count > 0"),
                        { kind, key });
    if (!q)
        return q.error();
    return {};
}

} // namespace cet::central::throttlesql
