#include "StudentHandler.h"

#include "IdMask.h"
#include "StudentMerge.h"
#include "StudentTable.h"

#include <optional>
#include <vector>

namespace cet::central {

namespace {

using protocol::OpResult;

// What an upsert with base version 0 makes when no row has its key (a fresh create), worked out
// before the push takes the school's lock. Used only when the op finds no row.
struct CreatePlan
{
    MergeOutcome outcome;
    QString afterJson;         // the audit's "after"
    bool proposedAsIs = false; // the record is what the op proposed (the result carries no record)
};

// The audit keeps the record with its ID number masked: enough to recognise it beside the school,
// the name and the op id, without the audit log becoming a second copy of every ID number.
QString auditRecordJson(const StudentRecord &r)
{
    StudentRecord masked = r;
    masked.idNumber = maskIdNumber(r.idType, r.idNumber);
    protocol::JsonWriter w(400);
    protocol::writeStudentJson(w, masked);
    return QString::fromUtf8(w.bytes());
}

QString auditKey(const QString &key)
{
    auto parsed = protocol::parseStudentKey(key);
    if (!parsed)
        return QStringLiteral("?");
    return protocol::studentKey(parsed.value().idType, maskIdNumber(parsed.value().idType, parsed.value().idNumber));
}

CreatePlan planCreate(const protocol::Op &op, const protocol::StudentKey &key, const QString &school,
                      const QDate &today)
{
    CreatePlan p;
    p.outcome = mergeStudentUpsert(std::nullopt, op, key, school, today, std::nullopt);
    if (!p.outcome.rejection) {
        p.afterJson = auditRecordJson(p.outcome.record);
        p.proposedAsIs = p.outcome.created && p.outcome.record.sameContent(proposedStudent(op, key));
    }
    return p;
}

class StudentBatch : public EntityBatch
{
public:
    void plan(const PushScope &scope, const protocol::Op &op, qsizetype index) override
    {
        auto key = protocol::parseStudentKey(op.key);
        if (!key)
            return;
        m_keys << key.value();
        if (op.kind == protocol::Op::Kind::Upsert && op.baseVersion == 0) {
            if (m_plans.size() <= size_t(index))
                m_plans.resize(size_t(index) + 1);
            m_plans[size_t(index)] = planCreate(op, key.value(), scope.school, scope.today);
        }
    }

    Result<void> load(PushScope &scope) override
    {
        auto rows = studenttable::findMany(scope.store, scope.school, m_keys);
        if (!rows)
            return rows.error();
        m_rows = std::move(rows).value();
        return {};
    }

    Result<OpResult> apply(PushScope &c, const protocol::Op &op, qsizetype index) override
    {
        if (c.sealed)
            return rejectedResult(
                op.opId, protocol::codes::schoolSealed,
                QStringLiteral("The exam session has sealed school %1's data; no more changes.").arg(c.school));
        auto key = protocol::parseStudentKey(op.key);
        if (!key)
            return rejectedResult(op.opId, protocol::codes::badShape, key.error().message);
        auto it = m_rows.constFind(op.key);
        if (it != m_rows.constEnd() && it->rowId == 0) { // created earlier in this request: write it first
            if (auto f = flushInserts(c); !f)
                return f.error();
            it = m_rows.constFind(op.key);
        }
        const std::optional<StoredStudent> row = it == m_rows.constEnd() ? std::nullopt : std::optional(it.value());
        if (op.kind == protocol::Op::Kind::Delete)
            return applyDelete(c, op, row);
        const CreatePlan *plan = size_t(index) < m_plans.size() && m_plans[size_t(index)] ? &*m_plans[size_t(index)]
                                                                                          : nullptr;
        return applyUpsert(c, op, key.value(), row, plan);
    }

    Result<void> flush(PushScope &c) override
    {
        if (auto r = studenttable::updateMany(c.store, m_pendingUpdates); !r)
            return r;
        return flushInserts(c, false); // every op is done: no row ids needed any more
    }

private:
    void audit(PushScope &c, const QString &action, const QString &key, const std::optional<StoredStudent> &before,
               const std::optional<StudentRecord> &after, const QString &opId, const QString *afterJson = nullptr)
    {
        std::optional<QString> b, a;
        if (before && !before->deleted)
            b = auditRecordJson(before->record);
        if (after)
            a = afterJson ? *afterJson : auditRecordJson(*after);
        c.addAudit(action, protocol::kStudentEntity, auditKey(key), std::move(b), std::move(a), opId);
    }

    StudentWrite makeWrite(PushScope &c, const StudentRecord &record, qint64 version, const QString &opId)
    {
        StudentWrite w;
        w.school = c.school;
        w.record = record;
        w.version = version;
        w.seq = c.nextSeq();
        w.changedBy = c.actor;
        w.changedAt = c.now;
        w.originOpId = opId;
        return w;
    }

    // Writes the pending inserts and, when later ops of the request may touch them (learnIds),
    // learns their row ids.
    Result<void> flushInserts(PushScope &c, bool learnIds = true)
    {
        if (m_pendingInserts.isEmpty())
            return {};
        if (auto r = studenttable::insertMany(c.store, m_pendingInserts); !r)
            return r;
        if (!learnIds) {
            m_pendingInserts.clear();
            return {};
        }
        QList<protocol::StudentKey> keys;
        for (const StudentWrite &w : std::as_const(m_pendingInserts))
            keys << protocol::StudentKey{ w.record.idType, w.record.idNumber };
        m_pendingInserts.clear();
        auto rows = studenttable::findMany(c.store, c.school, keys);
        if (!rows)
            return rows.error();
        for (auto it = rows.value().constBegin(); it != rows.value().constEnd(); ++it)
            m_rows.insert(it.key(), it.value());
        return {};
    }

