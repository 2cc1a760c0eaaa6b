#include "ScopeSql.h"

#include "SqlValues.h"

namespace cet::central::scopesql {

namespace {

Result<std::optional<Scope>> readRow(Result<Rows> q)
{
    if (!q)
        return q.error();
    Rows &r = q.value();
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
    return readRow(store.exec(QStringLiteral("SELECT last_seq, epoch FROM sync_scope WHERE school_code = ?"),
                                      { school }));
}

Result<std::optional<Scope>> lock(CentralStore &store, const QString &school)
{
    return readRow(store.exec(QStringLiteral("UPDATE sync_scope SET last_seq = last_seq WHERE school_code = ? "
                                                     "RETURNING last_seq, epoch"),
                                      { school }));
}

Result<void> setLastSeq(CentralStore &store, const QString &school, qint64 lastSeq)
{
    auto q = store.exec(QStringLiteral("UPDATE sync_scope SET last_seq = ? WHERE school_code = ?"),
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
    auto q = store.exec(QStringLiteral("SELECT code, name FROM campuses WHERE school_code = ? AND deleted_at IS NULL"),
                        { school });
    if (!q)
        return q.error();
    QMap<QString, QString> out;
    while (q.value().next())
        out.insert(q.value().value(0).toString(), q.value().value(1).toString());
    return out;
}

using sqlvalues::run;

Result<void> insertSchool(CentralStore &store, const QString &code, const QString &name, const QDateTime &at,
                          const QString &epoch)
{
    if (auto r = run(store, QStringLiteral("INSERT INTO schools (code, name, created_at) VALUES (?, ?, ?)"),
                     { code, name, toMs(at) });
        !r)
        return r;
    return run(store, QStringLiteral("INSERT INTO sync_scope (school_code, last_seq, epoch) VALUES (?, 0, ?)"),
               { code, epoch });
}

Result<void> insertCampus(CentralStore &store, const QString &school, const QString &code, const QString &name)
{
    return run(store, QStringLiteral("INSERT INTO campuses (school_code, code, name) VALUES (?, ?, ?)"),
               { school, code, name });
}

Result<void> insertExamSession(CentralStore &store, const QString &name, const QDateTime &opensAt,
                               const QDateTime &sealsAt)
{
    return run(store, QStringLiteral("INSERT INTO exam_sessions (name, opens_at, seals_at) VALUES (?, ?, ?)"),
               { name, toMs(opensAt), toMs(sealsAt) });
}

Result<void> setEpoch(CentralStore &store, const QString &school, const QString &epoch)
{
    return run(store, QStringLiteral("UPDATE sync_scope SET epoch = ? WHERE school_code = ?"), { epoch, school });
}

Result<bool> isSealed(CentralStore &store, const QDateTime &now)
{
    auto q = store.exec(QStringLiteral("SELECT seals_at FROM exam_sessions WHERE opens_at <= ? "
                                               "ORDER BY opens_at DESC, id DESC LIMIT 1"),
                                { toMs(now) });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value().query();
    const QVariant sealsAt = r.next() ? r.value(0) : QVariant();
    r.finish();
    return !sealsAt.isNull() && toMs(now) >= sealsAt.toLongLong();
}

Result<std::optional<QDateTime>> latestSealsAt(CentralStore &store)
{
    auto v = store.scalar(QStringLiteral("SELECT seals_at FROM exam_sessions ORDER BY opens_at DESC, id DESC LIMIT 1"));
    if (!v)
        return v.error();
    if (v.value().isNull() || !v.value().isValid())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(v.value().toLongLong()));
}

Result<std::optional<SessionTimes>> currentSession(CentralStore &store, const QDateTime &now)
{
    auto q = store.exec(QStringLiteral("SELECT opens_at, seals_at, id FROM exam_sessions WHERE opens_at <= ? "
                                       "ORDER BY opens_at DESC, id DESC LIMIT 1"),
                        { toMs(now) });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<SessionTimes>();
    return std::optional<SessionTimes>(
        SessionTimes{ fromMs(q.value().value(0).toLongLong()), fromMs(q.value().value(1).toLongLong()),
                     q.value().value(2).toLongLong() });
}

} // namespace cet::central::scopesql
