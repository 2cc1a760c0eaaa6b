#include "RestrictionSql.h"

#include "SqlValues.h"

namespace cet::central::restrictionsql {

namespace {

const QString kColumns = QStringLiteral("id_type, id_number, subjects, reason, added_by, added_at");

RestrictionRow rowOf(const QSqlQuery &q)
{
    RestrictionRow r;
    r.idType = q.value(0).toInt();
    r.idNumber = q.value(1).toString();
    r.subjects = q.value(2).toString();
    r.reason = q.value(3).toString();
    r.addedBy = q.value(4).toString();
    r.addedAt = fromMs(q.value(5).toLongLong());
    return r;
}

} // namespace

Result<std::optional<RestrictionRow>> find(CentralStore &store, int idType, const QString &idNumber)
{
    auto q = store.exec(
        QStringLiteral("SELECT %1 FROM restrictions WHERE id_number = ? AND id_type = ?").arg(kColumns),
        { idNumber, idType });
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<RestrictionRow>();
    RestrictionRow r = rowOf(q.value().query());
    q.value().finish();
    return std::optional<RestrictionRow>(r);
}

Result<void> put(CentralStore &store, const RestrictionRow &row)
{
    return sqlvalues::run(store,
        QStringLiteral("INSERT INTO restrictions (%1) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id_type, id_number) DO "
                       "UPDATE SET subjects = excluded.subjects, reason = excluded.reason, added_by = excluded.added_by, "
                       "added_at = excluded.added_at")
            .arg(kColumns),
        { row.idType, row.idNumber, row.subjects, row.reason, row.addedBy, toMs(row.addedAt) });
}

Result<bool> remove(CentralStore &store, int idType, const QString &idNumber)
{
    auto q = store.exec(QStringLiteral("DELETE FROM restrictions WHERE id_number = ? AND id_type = ?"),
                        { idNumber, idType });
    if (!q)
        return q.error();
    return q.value().numRowsAffected() > 0;
}

Result<QList<RestrictionRow>> all(CentralStore &store)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM restrictions ORDER BY added_at, id_type, id_number").arg(kColumns));
    if (!q)
        return q.error();
    QList<RestrictionRow> out;
    while (q.value().next())
        out.append(rowOf(q.value()));
    return out;
}

Result<SubjectRestriction> barredSubjects(CentralStore &store, int idType, const QString &idNumber)
{
    auto row = find(store, idType, idNumber);
    if (!row)
        return row.error();
    return barredBy(row.value() ? std::optional<QString>(row.value()->subjects) : std::nullopt);
}

SubjectRestriction barredBy(const std::optional<QString> &subjects)
{
    if (!subjects)
        return SubjectRestriction();
    auto parsed = SubjectRestriction::parse(*subjects);
    return parsed ? parsed.value() : SubjectRestriction::parse(QStringLiteral("*")).value();
}

} // namespace cet::central::restrictionsql
