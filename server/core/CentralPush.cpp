#include "Audit.h"
#include "JsonWriter.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "PgArrays.h"
#include "StudentMerge.h"
#include "StudentTable.h"

#include <QJsonDocument>

#include <algorithm>
#include <optional>
#include <vector>

namespace cet::central {

namespace {

using protocol::OpResult;

constexpr int kChunk = 50; // rows per multi-row statement

// State of one push transaction: the school's counter is locked; seqs are handed out in order.
struct PushContext
{
    CentralStore &store;
    const Session &session;
    QString school;
    QDateTime now;
    QDate today;
    bool sealed = false;
    qint64 seq = 0;                        // last seq handed out
    QHash<QString, StoredStudent> rows;    // the request's records as they stand, by key (rowId 0: pending insert)
    QList<StudentWrite> pendingInserts;    // new rows, written in multi-row statements
    QList<QPair<qint64, StudentWrite>> pendingUpdates; // (row id, write), written after every op
    AuditBuffer audit;
};

// What an upsert with base version 0 makes when no row has its key (a fresh create), worked out
// before the push takes the school's lock: then the next push's merging overlaps the database
// work of the one holding the lock. Used only when the op finds no row.
struct CreatePlan
{
    MergeOutcome outcome;
    QString afterJson;  // the audit's "after"
    bool proposedAsIs = false; // contract A: the record is what the op proposed
};

OpResult rejected(const QString &opId, const QString &code, const QString &message)
{
    OpResult r;
    r.opId = opId;
    r.status = OpResult::Status::Rejected;
    r.code = code;
    r.message = message;
    return r;
}

Result<bool> isSealed(CentralStore &store, const QDateTime &now)
{
    // Prepared once per connection (a push runs it every time).
    auto q = store.execPrepared(QStringLiteral("SELECT seals_at FROM exam_sessions WHERE opens_at <= ? "
                                               "ORDER BY opens_at DESC, id DESC LIMIT 1"),
                                { toMs(now) });
    if (!q)
        return q.error();
    QSqlQuery &r = *q.value();
    const QVariant sealsAt = r.next() ? r.value(0) : QVariant();
    r.finish();
    return !sealsAt.isNull() && toMs(now) >= sealsAt.toLongLong();
}

QString recordJson(const StudentRecord &r)
{
    protocol::JsonWriter w(400);
    protocol::writeStudentJson(w, r);
    return QString::fromUtf8(w.bytes());
}

void audit(PushContext &c, const QString &action, const QString &key, const std::optional<StoredStudent> &before,
           const std::optional<StudentRecord> &after, const QString &opId, const QString *afterJson = nullptr)
{
    AuditEntry e;
    e.at = c.now;
    e.actor = c.session.staff.name;
    e.role = c.session.staff.role;
    e.action = action;
    e.entity = protocol::kStudentEntity;
    e.entityKey = key;
    e.school = c.school;
    if (before && !before->deleted)
        e.before = recordJson(before->record);
    if (after)
        e.after = afterJson ? *afterJson : recordJson(*after);
    e.reason = QStringLiteral("op ") + opId;
    c.audit.add(std::move(e));
}

StudentWrite makeWrite(PushContext &c, const StudentRecord &record, qint64 version, const QString &opId)
{
    StudentWrite w;
    w.school = c.school;
    w.record = record;
    w.version = version;
    w.seq = ++c.seq;
    w.changedBy = c.session.staff.name;
    w.changedAt = c.now;
    w.originOpId = opId;
    return w;
}

// Writes the pending inserts and, when later ops of the request may touch them (learnIds), learns
// their row ids.
Result<void> flushInserts(PushContext &c, bool learnIds = true)
{
    if (c.pendingInserts.isEmpty())
        return {};
    if (auto r = studenttable::insertMany(c.store, c.pendingInserts); !r)
        return r;
    if (!learnIds) {
        c.pendingInserts.clear();
        return {};
    }
    QList<protocol::StudentKey> keys;
    for (const StudentWrite &w : c.pendingInserts)
        keys << protocol::StudentKey{ w.record.idType, w.record.idNumber };
    c.pendingInserts.clear();
    auto rows = studenttable::findMany(c.store, c.school, keys);
    if (!rows)
        return rows.error();
    for (auto it = rows.value().constBegin(); it != rows.value().constEnd(); ++it)
        c.rows.insert(it.key(), it.value());
    return {};
}

// Writes w over the row (or queues its insert) and keeps c.rows current.
Result<void> writeRow(PushContext &c, const QString &key, const std::optional<StoredStudent> &row, const StudentWrite &w)
{
    StoredStudent after;
    if (row) {
        // Nothing reads the row back before the push ends (c.rows has it), and no update changes a
        // row's key (StudentMerge): written with the others, the last write of a row counts.
        c.pendingUpdates.append({ row->rowId, w });
        after.rowId = row->rowId;
    } else {
        c.pendingInserts.append(w);
        after.rowId = 0;
    }
    after.record = w.record;
    after.version = w.version;
    after.seq = w.seq;
    after.deleted = w.deletedAt.has_value();
    after.changedBy = w.changedBy;
    after.changedAt = w.changedAt;
    after.originOpId = w.originOpId;
    c.rows.insert(key, after);
    return {};
}

Result<OpResult> applyDelete(PushContext &c, const protocol::Op &op, const std::optional<StoredStudent> &row)
{
    OpResult r;
    r.opId = op.opId;
    if (!row || row->deleted) { // nothing to delete: applied, no change
        r.version = row ? row->version : 0;
        return r;
    }
    StudentWrite w = makeWrite(c, row->record, row->version + 1, op.opId);
    w.deletedAt = c.now;
    if (auto u = writeRow(c, op.key, row, w); !u)
        return u.error();
    audit(c, QStringLiteral("student.delete"), op.key, row, std::nullopt, op.opId);
    r.version = w.version;
    r.seq = w.seq;
    return r;
}

CreatePlan planCreate(const protocol::Op &op, const protocol::StudentKey &key, const QString &school,
                      const QDate &today)
{
    CreatePlan p;
    p.outcome = mergeStudentUpsert(std::nullopt, op, key, school, today, std::nullopt);
    if (!p.outcome.rejection) {
        p.afterJson = recordJson(p.outcome.record);
        p.proposedAsIs = p.outcome.created && p.outcome.record.sameContent(proposedStudent(op, key));
    }
    return p;
}

Result<OpResult> applyUpsert(PushContext &c, const protocol::Op &op, const protocol::StudentKey &key,
                             const std::optional<StoredStudent> &row, const CreatePlan *plan)
{
    const bool live = row && !row->deleted;
    if (row)
        plan = nullptr; // planned for a key without a row
    const MergeOutcome m = plan ? plan->outcome
                                : mergeStudentUpsert(live ? std::optional<StudentRecord>(row->record) : std::nullopt,
                                                     op, key, c.school, c.today,
                                                     row && row->deleted ? std::optional<StudentRecord>(row->record)
                                                                         : std::nullopt);
    if (m.rejection)
        return rejected(op.opId, m.rejection->code, m.rejection->message);
    OpResult r;
    r.opId = op.opId;
    r.version = row ? row->version : 0;
    if (m.changed) {
        const StudentWrite w = makeWrite(c, m.record, (row ? row->version : 0) + 1, op.opId);
        if (auto u = writeRow(c, op.key, row, w); !u)
            return u.error();
        audit(c, live ? QStringLiteral("student.update") : QStringLiteral("student.create"), op.key, row, m.record,
              op.opId, plan ? &plan->afterJson : nullptr);
        r.version = w.version;
        r.seq = w.seq;
    }
    r.conflicts = m.conflicts;
    for (protocol::FieldConflict &conflict : r.conflicts) {
        conflict.changedBy = row->changedBy;
        conflict.changedAt = row->changedAt;
    }
    if (!r.conflicts.isEmpty())
        r.status = OpResult::Status::Conflict;
    // Contract A (Wire.h): an applied create of exactly what the op proposed carries no record.
    const bool proposedAsIs = !row && op.baseVersion == 0 && m.created && r.conflicts.isEmpty()
        && (plan ? plan->proposedAsIs : m.record.sameContent(proposedStudent(op, key)));
    if (!proposedAsIs)
        r.record = protocol::studentToJson(m.record);
    return r;
}

Result<OpResult> applyOp(PushContext &c, const protocol::Op &op, const CreatePlan *plan)
{
    if (op.entity != protocol::kStudentEntity)
        return rejected(op.opId, QStringLiteral("entity.unknown"), QStringLiteral("Unknown entity %1.").arg(op.entity));
    if (c.sealed)
        return rejected(op.opId, protocol::codes::schoolSealed,
                        QStringLiteral("The exam session has sealed school %1's data; no more changes.").arg(c.school));
    auto key = protocol::parseStudentKey(op.key);
    if (!key)
        return rejected(op.opId, protocol::codes::badShape, key.error().message);
    auto it = c.rows.constFind(op.key);
    if (it != c.rows.constEnd() && it->rowId == 0) { // created earlier in this request: write it first
        if (auto f = flushInserts(c); !f)
            return f.error();
        it = c.rows.constFind(op.key);
    }
    const std::optional<StoredStudent> row = it == c.rows.constEnd() ? std::nullopt : std::optional(it.value());
    if (op.kind == protocol::Op::Kind::Delete)
        return applyDelete(c, op, row);
    return applyUpsert(c, op, key.value(), row, plan);
}

// Recorded results of the request's op ids.
Result<QHash<QString, OpResult>> storedResults(CentralStore &store, const QString &school, const QStringList &opIds)
{
    static const QString sql = []() -> QString {
        QStringList marks;
        for (int i = 0; i < kChunk; ++i)
            marks << QStringLiteral("?");
        return QStringLiteral("SELECT op_id, result_json FROM op_results WHERE school_code = ? AND op_id IN (%1)")
            .arg(marks.join(QStringLiteral(", ")));
    }();
    // PostgreSQL: one statement, an index probe per op id (OFFSET 0: see studenttable::findMany).
    static const QString pgSql = QStringLiteral("SELECT r.* FROM unnest(?::text[]) AS k(op_id), LATERAL (SELECT op_id, "
                                                "result_json FROM op_results WHERE school_code = ? "
                                                "AND op_id = k.op_id OFFSET 0) AS r");
    QHash<QString, OpResult> found;
    QList<QVariantList> chunks;
    if (store.isPostgres()) {
        QVariantList ids;
        ids.reserve(opIds.size());
        for (const QString &id : opIds)
            ids.append(id);
        chunks.append({ pg::arrayLiteral(ids), school });
    } else {
        for (qsizetype i = 0; i < opIds.size(); i += kChunk) {
            QVariantList binds{ school };
            for (qsizetype j = i; j < i + kChunk; ++j)
                binds << opIds.at(std::min(j, opIds.size() - 1));
            chunks.append(binds);
        }
    }
    for (const QVariantList &binds : chunks) {
        auto q = store.execPrepared(store.isPostgres() ? pgSql : sql, binds);
        if (!q)
            return q.error();
        while (q.value()->next()) {
            const QString opId = q.value()->value(0).toString();
            auto r = OpResult::fromJson(QJsonDocument::fromJson(q.value()->value(1).toString().toUtf8()).object());
            if (!r)
                return CentralStore::dbError(QStringLiteral("stored result of op %1 is unreadable").arg(opId),
                                             r.error().message);
            found.insert(opId, r.value());
        }
    }
    return found;
}

Result<void> storeResults(CentralStore &store, const QString &school, const QDateTime &now,
                          const QList<OpResult> &results)
{
    const QString insert = QStringLiteral("INSERT INTO op_results (school_code, op_id, result_json, created_at) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?)");
    static const QString chunkSql = [&]() -> QString {
        QStringList rows;
        for (int i = 0; i < kChunk; ++i)
            rows << row;
        return insert + rows.join(QStringLiteral(", "));
    }();
    const auto bindsOf = [&](QVariantList &b, const OpResult &r) {
        protocol::JsonWriter w(128);
        r.writeJson(w);
        b << school << r.opId << QString::fromUtf8(w.bytes()) << toMs(now);
    };
    if (store.isPostgres() && !results.isEmpty()) { // one statement, an array per column
        static const QString pgSql = pg::unnestInsert(
            QStringLiteral("op_results"),
            QStringLiteral("school_code op_id result_json created_at").split(QLatin1Char(' ')),
            QStringLiteral("text text text bigint").split(QLatin1Char(' ')));
        pg::ArrayColumns columns(4, results.size());
        for (const OpResult &r : results) {
            QVariantList binds;
            bindsOf(binds, r);
            columns.append(binds);
        }
        return store.execWrite(pgSql, columns.take());
    }
    qsizetype i = 0;
    for (; i + kChunk <= results.size(); i += kChunk) {
        QVariantList binds;
        for (qsizetype j = i; j < i + kChunk; ++j)
            bindsOf(binds, results.at(j));
        if (auto r = store.execWrite(chunkSql, binds); !r)
            return r;
    }
    for (; i < results.size(); ++i) {
        QVariantList binds;
        bindsOf(binds, results.at(i));
        if (auto r = store.execWrite(insert + row, binds); !r)
            return r;
    }
    return {};
}

} // namespace

Result<protocol::PushResponse> CentralService::push(const Session &session, const protocol::PushRequest &request,
                                                    const QString &school)
{
    auto scope = scopeSchool(session, school);
    if (!scope)
        return scope.error();
    if (request.ops.size() > protocol::kMaxOpsPerPush)
        return Error{ protocol::codes::tooLarge, QStringLiteral("more than %1 ops").arg(protocol::kMaxOpsPerPush), {} };
    if (request.ops.isEmpty())
        return Error{ protocol::codes::badShape, QStringLiteral("ops: expected 1..%1 ops").arg(protocol::kMaxOpsPerPush), {} };
    PushContext c{ *m_store, session, scope.value(), now(), {}, false, 0, {}, {}, {}, {} };
    c.today = c.now.date();
    std::vector<std::optional<CreatePlan>> plans(size_t(request.ops.size()));
    for (qsizetype i = 0; i < request.ops.size(); ++i) {
        const protocol::Op &op = request.ops.at(i);
        if (op.entity != protocol::kStudentEntity || op.kind != protocol::Op::Kind::Upsert || op.baseVersion != 0)
            continue;
        if (auto key = protocol::parseStudentKey(op.key))
            plans[size_t(i)] = planCreate(op, key.value(), c.school, c.today);
    }

    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    // First statement of every write transaction: lock the school's counter (held to commit), so
    // that seq order is commit order.
    auto lock = m_store->execPrepared(QStringLiteral("UPDATE sync_scope SET last_seq = last_seq WHERE school_code = ? "
                                                     "RETURNING last_seq, epoch"),
                                      { c.school });
    if (!lock)
        return lock.error();
    if (!lock.value()->next())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(c.school), {} };
    const qint64 firstSeq = lock.value()->value(0).toLongLong();
    const QString epoch = lock.value()->value(1).toString();
    lock.value()->finish();
    if (!request.epoch.isEmpty() && request.epoch != epoch)
        return Error{ protocol::codes::epochChanged,
                      QStringLiteral("The server's data has a new epoch (restored from a backup?); nothing was applied."),
                      epoch };
    c.seq = firstSeq;
    auto sealed = isSealed(*m_store, c.now);
    if (!sealed)
        return sealed.error();
    c.sealed = sealed.value();

