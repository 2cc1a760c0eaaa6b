#include "StudentSyncHandler.h"

#include "OpChanges.h"
#include "OutboxRepository.h"
#include "StoreSql.h"
#include "StudentFields.h"
#include "StudentHash.h"
#include "StudentSql.h"
#include "SyncImportExpansion.h"
#include "SyncMerger.h"
#include "SyncSql.h"
#include "SyncStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cet {

using syncsql::queryError;

namespace {

// protocol::OpResult::record: an applied upsert with base version 0 whose result
// carries no record created the record exactly as the op proposed it.
bool createdAsProposed(const OutboxOp &op, const OutboxOpResult &res)
{
    return res.status == u"applied" && op.kind == u"upsert" && op.baseVersion == 0;
}

class StudentBatch final : public SyncEntityBatch
{
public:
    explicit StudentBatch(QSqlDatabase db) : m_db(db), m_merger(db) { }
    Result<void> prepare() { return m_merger.prepare(); }

    Result<bool> applyChange(const ServerChange &c) override
    {
        return m_merger.merge(c.key, c.version, c.deleted, c.data, c.record ? &*c.record : nullptr,
                              c.dataJson.isEmpty() ? nullptr : &c.dataJson);
    }

    Result<qint64> applyResults(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results,
                                const ProposedRecords *proposedRecords) override
    {
        auto conflicts = storeConflicts(ops, results);
        if (!conflicts)
            return conflicts.error();
        // The server's copy of each record after the op: merged like a pulled change (the op
        // itself is no longer pending; conflict fields stay local until the user picks). Most
        // answers confirm what the local row already holds (Merger::confirm); the rest are merged.
        for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
            const OutboxOp &op = ops.at(i);
            if (op.entity != protocol::kStudentEntity)
                continue;
            const OutboxOpResult &res = results.at(i);
            if (res.status == u"rejected") {
                // Refused for a record the server has deleted meanwhile: the record follows the
                // server (the refusal stays in the outbox for the user).
                if (auto r = m_merger.settleRejected(op.key); !r)
                    return r.error();
                continue;
            }
            if (res.version <= 0)
                continue;
            QJsonObject record = res.record;
            std::optional<ProposedRecord> computed;
            const std::optional<ProposedRecord> *proposed = nullptr;
            if (record.isEmpty() && createdAsProposed(op, res)) {
                if (proposedRecords && size_t(i) < proposedRecords->size()) {
                    proposed = &proposedRecords->at(size_t(i));
                } else {
                    computed = syncsql::proposal(op);
                    proposed = &computed;
                }
                if (!proposed->has_value())
                    proposed = nullptr;
            }
            const bool deleted = op.kind == u"delete" && record.isEmpty();
            if (record.isEmpty() && !deleted && !proposed)
                continue;
            if (!deleted) {
                auto confirmed = proposed ? m_merger.confirm(op.key, res.version, (*proposed)->record, (*proposed)->json)
                                          : m_merger.confirm(op.key, res.version, record);
                if (!confirmed)
                    return confirmed.error();
                if (confirmed.value())
                    continue;
                if (proposed)
                    record = syncsql::recordJson((*proposed)->record);
            }
            auto m = m_merger.merge(op.key, res.version, deleted, record);
            if (!m)
                return m.error();
        }
        return conflicts;
    }

private:
    // One conflict row per field; an open conflict of the same field is superseded.
    Result<qint64> storeConflicts(const QList<OutboxOp> &ops, const QList<OutboxOpResult> &results)
    {
        qint64 stored = 0;
        QSqlQuery conflict(m_db), supersede(m_db);
        bool prepared = false;
        const QString now = sql::nowText();
        for (qsizetype i = 0; i < ops.size() && i < results.size(); ++i) {
            const OutboxOp &op = ops.at(i);
            if (results.at(i).conflicts.isEmpty() || op.entity != protocol::kStudentEntity)
                continue;
            if (!prepared) {
                prepared = true;
                if (!supersede.prepare(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?,"
                                                      " resolution = 'superseded' WHERE entity = 'student'"
                                                      " AND entity_key = ? AND field = ? AND resolved_at IS NULL"))
                    || !conflict.prepare(QStringLiteral("INSERT INTO sync_conflicts (entity, entity_key, field,"
                                                        " mine_json, base_json, theirs_json, changed_by, changed_at,"
                                                        " op_id, created_at) VALUES ('student', ?, ?, ?, ?, ?, ?, ?,"
                                                        " ?, ?)")))
                    return sql::error(QStringLiteral("store.query_failed"), m_db.lastError());
            }
            for (const QJsonValue &v : results.at(i).conflicts) {
                const QJsonObject c = v.toObject();
                const QString field = c.value(QStringLiteral("field")).toString();
                supersede.addBindValue(now);
                supersede.addBindValue(op.key);
                supersede.addBindValue(field);
                if (!supersede.exec())
                    return queryError(supersede, QStringLiteral("store.update_failed"));
                conflict.addBindValue(op.key);
                conflict.addBindValue(field);
                conflict.addBindValue(syncsql::compactValue(c.value(QStringLiteral("mine"))));
                conflict.addBindValue(syncsql::compactValue(c.value(QStringLiteral("base"))));
                conflict.addBindValue(syncsql::compactValue(c.value(QStringLiteral("theirs"))));
                conflict.addBindValue(c.value(QStringLiteral("changed_by")).toString());
                conflict.addBindValue(c.value(QStringLiteral("changed_at")).toString());
                conflict.addBindValue(op.opId);
                conflict.addBindValue(now);
                if (!conflict.exec())
                    return queryError(conflict, QStringLiteral("store.update_failed"));
                ++stored;
            }
        }
        return stored;
    }

    QSqlDatabase m_db;
    syncsql::Merger m_merger;
};

} // namespace

