#include "ReviewSql.h"

#include "StoreSql.h"
#include "SyncSql.h"
#include "Wire.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace cet::reviewsql {

using syncsql::queryError;

namespace {

// Milliseconds since the epoch: the queue sorts, filters and reads these columns in bulk.
QVariant timeColumn(const QJsonValue &v)
{
    const auto t = protocol::fromWireTime(v.toString());
    return t ? QVariant(t->toMSecsSinceEpoch()) : QVariant();
}

} // namespace

Result<void> writeServer(QSqlDatabase db, const QString &key, qint64 version, const QJsonObject &r)
{
    const QJsonObject student = r.value(QStringLiteral("student")).toObject();
    const QJsonObject typed = r.value(QStringLiteral("typed")).toObject();
    const QString state = r.value(QStringLiteral("state")).toString();
    const QVariant submitted = timeColumn(r.value(QStringLiteral("submitted_at")));
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO cet6_reviews (review_key, server_version, state, queue_rank, campus_code, name, id_type,"
        " id_number, typed_id_number, ticket, submitted_at, decided_at, decided_by, filed_by, resubmissions,"
        " disputes, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (review_key) DO UPDATE SET server_version = excluded.server_version, state = excluded.state,"
        " queue_rank = excluded.queue_rank, campus_code = excluded.campus_code, name = excluded.name,"
        " id_type = excluded.id_type, id_number = excluded.id_number, typed_id_number = excluded.typed_id_number,"
        " ticket = excluded.ticket, submitted_at = excluded.submitted_at, decided_at = excluded.decided_at,"
        " decided_by = excluded.decided_by, filed_by = excluded.filed_by, resubmissions = excluded.resubmissions,"
        " disputes = excluded.disputes, record_json = excluded.record_json"));
    q.addBindValue(key);
    q.addBindValue(version);
    q.addBindValue(state);
    q.addBindValue(state == u"pending" ? 0 : 1);
    q.addBindValue(sql::text(r.value(QStringLiteral("campus_code")).toString()));
    q.addBindValue(sql::text(student.value(QStringLiteral("name")).toString()));
    q.addBindValue(student.value(QStringLiteral("id_type")).toInt());
    q.addBindValue(sql::text(student.value(QStringLiteral("id_number")).toString()));
    q.addBindValue(sql::text(typed.value(QStringLiteral("id_number")).toString()));
    q.addBindValue(sql::text(typed.value(QStringLiteral("cet4_ticket")).toString()));
    q.addBindValue(submitted.isNull() ? QVariant(qint64(0)) : submitted);
    q.addBindValue(timeColumn(r.value(QStringLiteral("decided_at"))));
    const QJsonValue by = r.value(QStringLiteral("decided_by"));
    q.addBindValue(by.isString() ? QVariant(by.toString()) : QVariant());
    const QJsonValue filed = r.value(QStringLiteral("filed_by"));
    q.addBindValue(filed.isString() && !filed.toString().isEmpty() ? QVariant(filed.toString()) : QVariant());
    q.addBindValue(r.value(QStringLiteral("resubmissions")).toInt());
    q.addBindValue(int(r.value(QStringLiteral("disputes")).toArray().size()));
    q.addBindValue(syncsql::compact(r));
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> removeRow(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM cet6_reviews WHERE review_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<std::optional<qint64>> serverVersion(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT server_version FROM cet6_reviews WHERE review_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<void> setLocal(QSqlDatabase db, const QString &key, const QString &decision, const QString &reason,
                      const QString &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE cet6_reviews SET local_decision = ?, local_reason = ?, local_decided_at = ?,"
                             " local_error = ? WHERE review_key = ?"));
    q.addBindValue(decision.isEmpty() ? QVariant() : QVariant(decision));
    q.addBindValue(decision.isEmpty() ? QVariant() : QVariant(reason));
    q.addBindValue(decision.isEmpty() ? QVariant() : QVariant(sql::nowText()));
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> renameUploads(QSqlDatabase db, const QString &from, const QString &to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE review_uploads SET review_key = ? WHERE review_key = ?"));
    q.addBindValue(to);
    q.addBindValue(from);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> dropUploads(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM review_uploads WHERE review_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

} // namespace cet::reviewsql
