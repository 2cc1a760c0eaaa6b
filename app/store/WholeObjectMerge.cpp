#include "WholeObjectMerge.h"

#include "NoticeSql.h"
#include "StoreSql.h"
#include "SyncSql.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace cet {

using namespace noticesql;
using syncsql::queryError;

namespace {

// The new values of an op's changes ({field: [old, new]}: side 1), or the old ones (side 0).
QJsonObject sideOf(const QJsonObject &changes, int side)
{
    QJsonObject o;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        o.insert(it.key(), it.value().toArray().at(side));
    return o;
}

} // namespace

WholeObjectMerge::WholeObjectMerge(QSqlDatabase db, QString entity, const WholeObjectTable &table)
    : m_db(std::move(db)), m_entity(std::move(entity)), m_table(table)
{
}

std::optional<QJsonObject> WholeObjectMerge::recordOf(const QJsonObject &data) const
{
    return data.isEmpty() ? std::nullopt : std::optional<QJsonObject>(m_table.fields(data));
}

QJsonObject WholeObjectMerge::changesOf(const std::optional<QJsonObject> &before, const QJsonObject &after)
{
    QJsonObject changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        changes.insert(it.key(), QJsonArray{ before ? before->value(it.key()) : QJsonValue(), it.value() });
    return changes;
}

Result<bool> WholeObjectMerge::applyChange(const ServerChange &c)
{
    auto base = readBase(m_db, m_entity, c.key);
    if (!base)
        return base.error();
    if (base.value() && base.value()->version >= c.version)
        return false; // an echo of our own op, or a version already known
    return follow(c.key, c.version, c.deleted ? QJsonObject() : c.data);
}

Result<qint64> WholeObjectMerge::applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results)
{
    qint64 conflicts = 0;
    for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
        const OutboxOp &op = ops.at(i);
        if (op.entity != m_entity)
            continue;
        const OutboxOpResult &res = results.at(i);
        if (res.status == u"applied") {
            if (auto r = applied(op, res); !r)
                return r.error();
        } else if (res.status == u"conflict") {
            if (auto r = conflicted(op, res); !r)
                return r.error();
            ++conflicts;
        } else if (auto r = rejected(op); !r) {
            return r.error();
        }
    }
    return conflicts;
}

// The server holds `data` ({}: deleted) at `version`: the base copy follows, and the local
// record too unless it has pending ops or an open conflict.
Result<bool> WholeObjectMerge::follow(const QString &key, qint64 version, const QJsonObject &data)
{
    if (auto r = putBase(m_db, m_entity, key, version, data); !r)
        return r.error();
    auto prot = isProtected(m_db, m_entity, key);
    if (!prot)
        return prot.error();
    if (!prot.value()) {
        if (auto r = m_table.write(m_db, key, recordOf(data), version); !r)
            return r.error();
    }
    return true;
}

Result<void> WholeObjectMerge::applied(const OutboxOp &op, const OutboxOpResult &res)
{
    const QJsonObject changes = syncsql::parseObject(op.changes);
    QJsonObject record = res.record;
    if (record.isEmpty() && op.kind == u"upsert")
        record = sideOf(changes, 1);
    if (res.version <= 0) { // a delete of what the server never had
        if (auto r = removeBase(m_db, m_entity, op.key); !r)
            return r;
    } else if (auto r = follow(op.key, res.version, record); !r) {
        return r.error();
    }
    // The record's later ops were made from the version this op started from; none of them
    // was sent yet (the engine waits for this answer to be stored), so they start from the
    // server's new version.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ? AND entity_key = ? AND seq > ?"
                             " AND state IN %1").arg(QLatin1String(syncsql::kPendingStates)));
    q.addBindValue(res.version > 0 && !record.isEmpty() ? res.version : 0);
    q.addBindValue(m_entity);
    q.addBindValue(op.key);
    q.addBindValue(op.seq);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.outbox_failed"));
    return {};
}