QString StudentSyncHandler::entity() const
{
    return protocol::kStudentEntity;
}

QStringList StudentSyncHandler::outboxEntities() const
{
    return { protocol::kStudentEntity, QStringLiteral("student_import") };
}

Result<void> StudentSyncHandler::beforePull(QSqlDatabase db) const
{
    // Imports the engine has not pushed yet become per-record ops first, so that their records
    // count as locally changed.
    auto r = syncsql::expandImports(db);
    if (!r)
        return r.error();
    return {};
}

Result<std::unique_ptr<SyncEntityBatch>> StudentSyncHandler::batch(QSqlDatabase db) const
{
    auto b = std::make_unique<StudentBatch>(db);
    if (auto r = b->prepare(); !r)
        return r.error();
    return std::unique_ptr<SyncEntityBatch>(std::move(b));
}

void StudentSyncHandler::describe(QSqlDatabase db, SyncConflict &c) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT s.name FROM students s WHERE s.id_type || ':' || s.id_number = ?),"
                             " (SELECT b.data_json = '{}' FROM student_base b WHERE b.entity_key = ?)"));
    q.addBindValue(c.entityKey);
    q.addBindValue(c.entityKey);
    if (!q.exec() || !q.next())
        return;
    c.recordLabel = q.value(0).toString();
    c.recordDeleted = q.value(1).toBool();
    if (c.recordDeleted) {
        c.recordLabel = c.recordLabel.isEmpty()
            ? QCoreApplication::translate("cet::SyncStore", "deleted on the server")
            : QCoreApplication::translate("cet::SyncStore", "%1, deleted on the server").arg(c.recordLabel);
    }
}