    QStringList opIds;
    QList<protocol::StudentKey> keys;
    for (const protocol::Op &op : request.ops) {
        opIds << op.opId;
        if (auto k = protocol::parseStudentKey(op.key))
            keys << k.value();
    }
    auto stored = storedResults(*m_store, c.school, opIds);
    if (!stored)
        return stored.error();
    auto rows = studenttable::findMany(*m_store, c.school, keys);
    if (!rows)
        return rows.error();
    c.rows = std::move(rows).value();

    protocol::PushResponse response;
    response.epoch = epoch;
    QList<OpResult> fresh;
    for (qsizetype i = 0; i < request.ops.size(); ++i) {
        const protocol::Op &op = request.ops.at(i);
        const auto known = stored.value().constFind(op.opId);
        if (known != stored.value().constEnd()) {
            response.results.append(known.value());
            continue;
        }
        const std::optional<CreatePlan> &plan = plans[size_t(i)];
        auto result = applyOp(c, op, plan ? &*plan : nullptr);
        if (!result)
            return result.error();
        stored.value().insert(op.opId, result.value()); // the same op id again in this request
        fresh.append(result.value());
        response.results.append(result.value());
    }
    if (auto r = studenttable::updateMany(*m_store, c.pendingUpdates); !r)
        return r.error();
    if (auto r = flushInserts(c, false); !r) // every op is done: no row ids needed any more
        return r.error();
    if (auto r = storeResults(*m_store, c.school, c.now, fresh); !r)
        return r.error();
    if (auto r = c.audit.flush(*m_store); !r)
        return r.error();
    if (c.seq != firstSeq) {
        if (auto q = m_store->execPrepared(QStringLiteral("UPDATE sync_scope SET last_seq = ? WHERE school_code = ?"),
                                           { c.seq, c.school });
            !q)
            return q.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return response;
}

} // namespace cet::central
