#include "NoticeTable.h"

#include "TableDigest.h"

namespace cet::central::noticetable {

namespace {

const QString kColumns = QStringLiteral("scope_code, title, body, shown_from, version, seq, deleted_at, changed_by, "
                                        "changed_at, origin_op_id");

StoredNotice readRow(const QSqlQuery &q)
{
    StoredNotice n;
    n.scope = q.value(0).toString();
    n.record.title = q.value(1).toString();
    n.record.body = q.value(2).toString();
    n.record.shownFrom = q.value(3).toString();
    n.version = q.value(4).toLongLong();
    n.seq = q.value(5).toLongLong();
    n.deleted = !q.value(6).isNull();
    n.changedBy = q.value(7).toString();
    n.changedAt = fromMs(q.value(8).toLongLong());
    n.originOpId = q.value(9).toString();
    return n;
}

Result<QList<StoredNotice>> readAll(CentralStore &store, const QString &sql, const QVariantList &binds)
{
    auto q = store.exec(sql, binds);
    if (!q)
        return q.error();
    QList<StoredNotice> out;
    while (q.value().next())
        out.append(readRow(q.value()));
    return out;
}

QVariantList writeBinds(const StoredNotice &n)
{
    return { n.record.title,
             n.record.body,
             n.record.shownFrom,
             n.version,
             n.seq,
             n.deleted ? QVariant(toMs(n.changedAt)) : QVariant(QMetaType(QMetaType::LongLong)),
             n.changedBy,
             toMs(n.changedAt),
             n.originOpId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(n.originOpId) };
}

} // namespace

Result<QHash<QString, StoredNotice>> findAll(CentralStore &store, const QString &school)
{
    auto rows = readAll(store, QStringLiteral("SELECT %1 FROM notices WHERE school_code = ?").arg(kColumns), { school });
    if (!rows)
        return rows.error();
    QHash<QString, StoredNotice> out;
    for (const StoredNotice &n : rows.value())
        out.insert(n.scope, n);
    return out;
}

Result<void> insert(CentralStore &store, const QString &school, const StoredNotice &n)
{
    QVariantList binds{ school, n.scope };
    binds.append(writeBinds(n));
    auto q = store.exec(QStringLiteral("INSERT INTO notices (school_code, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(kColumns),
                        binds);
    if (!q)
        return q.error();
    return {};
}

Result<void> update(CentralStore &store, const QString &school, const StoredNotice &n)
{
    QVariantList binds = writeBinds(n);
    binds << school << n.scope;
    auto q = store.exec(QStringLiteral("UPDATE notices SET title = ?, body = ?, shown_from = ?, version = ?, seq = ?, "
                                       "deleted_at = ?, changed_by = ?, changed_at = ?, origin_op_id = ? "
                                       "WHERE school_code = ? AND scope_code = ?"),
                        binds);
    if (!q)
        return q.error();
    return {};
}

Result<QList<StoredNotice>> changes(CentralStore &store, const QString &school, qint64 since, int limit)
{
    return readAll(store,
                   QStringLiteral("SELECT %1 FROM notices WHERE school_code = ? AND seq > ? ORDER BY seq LIMIT ?")
                       .arg(kColumns),
                   { school, since, limit });
}

Result<QList<StoredNotice>> live(CentralStore &store, const QString &school)
{
    return readAll(store,
                   QStringLiteral("SELECT %1 FROM notices WHERE school_code = ? AND deleted_at IS NULL "
                                  "ORDER BY scope_code")
                       .arg(kColumns),
                   { school });
}

Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school)
{
    return tableDigest(store,
                       QStringLiteral("SELECT scope_code, version, seq, deleted_at FROM notices WHERE school_code = ?"),
                       { school }, [](const QSqlQuery &r) { return r.value(0).toString(); });
}

} // namespace cet::central::noticetable
