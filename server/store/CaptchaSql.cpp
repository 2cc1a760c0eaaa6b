#include "CaptchaSql.h"

namespace cet::central::captchasql {

Result<void> insert(CentralStore &store, const QString &id, const QString &answerHash, const QDateTime &createdAt,
    const QDateTime &expiresAt)
{
    auto r = store.exec(QStringLiteral("INSERT INTO captchas (id, answer_hash, created_at, expires_at) "
                                       "VALUES (?, ?, ?, ?)"),
        { id, answerHash, toMs(createdAt), toMs(expiresAt) });
    if (!r)
        return r.error();
    return {};
}

Result<std::optional<Stored>> take(CentralStore &store, const QString &id)
{
    auto q = store.exec(QStringLiteral("DELETE FROM captchas WHERE id = ? RETURNING answer_hash, expires_at"), { id });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<Stored>();
    return std::optional<Stored>(Stored { r.value(0).toString(), fromMs(r.value(1).toLongLong()) });
}

Result<int> deleteExpired(CentralStore &store, const QDateTime &now)
{
    auto q = store.exec(QStringLiteral("DELETE FROM captchas WHERE expires_at < ?"), { toMs(now) });
    if (!q)
        return q.error();
    return q.value().numRowsAffected();
}

} // namespace cet::central::captchasql
