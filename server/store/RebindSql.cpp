#include "RebindSql.h"

#include "PgArrays.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cet::central::rebindsql {

using sqlvalues::optionalTime;
using sqlvalues::textOrNull;
using sqlvalues::timeOrNull;

namespace {

const QString kColumns = QStringLiteral(
    "id, state, registration_id, school_code, id_type, id_number, name, old_passport_id, new_passport_id, new_email, "
    "checks, notes, filed_by, filed_at, decided_by, decided_at, decision_note, apply_at, applied_at, failure_code, "
    "failure_reason, updated_at");

QString checksJson(const QStringList &checks)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(checks)).toJson(QJsonDocument::Compact));
}

QStringList checksOf(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

RequestRow rowOf(const QSqlQuery &r)
{
    RequestRow row;
    row.id = r.value(0).toLongLong();
    row.state = r.value(1).toString();
    row.registrationId = r.value(2).toLongLong();
    row.school = r.value(3).toString();
    row.idType = r.value(4).toInt();
    row.idNumber = r.value(5).toString();
    row.name = r.value(6).toString();
    row.oldPassportId = r.value(7).toString();
    row.newPassportId = r.value(8).toString();
    row.newEmail = r.value(9).toString();
    row.checks = checksOf(r.value(10).toString());
    row.notes = r.value(11).toString();
    row.filedBy = r.value(12).toString();
    row.filedAt = fromMs(r.value(13).toLongLong());
    row.decidedBy = r.value(14).toString();
    row.decidedAt = optionalTime(r.value(15));
    row.decisionNote = r.value(16).toString();
    row.applyAt = optionalTime(r.value(17));
    row.appliedAt = optionalTime(r.value(18));
    row.failureCode = r.value(19).toString();
    row.failureReason = r.value(20).toString();
    row.updatedAt = fromMs(r.value(21).toLongLong());
    return row;
}

Result<QList<RequestRow>> rows(CentralStore &store, const QString &tail, const QVariantList &binds)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM rebind_requests %2").arg(kColumns, tail), binds);
    if (!q)
        return q.error();
    QList<RequestRow> out;
    QSqlQuery &r = q.value();
    while (r.next())
        out.append(rowOf(r));
    return out;
}

Result<std::optional<RequestRow>> one(CentralStore &store, const QString &sql, qint64 id)
{
    auto q = store.exec(sql, { id });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value().query();
    if (!r.next())
        return std::optional<RequestRow>();
    RequestRow row = rowOf(r);
    r.finish();
    return std::optional<RequestRow>(row);
}

} // namespace

