#include "NoticeSyncHandler.h"

#include "NoticeSql.h"
#include "OutboxRepository.h"
#include "StoreSql.h"
#include "SyncSql.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace cet {

using namespace noticesql;
using syncsql::queryError;

namespace {

std::optional<NoticeText> textOf(const QJsonObject &data)
{
    return data.isEmpty() ? std::nullopt : std::optional<NoticeText>(NoticeText::fromJson(data));
}

// The new values of a notice op's changes ({field: [old, new]}), and the old ones.
QJsonObject sideOf(const QJsonObject &changes, int side)
{
    QJsonObject o;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        o.insert(it.key(), it.value().toArray().at(side));
    return o;
}

class NoticeBatch final : public SyncEntityBatch
{
public:
    explicit NoticeBatch(QSqlDatabase db) : m_db(db) { }

    Result<bool> applyChange(const ServerChange &c) override
    {
        auto base = readBase(m_db, kEntity, c.key);
        if (!base)
            return base.error();
        if (base.value() && base.value()->version >= c.version)
            return false; // an echo of our own op, or a version already known
        const QJsonObject data = c.deleted ? QJsonObject() : c.data;
        return follow(c.key, c.version, data);
    }

    Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results,
                                const ProposedRecords *) override
    {
        qint64 conflicts = 0;
        for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
            const OutboxOp &op = ops.at(i);
            if (op.entity != kEntity)
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

private:
    // The server holds `data` ({}: deleted) at `version`: the base copy follows, and the local
    // notice too unless it has pending ops or an open conflict.
    Result<bool> follow(const QString &key, qint64 version, const QJsonObject &data)
    {
        if (auto r = putBase(m_db, kEntity, key, version, data); !r)
            return r.error();
        auto prot = isProtected(m_db, kEntity, key);
        if (!prot)
            return prot.error();
        if (!prot.value()) {
            if (auto r = writeLocal(m_db, key, textOf(data), version); !r)
                return r.error();
        }
        return true;
    }

    Result<void> applied(const OutboxOp &op, const OutboxOpResult &res)
    {
        const QJsonObject changes = syncsql::parseObject(op.changes);
        QJsonObject record = res.record;
        if (record.isEmpty() && op.kind == u"upsert")
            record = sideOf(changes, 1);
        if (res.version <= 0) { // a delete of what the server never had
            if (auto r = removeBase(m_db, kEntity, op.key); !r)
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
        q.addBindValue(kEntity);
        q.addBindValue(op.key);
        q.addBindValue(op.seq);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.outbox_failed"));
        return {};
    }

    Result<void> conflicted(const OutboxOp &op, const OutboxOpResult &res)
    {
        // Mine is what this desktop shows now: later edits of the notice are part of it.
        auto local = readLocal(m_db, op.key);
        if (!local)
            return local.error();
        const QJsonObject changes = syncsql::parseObject(op.changes);
        const QJsonObject old = sideOf(changes, 0);
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
        q.addBindValue(kEntity);
        q.addBindValue(op.key);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.update_failed"));
        q.prepare(QStringLiteral("INSERT INTO sync_conflicts (entity, entity_key, field, mine_json, base_json,"
                                 " theirs_json, changed_by, changed_at, op_id, created_at)"
                                 " VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(kEntity);
        q.addBindValue(op.key);
        q.addBindValue(syncsql::compactValue(local.value() ? QJsonValue(local.value()->toJson()) : QJsonValue()));
        q.addBindValue(syncsql::compactValue(old.value(QStringLiteral("title")).isNull() ? QJsonValue() : QJsonValue(old)));
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
        q.addBindValue(kEntity);
        q.addBindValue(op.key);
        q.addBindValue(op.seq);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.outbox_failed"));
        if (res.version > 0) {
            if (auto r = putBase(m_db, kEntity, op.key, res.version, res.record); !r)
                return r;
        }
        return {};
    }

    // A refusal is final: unless more is pending, the notice goes back to the server's copy.
    Result<void> rejected(const OutboxOp &op)
    {
        auto prot = isProtected(m_db, kEntity, op.key);
        if (!prot)
            return prot.error();
        if (prot.value())
            return {};
        auto base = readBase(m_db, kEntity, op.key);
        if (!base)
            return base.error();
        if (!base.value())
            return writeLocal(m_db, op.key, std::nullopt, 0);
        return writeLocal(m_db, op.key, textOf(base.value()->data), base.value()->version);
    }

    QSqlDatabase m_db;
};

} // namespace

QString NoticeSyncHandler::entity() const
{
    return kEntity;
}

Result<std::unique_ptr<SyncEntityBatch>> NoticeSyncHandler::batch(QSqlDatabase db) const
{
    return std::unique_ptr<SyncEntityBatch>(std::make_unique<NoticeBatch>(db));
}

Result<void> NoticeSyncHandler::resolveConflict(QSqlDatabase db, const StoredConflict &c, ConflictChoice choice) const
{
    // The server's latest copy (a pull may have brought a newer one than the conflict's).
    auto base = readBase(db, kEntity, c.key);
    if (!base)
        return base.error();
    const std::optional<BaseCopy> &b = base.value();
    const std::optional<NoticeText> theirs = b ? textOf(b->data) : std::nullopt;
    if (choice == ConflictChoice::Theirs)
        return writeLocal(db, c.key, theirs, b ? b->version : 0);
    const std::optional<NoticeText> mine = c.mine.isObject() ? textOf(c.mine.toObject()) : std::nullopt;
    const qint64 baseVersion = b && !b->tombstone() ? b->version : 0;
    if (mine) {
        const bool same = theirs && *theirs == *mine;
        if (auto r = writeLocal(db, c.key, mine, same ? b->version : -1); !r)
            return r;
        if (same)
            return {};
        return queueOp(db, c.key, baseVersion, QStringLiteral("upsert"), changesOf(theirs, *mine));
    }
    if (auto r = writeLocal(db, c.key, std::nullopt, 0); !r)
        return r;
    if (!theirs)
        return {}; // deleted on both sides
    return queueOp(db, c.key, baseVersion, QStringLiteral("delete"), {});
}

void NoticeSyncHandler::describe(QSqlDatabase db, SyncConflict &c) const
{
    Q_UNUSED(db);
    c.recordLabel = QCoreApplication::translate("cet::NoticeSyncHandler", "Notice %1").arg(c.entityKey);
    c.recordDeleted = c.theirs.isNull();
}

Result<LocalDigest> NoticeSyncHandler::digest(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // From the base copies: what this desktop knows the server holds, so the digests agree once
    // caught up even while an edit here is pending or in conflict.
    if (!q.exec(QStringLiteral("SELECT entity_key, server_version FROM sync_base WHERE entity = 'notice'"
                               " AND data_json <> '{}'")))
        return queryError(q);
    return syncsql::digestOf(q);
}

} // namespace cet
