#include "NoticeSql.h"

#include "StoreSql.h"
#include "SyncSql.h"

#include <QSqlQuery>
#include <QUuid>

namespace cet::noticesql {

using syncsql::queryError;

Result<std::optional<BaseCopy>> readBase(QSqlDatabase db, const QString &entity, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT server_version, data_json FROM sync_base WHERE entity = ? AND entity_key = ?"));
    q.addBindValue(entity);
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<BaseCopy>();
    return std::optional<BaseCopy>(
        BaseCopy{ q.value(0).toLongLong(), syncsql::parseObject(q.value(1).toString().toUtf8()) });
}

Result<void> putBase(QSqlDatabase db, const QString &entity, const QString &key, qint64 version,
                     const QJsonObject &data)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_base (entity, entity_key, server_version, data_json)"
                             " VALUES (?, ?, ?, ?)"));
    q.addBindValue(entity);
    q.addBindValue(key);
    q.addBindValue(version);
    q.addBindValue(syncsql::compact(data));
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> removeBase(QSqlDatabase db, const QString &entity, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sync_base WHERE entity = ? AND entity_key = ?"));
    q.addBindValue(entity);
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<bool> isProtected(QSqlDatabase db, const QString &entity, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND entity_key = ?"
                             " AND state IN %1) OR EXISTS (SELECT 1 FROM sync_conflicts WHERE entity = ?"
                             " AND entity_key = ? AND resolved_at IS NULL)")
                  .arg(QLatin1String(syncsql::kPendingStates)));
    q.addBindValue(entity);
    q.addBindValue(key);
    q.addBindValue(entity);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toBool();
}

Result<qint64> opBaseVersion(QSqlDatabase db, const QString &entity, const QString &key)
{
    auto base = readBase(db, entity, key);
    if (!base)
        return base.error();
    return base.value() && !base.value()->tombstone() ? base.value()->version : 0;
}

Result<std::optional<NoticeText>> readLocal(QSqlDatabase db, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT title, body, shown_from FROM notices WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<NoticeText>();
    return std::optional<NoticeText>(NoticeText{ q.value(0).toString(), q.value(1).toString(),
                                                 QDate::fromString(q.value(2).toString(), Qt::ISODate) });
}

Result<void> writeLocal(QSqlDatabase db, const QString &code, const std::optional<NoticeText> &text, qint64 version)
{
    QSqlQuery q(db);
    if (!text) {
        q.prepare(QStringLiteral("DELETE FROM notices WHERE code = ?"));
        q.addBindValue(code);
    } else {
        // A negative version keeps the row's (a local edit); the insert then starts at 0.
        q.prepare(QStringLiteral("INSERT INTO notices (code, title, body, shown_from, server_version, updated_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
                                 " title = excluded.title, body = excluded.body, shown_from = excluded.shown_from,"
                                 " server_version = CASE WHEN ? THEN server_version ELSE excluded.server_version END,"
                                 " updated_at = excluded.updated_at"));
        q.addBindValue(code);
        q.addBindValue(sql::text(text->title));
        q.addBindValue(sql::text(text->body));
        q.addBindValue(text->shownFrom.toString(Qt::ISODate));
        q.addBindValue(std::max<qint64>(version, 0));
        q.addBindValue(sql::nowText());
        q.addBindValue(version < 0 ? 1 : 0);
    }
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> queueOp(QSqlDatabase db, const QString &entity, const QString &key, qint64 baseVersion,
                     const QString &kind, const QJsonObject &changes)
{
    return syncsql::queueOp(db, entity, key, baseVersion, kind, changes);
}

} // namespace cet::noticesql
