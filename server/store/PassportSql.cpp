#include "PassportSql.h"

#include "SqlValues.h"

namespace cet::central::passportsql {

using sqlvalues::run;

namespace {

const QString kColumns = QStringLiteral("passport_id, email, mobile, password_hash, created_at");

Result<std::optional<PassportRow>> findOne(CentralStore &store, const QString &where, const QVariant &value)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM passports WHERE %2 = ?").arg(kColumns, where), { value });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<PassportRow>();
    PassportRow row;
    row.passportId = r.value(0).toString();
    row.email = r.value(1).toString();
    row.mobile = r.value(2).toString();
    row.passwordHash = r.value(3).toString();
    row.createdAt = fromMs(r.value(4).toLongLong());
    r.finish();
    return std::optional<PassportRow>(row);
}

} // namespace

Result<void> insertPassport(CentralStore &store, const PassportRow &row, const QString &emailKey)
{
    return run(store,
               QStringLiteral("INSERT INTO passports (passport_id, email, email_key, mobile, password_hash, created_at, "
                              "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               { row.passportId, row.email, emailKey, sqlvalues::textOrNull(row.mobile), row.passwordHash,
                 toMs(row.createdAt), toMs(row.createdAt) });
}

Result<std::optional<PassportRow>> findById(CentralStore &store, const QString &passportId)
{
    return findOne(store, QStringLiteral("passport_id"), passportId);
}

Result<std::optional<PassportRow>> findByEmailKey(CentralStore &store, const QString &emailKey)
{
    return findOne(store, QStringLiteral("email_key"), emailKey);
}

Result<std::optional<PassportRow>> findByMobile(CentralStore &store, const QString &mobile)
{
    return findOne(store, QStringLiteral("mobile"), mobile);
}

Result<void> updateEmail(CentralStore &store, const QString &passportId, const QString &email, const QString &emailKey,
                         const QDateTime &at)
{
    return run(store, QStringLiteral("UPDATE passports SET email = ?, email_key = ?, updated_at = ? WHERE passport_id = ?"),
               { email, emailKey, toMs(at), passportId });
}

Result<void> updatePassword(CentralStore &store, const QString &passportId, const QString &passwordHash,
                            const QDateTime &at)
{
    if (auto r = run(store, QStringLiteral("UPDATE passports SET password_hash = ?, updated_at = ? WHERE passport_id = ?"),
                     { passwordHash, toMs(at), passportId });
        !r)
        return r;
    return run(store,
               QStringLiteral("UPDATE passport_sessions SET revoked_at = ? WHERE passport_id = ? AND revoked_at IS NULL"),
               { toMs(at), passportId });
}

Result<void> insertSession(CentralStore &store, const QString &tokenHash, const QString &passportId,
                           const QDateTime &at, const QDateTime &expiresAt)
{
    return run(store,
               QStringLiteral("INSERT INTO passport_sessions (token_hash, passport_id, created_at, expires_at) "
                              "VALUES (?, ?, ?, ?)"),
               { tokenHash, passportId, toMs(at), toMs(expiresAt) });
}

Result<std::optional<SessionRow>> findSession(CentralStore &store, const QString &tokenHash)
{
    auto q = store.exec(QStringLiteral("SELECT passport_id, expires_at, revoked_at FROM passport_sessions "
                                       "WHERE token_hash = ?"),
                        { tokenHash });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<SessionRow>();
    SessionRow row;
    row.passportId = r.value(0).toString();
    row.expiresAt = fromMs(r.value(1).toLongLong());
    row.revoked = !r.value(2).isNull();
    r.finish();
    return std::optional<SessionRow>(row);
}

Result<void> revokeSession(CentralStore &store, const QString &tokenHash, const QDateTime &at)
{
    return run(store,
               QStringLiteral("UPDATE passport_sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"),
               { toMs(at), tokenHash });
}

} // namespace cet::central::passportsql
