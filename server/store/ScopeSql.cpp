#include "ScopeSql.h"

namespace cet::central::scopesql {

namespace {

Result<std::optional<Scope>> readRow(Result<QSqlQuery *> q)
{
    if (!q)
        return q.error();
    QSqlQuery &r = *q.value();
    if (!r.next()) {
        r.finish();
        return std::optional<Scope>();
    }
    Scope s{ r.value(1).toString(), r.value(0).toLongLong() };
    r.finish();
    return std::optional<Scope>(s);
}

} // namespace

Result<std::optional<Scope>> read(CentralStore &store, const QString &school)
{
    return readRow(store.execPrepared(QStringLiteral("SELECT last_seq, epoch FROM sync_scope WHERE school_code = ?"),
                                      { school }));
}

Result<std::optional<Scope>> lock(CentralStore &store, const QString &school)
{
    return readRow(store.execPrepared(QStringLiteral("UPDATE sync_scope SET last_seq = last_seq WHERE school_code = ? "
                                                     "RETURNING last_seq, epoch"),
                                      { school }));
}

Result<void> setLastSeq(CentralStore &store, const QString &school, qint64 lastSeq)
{
    auto q = store.execPrepared(QStringLiteral("UPDATE sync_scope SET last_seq = ? WHERE school_code = ?"),
                                { lastSeq, school });
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<QString>> schoolName(CentralStore &store, const QString &school)
{
    auto q = store.exec(QStringLiteral("SELECT name FROM schools WHERE code = ?"), { school });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QString>();
    return std::optional<QString>(q.value().value(0).toString());
}

Result<QMap<QString, QString>> campuses(CentralStore &store, const QString &school)
{
    auto q = store.exec(QStringLiteral("SELECT code, name FROM campuses WHERE school_code = ?"), { school });
    if (!q)
        return q.error();
    QMap<QString, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return out;
}

Result<bool> isSealed(CentralStore &store, const QDateTime &now)
{
    auto q = store.execPrepared(QStringLiteral("SELECT seals_at FROM exam_sessions WHERE opens_at <= ? "
                                               "ORDER BY opens_at DESC, id DESC LIMIT 1"),
                                { toMs(now) });
    if (!q)
        return q.error();
    QSqlQuery &r = *q.value();
    const QVariant sealsAt = r.next() ? r.value(0) : QVariant();
    r.finish();
    return !sealsAt.isNull() && toMs(now) >= sealsAt.toLongLong();
}

} // namespace cet::central::scopesql
