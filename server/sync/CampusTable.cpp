#include "CampusTable.h"

#include "SqlValues.h"
#include "TableDigest.h"

namespace cet::central::campustable {

namespace {

const QString kColumns = QStringLiteral("code, name, address, version, seq, deleted_at, changed_by, changed_at, "
                                        "origin_op_id");

StoredCampus readRow(const QSqlQuery &q)
{
    StoredCampus c;
    c.code = q.value(0).toString();
    c.name = q.value(1).toString();
    c.address = q.value(2).toString();
    c.version = q.value(3).toLongLong();
    c.seq = q.value(4).toLongLong();
    c.deleted = !q.value(5).isNull();
    c.changedBy = q.value(6).toString();
    c.changedAt = fromMs(q.value(7).toLongLong());
    c.originOpId = q.value(8).toString();
    return c;
}

Result<QList<StoredCampus>> readAll(CentralStore &store, const QString &sql, const QVariantList &binds)
{
    auto q = store.exec(sql, binds);
    if (!q)
        return q.error();
    QList<StoredCampus> out;
    while (q.value().next())
        out.append(readRow(q.value()));
    return out;
}

QVariantList writeBinds(const StoredCampus &c)
{
    return { c.name,
             c.address,
             c.version,
             c.seq,
             c.deleted ? QVariant(toMs(c.changedAt)) : sqlvalues::nullInt(),
             c.changedBy,
             toMs(c.changedAt),
             sqlvalues::textOrNull(c.originOpId) };
}

} // namespace

Result<std::optional<StoredCampus>> find(CentralStore &store, const QString &school, const QString &code)
{
    auto rows = readAll(store, QStringLiteral("SELECT %1 FROM campuses WHERE school_code = ? AND code = ?").arg(kColumns),
                        { school, code });
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<StoredCampus>();
    return std::optional<StoredCampus>(rows.value().first());
}

Result<void> insert(CentralStore &store, const QString &school, const StoredCampus &c)
{
    QVariantList binds{ school, c.code };
    binds.append(writeBinds(c));
    return sqlvalues::run(
        store, QStringLiteral("INSERT INTO campuses (school_code, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
        binds);
}

Result<void> update(CentralStore &store, const QString &school, const StoredCampus &c)
{
    QVariantList binds = writeBinds(c);
    binds << school << c.code;
    return sqlvalues::run(store,
                          QStringLiteral("UPDATE campuses SET name = ?, address = ?, version = ?, seq = ?, "
                                         "deleted_at = ?, changed_by = ?, changed_at = ?, origin_op_id = ? "
                                         "WHERE school_code = ? AND code = ?"),
                          binds);
}

Result<QList<StoredCampus>> changes(CentralStore &store, const QString &school, qint64 since, int limit)
{
    return readAll(store,
                   QStringLiteral("SELECT %1 FROM campuses WHERE school_code = ? AND seq > ? ORDER BY seq LIMIT ?")
                       .arg(kColumns),
                   { school, since, limit });
}

// Rows written outside a desk's push (the demo, an administrator) have seq 0 and are not in the
// change feed, so the digest leaves them out too: a desk that pulled everything agrees with it.
Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school)
{
    return tableDigest(store,
                       QStringLiteral("SELECT code, version, seq, deleted_at FROM campuses WHERE school_code = ? AND seq > 0"),
                       { school }, [](const QSqlQuery &r) { return r.value(0).toString(); });
}

} // namespace cet::central::campustable