    // Queues w over the row (or its insert) and keeps m_rows current. Nothing reads a row back
    // before the push ends (m_rows has it), and no update changes a row's key (StudentMerge):
    // written with the others, the last write of a row counts.
    void writeRow(const QString &key, const std::optional<StoredStudent> &row, const StudentWrite &w)
    {
        StoredStudent after;
        if (row) {
            m_pendingUpdates.append({ row->rowId, w });
            after.rowId = row->rowId;
        } else {
            m_pendingInserts.append(w);
            after.rowId = 0;
        }
        after.record = w.record;
        after.version = w.version;
        after.seq = w.seq;
        after.deleted = w.deletedAt.has_value();
        after.changedBy = w.changedBy;
        after.changedAt = w.changedAt;
        after.originOpId = w.originOpId;
        m_rows.insert(key, after);
    }

    Result<OpResult> applyDelete(PushScope &c, const protocol::Op &op, const std::optional<StoredStudent> &row)
    {
        OpResult r;
        r.opId = op.opId;
        if (!row || row->deleted) { // nothing to delete: applied, no change
            r.version = row ? row->version : 0;
            return r;
        }
        StudentWrite w = makeWrite(c, row->record, row->version + 1, op.opId);
        w.deletedAt = c.now;
        writeRow(op.key, row, w);
        audit(c, QStringLiteral("student.delete"), op.key, row, std::nullopt, op.opId);
        r.version = w.version;
        r.seq = w.seq;
        return r;
    }

    Result<OpResult> applyUpsert(PushScope &c, const protocol::Op &op, const protocol::StudentKey &key,
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
            return rejectedResult(op.opId, m.rejection->code, m.rejection->message);
        OpResult r;
        r.opId = op.opId;
        r.version = row ? row->version : 0;
        if (m.changed) {
            const StudentWrite w = makeWrite(c, m.record, (row ? row->version : 0) + 1, op.opId);
            writeRow(op.key, row, w);
            audit(c, live ? QStringLiteral("student.update") : QStringLiteral("student.create"), op.key, row,
                  m.record, op.opId, plan ? &plan->afterJson : nullptr);
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
        // An applied create of exactly what the op proposed carries no record (Wire.h, OpResult::record).
        const bool proposedAsIs = !row && op.baseVersion == 0 && m.created && r.conflicts.isEmpty()
            && (plan ? plan->proposedAsIs : m.record.sameContent(proposedStudent(op, key)));
        if (!proposedAsIs)
            r.record = protocol::studentToJson(m.record);
        return r;
    }

    QList<protocol::StudentKey> m_keys;
    std::vector<std::optional<CreatePlan>> m_plans; // by op index
    QHash<QString, StoredStudent> m_rows; // the request's records as they stand, by key (rowId 0: pending insert)
    QList<StudentWrite> m_pendingInserts;  // new rows, written in multi-row statements
    QList<QPair<qint64, StudentWrite>> m_pendingUpdates; // (row id, write), written after every op
};

} // namespace

QString StudentHandler::entity() const
{
    return protocol::kStudentEntity;
}

std::unique_ptr<EntityBatch> StudentHandler::newBatch() const
{
    return std::make_unique<StudentBatch>();
}

Result<std::unique_ptr<FeedCursor>> StudentHandler::openFeed(CentralStore &store, const QString &school, qint64 since,
                                                             int limit) const
{
    return studenttable::openFeed(store, school, since, limit);
}

Result<protocol::EntityDigest> StudentHandler::digest(CentralStore &store, const QString &school) const
{
    return studenttable::digest(store, school);
}

namespace {
const QString kIdNumberField = QStringLiteral("id_number");

// Swaps `from` for `to` in the record's ID number and the message of a result.
protocol::OpResult swapIdNumber(protocol::OpResult r, const QString &from, const QString &to)
{
    if (from.isEmpty())
        return r;
    if (r.record && r.record->value(kIdNumberField).toString() == from)
        r.record->insert(kIdNumberField, to);
    r.message.replace(from, to);
    return r;
}
} // namespace

OpResult StudentHandler::keptResult(const protocol::Op &op, OpResult result) const
{
    const auto key = protocol::parseStudentKey(op.key);
    if (!key)
        return result;
    const protocol::StudentKey &k = key.value();
    return swapIdNumber(std::move(result), k.idNumber, maskIdNumber(k.idType, k.idNumber));
}

Result<OpResult> StudentHandler::replayedResult(CentralStore &, const QString &, const protocol::Op &op,
                                                OpResult kept) const
{
    const auto key = protocol::parseStudentKey(op.key);
    if (!key)
        return kept;
    const protocol::StudentKey &k = key.value();
    // A repeated op id with another key (a confused client) keeps the masked number.
    return swapIdNumber(std::move(kept), maskIdNumber(k.idType, k.idNumber), k.idNumber);
}

} // namespace cet::central