Result<void> StudentSyncHandler::resolveConflict(QSqlDatabase db, const StoredConflict &c, ConflictChoice choice) const
{
    const auto f = syncsql::fieldOfColumn(c.field);
    IdType type;
    QString number;
    if (!f || !syncsql::parseKey(c.key, type, number))
        return Error{ QStringLiteral("sync.conflict_bad"),
                      QCoreApplication::translate("cet::SyncStore", "This conflict can not be resolved here."),
                      c.key + u' ' + c.field };
    const QString now = sql::nowText();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, deleted_at FROM students WHERE id_type = ? AND id_number = ?")
                  .arg(studentsql::selectColumns()));
    q.addBindValue(int(type));
    q.addBindValue(number);
    if (!q.exec())
        return queryError(q);
    std::optional<StudentRecord> local;
    bool localDeleted = false;
    if (q.next()) {
        local = studentsql::readRecord(q);
        localDeleted = !q.value(19).isNull();
    }
    q.finish();
    // Theirs on a record deleted meanwhile: nothing to set, the record stays deleted.
    if (localDeleted && choice == ConflictChoice::Theirs)
        local.reset();

    // The conflicting field of the local record set to `value`; `undelete` also brings back a
    // record the server deleted meanwhile.
    const auto setLocalField = [&](const QJsonValue &value, bool undelete) -> Result<void> {
        StudentRecord r = *local;
        syncsql::setFromJson(r, QJsonObject{ { c.field, value } });
        q.prepare(QStringLiteral("UPDATE students SET %1 = ?, row_version = row_version + 1, updated_at = ?,"
                                 " content_hash = ?%2 WHERE id = ?")
                      .arg(c.field, undelete ? QStringLiteral(", deleted_at = NULL") : QString()));
        q.addBindValue(studentsql::value(r, *f));
        q.addBindValue(now);
        q.addBindValue(qint64(studentContentHash(r)));
        q.addBindValue(r.id);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.update_failed"));
        return {};
    };

    if (choice == ConflictChoice::Mine) {
        q.prepare(QStringLiteral("SELECT server_version FROM student_base WHERE entity_key = ?"));
        q.addBindValue(c.key);
        if (!q.exec())
            return queryError(q);
        const qint64 baseVersion = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        QJsonObject changes{ { c.field, QJsonArray{ c.theirs, c.mine } } };
        q.prepare(QStringLiteral("INSERT INTO outbox (op_id, entity, entity_key, base_version, changes, state, created_at,"
                                 " kind) VALUES (?, 'student', ?, ?, ?, 'queued', ?, 'upsert')"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(c.key);
        q.addBindValue(baseVersion);
        q.addBindValue(syncsql::compact(changes));
        q.addBindValue(now);
        if (!q.exec())
            return queryError(q, QStringLiteral("store.outbox_failed"));
        // The local record shows mine (it may have taken another value meanwhile); a record the
        // server deleted meanwhile comes back (the op brings it back on the server too).
        if (local && (localDeleted || syncsql::fieldJson(*local, *f) != c.mine))
            return setLocalField(c.mine, true);
    } else if (local) {
        return setLocalField(c.theirs, false);
    }
    return {};
}

Result<LocalDigest> StudentSyncHandler::digest(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id_type || ':' || id_number, server_version FROM students"
                               " WHERE deleted_at IS NULL AND server_version > 0")))
        return queryError(q);
    return syncsql::digestOf(q);
}

namespace syncsql {

namespace {

// The record an op proposes: its new values, the identity its key's (none for a malformed key).
std::optional<StudentRecord> proposedRecord(const OutboxOp &op)
{
    IdType type;
    QString number;
    if (!parseKey(op.key, type, number))
        return std::nullopt;
    StudentRecord r;
    if (!readNewValues(op.changes, r)) { // not the plain shape: read in full
        r = StudentRecord{};
        const QJsonObject changes = parseObject(op.changes);
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (const auto f = fieldOfColumn(it.key()))
                setField(r, *f, it.value().toArray().at(1));
        }
    }
    r.idType = type;
    r.idNumber = number;
    return r;
}

} // namespace

std::optional<ProposedRecord> proposal(const OutboxOp &op)
{
    if (op.kind != u"upsert" || op.baseVersion != 0 || op.entity != protocol::kStudentEntity)
        return std::nullopt;
    auto r = proposedRecord(op);
    if (!r)
        return std::nullopt;
    QByteArray json = recordJsonUtf8(*r);
    return ProposedRecord{ std::move(*r), std::move(json) };
}

} // namespace syncsql

} // namespace cet
