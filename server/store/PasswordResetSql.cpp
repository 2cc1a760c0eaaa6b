#include "PasswordResetSql.h"

#include "SqlValues.h"

namespace cet::central::passwordresetsql {

using sqlvalues::run;

namespace {

const QString kColumns
    = QStringLiteral("id, passport_id, channel, secret_hash, mobile, created_at, expires_at, tries, used_at");

Result<std::optional<ResetRow>> one(CentralStore &store, const QString &where, const QVariantList &binds)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM password_resets %2").arg(kColumns, where), binds);
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<ResetRow>();
    ResetRow row;
    row.id = r.value(0).toLongLong();
    row.passportId = r.value(1).toString();
    row.channel = r.value(2).toString();
    row.secretHash = r.value(3).toString();
    row.mobile = r.value(4).toString();
    row.createdAt = fromMs(r.value(5).toLongLong());
    row.expiresAt = fromMs(r.value(6).toLongLong());
    row.tries = r.value(7).toInt();
    row.used = !r.value(8).isNull();
    return std::optional<ResetRow>(row);
}

} // namespace

Result<void> insert(CentralStore &store, const ResetRow &row)
{
    return run(store,
               QStringLiteral("INSERT INTO password_resets (passport_id, channel, secret_hash, mobile, created_at, "
                              "expires_at, tries) VALUES (?, ?, ?, ?, ?, ?, 0)"),
               { row.passportId, row.channel, row.secretHash,
                 sqlvalues::textOrNull(row.mobile),
                 toMs(row.createdAt), toMs(row.expiresAt) });
}

Result<std::optional<ResetRow>> findBySecret(CentralStore &store, const QString &secretHash)
{
    return one(store, QStringLiteral("WHERE secret_hash = ? AND channel = 'email'"), { secretHash });
}

Result<std::optional<ResetRow>> latestForMobile(CentralStore &store, const QString &mobile)
{
    return one(store, QStringLiteral("WHERE mobile = ? AND channel = 'sms' ORDER BY created_at DESC, id DESC LIMIT 1"),
               { mobile });
}

Result<void> countTry(CentralStore &store, qint64 id)
{
    return run(store, QStringLiteral("UPDATE password_resets SET tries = tries + 1 WHERE id = ?"), { id });
}

Result<void> markUsed(CentralStore &store, qint64 id, const QDateTime &at)
{
    return run(store, QStringLiteral("UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL"),
               { toMs(at), id });
}

Result<void> spendAll(CentralStore &store, const QString &passportId, const QDateTime &at)
{
    return run(store,
               QStringLiteral("UPDATE password_resets SET used_at = ? WHERE passport_id = ? AND used_at IS NULL"),
               { toMs(at), passportId });
}

} // namespace cet::central::passwordresetsql
