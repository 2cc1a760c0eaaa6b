#include "StaffSql.h"

#include "SqlValues.h"

namespace cet::central::staffsql {

using sqlvalues::optionalTime;
using sqlvalues::run;
using sqlvalues::timeOrNull;

Result<qint64> insertUser(CentralStore &store, const StaffRow &user, const QString &passwordHash, const QDateTime &at)
{
    auto q = store.exec(QStringLiteral("INSERT INTO staff_users (name, display_name, role, school_code, "
                                       "password_hash, failed_count, created_at, disabled) "
                                       "VALUES (?, ?, ?, ?, ?, 0, ?, 0) RETURNING id"),
                        { user.name, user.displayName, user.role,
                          user.school.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(user.school),
                          passwordHash, toMs(at) });
    if (!q)
        return q.error();
    if (!q.value().next())
        return CentralStore::dbError(QStringLiteral("no id for the new user"), {});
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

Result<std::optional<SignInRow>> findForSignIn(CentralStore &store, const QString &name)
{
    auto q = store.exec(QStringLiteral("SELECT id, display_name, role, school_code, password_hash, failed_count, "
                                       "next_try_at, locked_until, disabled FROM staff_users WHERE name = ?"),
                        { name });
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return std::optional<SignInRow>();
    SignInRow r;
    r.staff.id = row.value(0).toLongLong();
    r.staff.name = name;
    r.staff.displayName = row.value(1).toString();
    r.staff.role = row.value(2).toString();
    r.staff.school = row.value(3).toString();
    r.passwordHash = row.value(4).toString();
    r.failedCount = row.value(5).toInt();
    r.nextTryAt = optionalTime(row.value(6));
    r.lockedUntil = optionalTime(row.value(7));
    r.staff.disabled = row.value(8).toInt() != 0;
    row.finish();
    return std::optional<SignInRow>(r);
}

Result<int> addFailure(CentralStore &store, qint64 userId)
{
    auto count = store.scalar(QStringLiteral("UPDATE staff_users SET failed_count = failed_count + 1 "
                                             "WHERE id = ? RETURNING failed_count"),
                              { userId });
    if (!count)
        return count.error();
    return count.value().toInt();
}

Result<void> setThrottle(CentralStore &store, qint64 userId, const std::optional<QDateTime> &nextTryAt,
                         const std::optional<QDateTime> &lockedUntil)
{
    return run(store, QStringLiteral("UPDATE staff_users SET next_try_at = ?, locked_until = ? WHERE id = ?"),
               { timeOrNull(nextTryAt), timeOrNull(lockedUntil), userId });
}

Result<void> clearFailures(CentralStore &store, qint64 userId)
{
    return run(store,
               QStringLiteral("UPDATE staff_users SET failed_count = 0, next_try_at = NULL, locked_until = NULL "
                              "WHERE id = ?"),
               { userId });
}

Result<void> insertSession(CentralStore &store, const QString &tokenHash, qint64 userId, const QDateTime &at,
                           const QDateTime &expiresAt, const QString &client, const QString &peer)
{
    return run(store,
               QStringLiteral("INSERT INTO staff_sessions (token_hash, user_id, created_at, expires_at, "
                              "last_used_at, revoked_at, client, peer) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"),
               { tokenHash, userId, toMs(at), toMs(expiresAt), toMs(at), client, peer });
}

Result<std::optional<SessionRow>> findSession(CentralStore &store, const QString &tokenHash)
{
    auto q = store.exec(QStringLiteral("SELECT s.created_at, s.expires_at, s.revoked_at, u.id, u.name, "
                                       "u.display_name, u.role, u.school_code, u.disabled "
                                       "FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id "
                                       "WHERE s.token_hash = ?"),
                        { tokenHash });
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return std::optional<SessionRow>();
    SessionRow s;
    s.createdAt = fromMs(row.value(0).toLongLong());
    s.expiresAt = fromMs(row.value(1).toLongLong());
    s.revoked = !row.value(2).isNull();
    s.staff.id = row.value(3).toLongLong();
    s.staff.name = row.value(4).toString();
    s.staff.displayName = row.value(5).toString();
    s.staff.role = row.value(6).toString();
    s.staff.school = row.value(7).toString();
    s.staff.disabled = row.value(8).toInt() != 0;
    row.finish();
    return std::optional<SessionRow>(s);
}

Result<void> slideSession(CentralStore &store, const QString &tokenHash, const QDateTime &expiresAt,
                          const QDateTime &at)
{
    return run(store,
               QStringLiteral("UPDATE staff_sessions SET expires_at = ?, last_used_at = ? "
                              "WHERE token_hash = ? AND revoked_at IS NULL"),
               { toMs(expiresAt), toMs(at), tokenHash });
}

Result<std::optional<QString>> liveSessionUser(CentralStore &store, const QString &tokenHash)
{
    auto name = store.scalar(QStringLiteral("SELECT u.name FROM staff_sessions s JOIN staff_users u "
                                            "ON u.id = s.user_id WHERE s.token_hash = ? AND s.revoked_at IS NULL"),
                             { tokenHash });
    if (!name)
        return name.error();
    if (name.value().isNull())
        return std::optional<QString>();
    return std::optional<QString>(name.value().toString());
}

Result<void> revokeSession(CentralStore &store, const QString &tokenHash, const QDateTime &at)
{
    return run(store, QStringLiteral("UPDATE staff_sessions SET revoked_at = ? WHERE token_hash = ?"),
               { toMs(at), tokenHash });
}

} // namespace cet::central::staffsql