Result<qint64> insert(CentralStore &store, const RequestRow &row)
{
    auto id = store.scalar(
        QStringLiteral("INSERT INTO rebind_requests (state, registration_id, school_code, id_type, id_number, name, "
                       "old_passport_id, new_passport_id, new_email, checks, notes, filed_by, filed_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { row.state, row.registrationId, row.school, row.idType, row.idNumber, row.name, row.oldPassportId,
          row.newPassportId, row.newEmail, checksJson(row.checks), row.notes, row.filedBy, toMs(row.filedAt),
          toMs(row.updatedAt) });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<std::optional<RequestRow>> findById(CentralStore &store, qint64 id)
{
    return one(store, QStringLiteral("SELECT %1 FROM rebind_requests WHERE id = ?").arg(kColumns), id);
}

Result<std::optional<RequestRow>> lockById(CentralStore &store, qint64 id)
{
    const QString sql = QStringLiteral("SELECT %1 FROM rebind_requests WHERE id = ?").arg(kColumns);
    return one(store, store.isPostgres() ? sql + QStringLiteral(" FOR UPDATE") : sql, id);
}

Result<bool> update(CentralStore &store, const RequestRow &row, const QString &expectedState)
{
    auto q = store.exec(
        QStringLiteral("UPDATE rebind_requests SET state = ?, decided_by = ?, decided_at = ?, decision_note = ?, "
                       "apply_at = ?, applied_at = ?, failure_code = ?, failure_reason = ?, updated_at = ? "
                       "WHERE id = ? AND state = ? RETURNING id"),
        { row.state, textOrNull(row.decidedBy), timeOrNull(row.decidedAt), textOrNull(row.decisionNote),
          timeOrNull(row.applyAt), timeOrNull(row.appliedAt), textOrNull(row.failureCode),
          textOrNull(row.failureReason), toMs(row.updatedAt), row.id, expectedState });
    if (!q)
        return q.error();
    const bool changed = q.value().next();
    q.value().finish();
    return changed;
}

Result<QList<RequestRow>> list(CentralStore &store, const Filter &filter)
{
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList binds;
    if (!filter.state.isEmpty()) {
        where += QStringLiteral(" AND state = ?");
        binds << filter.state;
    }
    if (!filter.filedBy.isEmpty()) {
        where += QStringLiteral(" AND filed_by = ?");
        binds << filter.filedBy;
    }
    binds << filter.limit;
    return rows(store, where + QStringLiteral(" ORDER BY filed_at DESC, id DESC LIMIT ?"), binds);
}

Result<QList<RequestRow>> forCandidate(CentralStore &store, int idType, const QString &idNumber)
{
    return rows(store, QStringLiteral("WHERE id_number = ? AND id_type = ? ORDER BY filed_at DESC, id DESC"),
                { idNumber, idType });
}

Result<QList<qint64>> dueIds(CentralStore &store, const QDateTime &now, int limit)
{
    auto q = store.exec(QStringLiteral("SELECT id FROM rebind_requests WHERE state = 'approved' AND apply_at <= ? "
                                       "ORDER BY apply_at, id LIMIT ?"),
                        { toMs(now), limit });
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out.append(q.value().value(0).toLongLong());
    return out;
}

Result<int> rebindAt(CentralStore &store, const QDateTime &now)
{
    auto at = store.scalar(QStringLiteral("SELECT rebind_at FROM exam_sessions WHERE opens_at <= ? "
                                          "ORDER BY opens_at DESC, id DESC LIMIT 1"),
                           { toMs(now) });
    if (!at)
        return at.error();
    return at.value().isNull() ? kDefaultRebindAt : at.value().toInt();
}

Result<void> setRebindAt(CentralStore &store, int minutes)
{
    return sqlvalues::run(store, QStringLiteral("UPDATE exam_sessions SET rebind_at = ?"), { minutes });
}

namespace {
// The request, whether its registration is still held by the old passport, whether the new
// passport holds a live registration, and the old passport's address; `where` picks the requests.
QString applyViewSql(const CentralStore &store, const QString &where)
{
    QString columns = kColumns;
    columns.replace(QLatin1String(", "), QLatin1String(", q."));
    QString sql = QStringLiteral(
        "SELECT q.%1, CASE WHEN r.passport_id = q.old_passport_id AND r.deleted_at IS NULL THEN 1 ELSE 0 END, "
        "CASE WHEN EXISTS (SELECT 1 FROM registrations b WHERE b.passport_id = q.new_passport_id "
        "AND b.deleted_at IS NULL) THEN 1 ELSE 0 END, p.email FROM rebind_requests q "
        "JOIN registrations r ON r.id = q.registration_id JOIN passports p ON p.passport_id = q.old_passport_id "
        "WHERE %2").arg(columns, where);
    if (store.isPostgres())
        sql += QStringLiteral(" FOR UPDATE OF q, r");
    return sql;
}

ApplyView applyViewOf(const QSqlQuery &r)
{
    ApplyView view;
    view.row = rowOf(r);
    view.stillHeld = r.value(22).toInt() == 1;
    view.newBound = r.value(23).toInt() == 1;
    view.oldEmail = r.value(24).toString();
    return view;
}
} // namespace

Result<std::optional<ApplyView>> lockForApply(CentralStore &store, qint64 id)
{
    auto q = store.exec(applyViewSql(store, QStringLiteral("q.id = ?")), { id });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value().query();
    if (!r.next())
        return std::optional<ApplyView>();
    ApplyView view = applyViewOf(r);
    r.finish();
    return std::optional<ApplyView>(view);
}

Result<QList<ApplyView>> lockForApply(CentralStore &store, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<ApplyView>();
    QVariantList keys;
    for (qint64 id : ids)
        keys << id;
    Result<Rows> q = store.isPostgres()
        ? store.exec(
            applyViewSql(store, QStringLiteral("q.id = ANY(?::bigint[]) ORDER BY q.id")), { pg::arrayLiteral(keys) })
        : store.exec(applyViewSql(store,
                         QStringLiteral("q.id IN (%1) ORDER BY q.id")
                             .arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(',')))),
            keys);
    if (!q)
        return q.error();
    QList<ApplyView> out;
    while (q.value().next())
        out.append(applyViewOf(q.value()));
    return out;
}

Result<void> applyMove(CentralStore &store, const RequestRow &row, const QDateTime &at)
{
    if (auto r = store.execWrite(QStringLiteral("UPDATE registrations SET passport_id = ? WHERE id = ?"),
                                 { row.newPassportId, row.registrationId });
        !r)
        return r;
    return store.execWrite(
        QStringLiteral("UPDATE rebind_requests SET state = 'applied', applied_at = ?, updated_at = ? WHERE id = ?"),
        { toMs(at), toMs(at), row.id });
}

Result<void> applyMoves(CentralStore &store, const QList<RequestRow> &rows, const QDateTime &at)
{
    if (!store.isPostgres() || rows.size() < 2) {
        for (const RequestRow &row : rows)
            if (auto r = applyMove(store, row, at); !r)
                return r;
        return {};
    }
    pg::ArrayColumns moves(3, rows.size());
    for (const RequestRow &row : rows)
        moves.append({ row.registrationId, row.newPassportId, row.id });
    QVariantList binds = moves.take();
    if (auto r
        = store.execWrite(QStringLiteral("UPDATE registrations r SET passport_id = m.passport_id FROM "
                                         "unnest(?::bigint[], ?::text[]) AS m(id, passport_id) WHERE r.id = m.id"),
            { binds.at(0), binds.at(1) });
        !r)
        return r;
    return store.execWrite(
        QStringLiteral("UPDATE rebind_requests SET state = 'applied', applied_at = ?, updated_at = ? "
                       "WHERE id = ANY(?::bigint[])"),
        { toMs(at), toMs(at), binds.at(2) });
}

Result<bool> hasLiveSession(CentralStore &store, const QString &passportId, const QDateTime &now)
{
    auto found = store.scalar(QStringLiteral("SELECT 1 FROM passport_sessions WHERE passport_id = ? "
                                             "AND expires_at > ? AND revoked_at IS NULL LIMIT 1"),
                              { passportId, toMs(now) });
    if (!found)
        return found.error();
    return !found.value().isNull();
}

} // namespace cet::central::rebindsql