Result<void> WholeObjectMerge::conflicted(const OutboxOp &op, const OutboxOpResult &res)
{
    // Mine is what this desktop shows now: later edits of the record are part of it.
    auto local = m_table.read(m_db, op.key);
    if (!local)
        return local.error();
    const QJsonObject changes = syncsql::parseObject(op.changes);
    const QJsonObject old = sideOf(changes, 0);
    const bool hadBase = std::any_of(old.constBegin(), old.constEnd(), [](const QJsonValue &v) { return !v.isNull(); });
    QString changedBy, changedAt;
    if (!res.conflicts.isEmpty()) {
        const QJsonObject first = res.conflicts.first().toObject();
        changedBy = first.value(QStringLiteral("changed_by")).toString();
        changedAt = first.value(QStringLiteral("changed_at")).toString();
    }
    const QString now = sql::nowText();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?, resolution = 'superseded'"
                             " WHERE entity = ? AND entity_key = ? AND resolved_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(m_entity);
    q.addBindValue(op.key);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    q.prepare(QStringLiteral("INSERT INTO sync_conflicts (entity, entity_key, field, mine_json, base_json,"
                             " theirs_json, changed_by, changed_at, op_id, created_at)"
                             " VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_entity);
    q.addBindValue(op.key);
    q.addBindValue(syncsql::compactValue(local.value() ? QJsonValue(*local.value()) : QJsonValue()));
    q.addBindValue(syncsql::compactValue(hadBase ? QJsonValue(old) : QJsonValue()));
    q.addBindValue(syncsql::compactValue(res.record.isEmpty() ? QJsonValue() : QJsonValue(res.record)));
    q.addBindValue(sql::text(changedBy));
    q.addBindValue(changedAt.isEmpty() ? QVariant() : QVariant(changedAt));
    q.addBindValue(op.opId);
    q.addBindValue(now);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    // The record's later ops are part of mine now; resolving the conflict makes the op.
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'conflict', acked_at = ?, last_error = ?"
                             " WHERE entity = ? AND entity_key = ? AND seq > ? AND state IN %1")
                  .arg(QLatin1String(syncsql::kPendingStates)));
    q.addBindValue(now);
    q.addBindValue(QStringLiteral("sync.merged_into_conflict: %1").arg(op.opId));
    q.addBindValue(m_entity);
    q.addBindValue(op.key);
    q.addBindValue(op.seq);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.outbox_failed"));
    if (res.version > 0) {
        if (auto r = putBase(m_db, m_entity, op.key, res.version, res.record); !r)
            return r;
    }
    return {};
}

// A refusal is final: unless more is pending, the record goes back to the server's copy.
Result<void> WholeObjectMerge::rejected(const OutboxOp &op)
{
    auto prot = isProtected(m_db, m_entity, op.key);
    if (!prot)
        return prot.error();
    if (prot.value())
        return {};
    auto base = readBase(m_db, m_entity, op.key);
    if (!base)
        return base.error();
    if (!base.value())
        return m_table.write(m_db, op.key, std::nullopt, 0);
    return m_table.write(m_db, op.key, recordOf(base.value()->data), base.value()->version);
}

Result<void> WholeObjectMerge::resolve(const StoredConflict &c, ConflictChoice choice)
{
    // The server's latest copy (a pull may have brought a newer one than the conflict's).
    auto base = readBase(m_db, m_entity, c.key);
    if (!base)
        return base.error();
    const std::optional<BaseCopy> &b = base.value();
    const std::optional<QJsonObject> theirs = b ? recordOf(b->data) : std::nullopt;
    if (choice == ConflictChoice::Theirs)
        return m_table.write(m_db, c.key, theirs, b ? b->version : 0);
    const std::optional<QJsonObject> mine = c.mine.isObject() ? recordOf(c.mine.toObject()) : std::nullopt;
    const qint64 baseVersion = b && !b->tombstone() ? b->version : 0;
    if (mine) {
        const bool same = theirs && *theirs == *mine;
        if (auto r = m_table.write(m_db, c.key, mine, same ? b->version : -1); !r)
            return r;
        if (same)
            return {};
        return queueOp(m_db, m_entity, c.key, baseVersion, QStringLiteral("upsert"), changesOf(theirs, *mine));
    }
    if (auto r = m_table.write(m_db, c.key, std::nullopt, 0); !r)
        return r;
    if (!theirs)
        return {}; // deleted on both sides
    return queueOp(m_db, m_entity, c.key, baseVersion, QStringLiteral("delete"), {});
}

} // namespace cet
