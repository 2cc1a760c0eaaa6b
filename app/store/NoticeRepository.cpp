#include "NoticeRepository.h"

#include "NoticeSql.h"
#include "WholeObjectMerge.h"
#include "StoreSql.h"
#include "SyncSql.h"

#include <QSqlQuery>

namespace cet {

using namespace noticesql;
using syncsql::queryError;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT n.code, n.title, n.body, n.shown_from, n.server_version, n.updated_at,"
    " EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'notice' AND o.entity_key = n.code"
    "  AND o.state IN ('queued', 'sent', 'failed')),"
    " EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.entity = 'notice' AND c.entity_key = n.code"
    "  AND c.resolved_at IS NULL)"
    " FROM notices n");

Notice readNotice(const QSqlQuery &q)
{
    Notice n;
    n.code = q.value(0).toString();
    n.text = { q.value(1).toString(), q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate) };
    n.serverVersion = q.value(4).toLongLong();
    n.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    n.pending = q.value(6).toBool();
    n.conflict = q.value(7).toBool();
    return n;
}

} // namespace

NoticeRepository::NoticeRepository(Database &db) : m_db(db) { }

Result<QList<Notice>> NoticeRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY n.code")))
        return queryError(q);
    QList<Notice> out;
    while (q.next())
        out << readNotice(q);
    return out;
}

Result<std::optional<Notice>> NoticeRepository::find(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE n.code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<Notice>();
    return std::optional<Notice>(readNotice(q));
}

Result<bool> NoticeRepository::save(const QString &code, const NoticeText &text)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto before = readLocal(db, code);
    if (!before)
        return before.error();
    if (before.value() && *before.value() == text)
        return false;
    auto baseVersion = opBaseVersion(db, kEntity, code);
    if (!baseVersion)
        return baseVersion.error();
    if (auto r = writeLocal(db, code, text, -1); !r)
        return r.error();
    const std::optional<QJsonObject> old = before.value() ? std::optional(before.value()->toJson()) : std::nullopt;
    if (auto r = queueOp(db, kEntity, code, baseVersion.value(), QStringLiteral("upsert"),
                         WholeObjectMerge::changesOf(old, text.toJson()));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<bool> NoticeRepository::remove(const QString &code)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto before = readLocal(db, code);
    if (!before)
        return before.error();
    if (!before.value())
        return false;
    auto baseVersion = opBaseVersion(db, kEntity, code);
    if (!baseVersion)
        return baseVersion.error();
    if (auto r = writeLocal(db, code, std::nullopt, 0); !r)
        return r.error();
    if (auto r = queueOp(db, kEntity, code, baseVersion.value(), QStringLiteral("delete"), {}); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return true;
}

Result<std::optional<NoticeConflict>> NoticeRepository::conflict(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, mine_json, theirs_json, changed_by, changed_at FROM sync_conflicts"
                             " WHERE entity = 'notice' AND entity_key = ? AND resolved_at IS NULL"
                             " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<NoticeConflict>();
    NoticeConflict c;
    c.id = q.value(0).toLongLong();
    c.code = code;
    const QJsonValue mine = syncsql::parseValue(q.value(1).toString());
    const QJsonValue theirs = syncsql::parseValue(q.value(2).toString());
    if (mine.isObject())
        c.mine = NoticeText::fromJson(mine.toObject());
    if (theirs.isObject())
        c.theirs = NoticeText::fromJson(theirs.toObject());
    c.changedBy = q.value(3).toString();
    c.changedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    if (!c.changedAt.isValid())
        c.changedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    return std::optional<NoticeConflict>(c);
}

Result<QStringList> NoticeRepository::rosterCampusCodes() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT campus_code FROM students WHERE deleted_at IS NULL"
                               " AND campus_code <> '' ORDER BY campus_code")))
        return queryError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace cet
