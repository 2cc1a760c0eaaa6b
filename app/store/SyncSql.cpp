#include "SyncSql.h"

#include "StoreSql.h"
#include "StudentFields.h"
#include "StudentHash.h"
#include "StudentSql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace cet::syncsql {

namespace {

constexpr int kFields = static_cast<int>(StudentField::Count_);

bool isIdentity(StudentField f)
{
    return f == StudentField::IdType || f == StudentField::IdNumber;
}

const char *const kPendingStates = "('queued', 'sent', 'failed')";

// The protocol's field names are the column names, made once (studentsql::column() builds a new
// string per call; the merge and the import expansion ask for every field of every record).
const QString &columnName(StudentField f)
{
    return protocol::studentFieldNames().at(static_cast<int>(f));
}

// QSqlQuery keeps a cache of 128 rows of values per execution unless forward-only; every query
// here reads its rows once, in order.
void forwardOnly(std::initializer_list<QSqlQuery *> queries)
{
    for (QSqlQuery *q : queries)
        q->setForwardOnly(true);
}

} // namespace

QString entityKey(const StudentRecord &r)
{
    return protocol::studentKey(r);
}

bool parseKey(const QString &key, IdType &type, QString &number)
{
    const qsizetype colon = key.indexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const int t = key.left(colon).toInt(&ok);
    if (!ok)
        return false;
    type = static_cast<IdType>(t);
    number = key.mid(colon + 1);
    return !number.isEmpty();
}

QJsonValue fieldJson(const StudentRecord &r, StudentField f)
{
    return protocol::studentFieldValue(r, f);
}

QJsonObject recordJson(const StudentRecord &r)
{
    return protocol::studentToJson(r);
}

std::optional<StudentField> fieldOfColumn(const QString &column)
{
    static const QHash<QString, StudentField> byColumn = [] {
        QHash<QString, StudentField> h;
        for (int f = 0; f < kFields; ++f)
            h.insert(columnName(StudentField(f)), StudentField(f));
        return h;
    }();
    const auto it = byColumn.constFind(column);
    if (it == byColumn.constEnd())
        return std::nullopt;
    return it.value();
}

void setFromJson(StudentRecord &r, const QJsonObject &data)
{
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        const auto f = fieldOfColumn(it.key());
        if (!f)
            continue;
        const QJsonValue v = it.value();
        const int n = v.toInt();
        const QString s = v.toString();
        switch (*f) {
        case StudentField::Name: r.name = s; break;
        case StudentField::Gender: r.gender = Gender(n); break;
        case StudentField::IdType: r.idType = IdType(n); break;
        case StudentField::IdNumber: r.idNumber = s; break;
        case StudentField::SchoolCode: r.schoolCode = s; break;
        case StudentField::CampusCode: r.campusCode = s; break;
        case StudentField::Education: r.education = Education(n); break;
        case StudentField::ProgramYears: r.programYears = n; break;
        case StudentField::EnrolYear: r.enrolYear = n; break;
        case StudentField::Grade: r.grade = s; break;
        case StudentField::Department: r.department = s; break;
        case StudentField::Major: r.major = s; break;
        case StudentField::ClassName: r.className = s; break;
        case StudentField::StudentNo: r.studentNo = s; break;
        case StudentField::Note: r.note = s; break;
        case StudentField::Count_: break;
        }
    }
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactValue(const QJsonValue &v)
{
    // A value wrapped in an array, so that strings, numbers and null all round-trip.
    return QString::fromUtf8(QJsonDocument(QJsonArray{ v }).toJson(QJsonDocument::Compact));
}

QJsonValue parseValue(const QString &text)
{
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8());
    return d.isArray() ? d.array().at(0) : QJsonValue();
}

Error queryError(const QSqlQuery &q, const QString &code)
{
    return sql::error(code, q.lastError());
}

// ---------------------------------------------------------------------------------------------

Merger::Merger(QSqlDatabase db)
    : m_db(db), m_base(db), m_local(db), m_pending(db), m_conflicts(db), m_insert(db), m_update(db), m_version(db),
      m_softDelete(db), m_putBase(db), m_dropBase(db)
{
}

Result<void> Merger::prepare()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = 'student' AND state IN %1)"
                               " OR EXISTS (SELECT 1 FROM sync_conflicts WHERE resolved_at IS NULL)")
                    .arg(QLatin1String(kPendingStates)))
        || !q.next())
        return queryError(q);
    m_anyPending = q.value(0).toBool();
    forwardOnly({ &m_base, &m_local, &m_pending, &m_conflicts, &m_insert, &m_update, &m_version, &m_softDelete, &m_putBase,
                  &m_dropBase });
    QStringList cols, marks, sets;
    for (int f = 0; f < kFields; ++f) {
        const QString c = columnName(StudentField(f));
        cols << c;
        marks << QStringLiteral("?");
        if (!isIdentity(StudentField(f)))
            sets << c + QStringLiteral(" = ?");
    }
    const bool ok = m_base.prepare(QStringLiteral("SELECT server_version, data_json FROM student_base WHERE entity_key = ?"))
        && m_local.prepare(QStringLiteral("SELECT %1, deleted_at FROM students WHERE id_type = ? AND id_number = ?")
                               .arg(studentsql::selectColumns()))
        // +state: look the record up through outbox_entity, never walk outbox_state.
        && m_pending.prepare(QStringLiteral("SELECT kind, changes FROM outbox WHERE entity = 'student' AND entity_key = ?"
                                            " AND +state IN %1").arg(QLatin1String(kPendingStates)))
        && m_conflicts.prepare(QStringLiteral("SELECT field FROM sync_conflicts WHERE entity = 'student'"
                                              " AND entity_key = ? AND resolved_at IS NULL"))
        && m_insert.prepare(QStringLiteral("INSERT INTO students (%1, row_version, server_version, created_at, updated_at,"
                                           " content_hash) VALUES (%2, 1, ?, ?, ?, ?)")
                                .arg(cols.join(u", "), marks.join(u", ")))
        && m_update.prepare(QStringLiteral("UPDATE students SET %1, server_version = ?, deleted_at = ?,"
                                           " row_version = row_version + ?, updated_at = ?, content_hash = ? WHERE id = ?")
                                .arg(sets.join(u", ")))
        && m_version.prepare(QStringLiteral("UPDATE students SET server_version = ? WHERE id = ?"))
        && m_softDelete.prepare(QStringLiteral("UPDATE students SET deleted_at = ?, updated_at = ?, server_version = ?,"
                                               " row_version = row_version + 1 WHERE id = ? AND deleted_at IS NULL"))
        && m_putBase.prepare(QStringLiteral("INSERT OR REPLACE INTO student_base (entity_key, server_version, data_json)"
                                            " VALUES (?, ?, ?)"))
        && m_dropBase.prepare(QStringLiteral("DELETE FROM student_base WHERE entity_key = ?"));
    if (!ok) {
        for (const QSqlQuery *s : { &m_base, &m_local, &m_pending, &m_conflicts, &m_insert, &m_update, &m_softDelete,
                                    &m_putBase }) {
            if (s->lastError().isValid())
                return queryError(*s);
        }
        return queryError(m_dropBase);
    }
    return {};
}

Result<Merger::Protection> Merger::protectedFields(const QString &key)
{
    Protection p;
    if (!m_anyPending)
        return p;
    m_pending.addBindValue(key);
    if (!m_pending.exec())
        return queryError(m_pending);
    while (m_pending.next()) {
        if (m_pending.value(0).toString() == u"delete")
            p.fields.insert(QStringLiteral("*"));
        else
            p.pendingUpsert = true;
        const QJsonObject changes = QJsonDocument::fromJson(m_pending.value(1).toString().toUtf8()).object();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            p.fields.insert(it.key());
    }
    m_pending.finish();
    m_conflicts.addBindValue(key);
    if (!m_conflicts.exec())
        return queryError(m_conflicts);
    while (m_conflicts.next())
        p.fields.insert(m_conflicts.value(0).toString());
    m_conflicts.finish();
    return p;
}

Result<void> Merger::softDelete(qint64 rowId, qint64 version)
{
    const QString now = sql::nowText();
    m_softDelete.addBindValue(now);
    m_softDelete.addBindValue(now);
    m_softDelete.addBindValue(version);
    m_softDelete.addBindValue(rowId);
    if (!m_softDelete.exec())
        return queryError(m_softDelete, QStringLiteral("store.update_failed"));
    return {};
}

Result<void> Merger::settleRejected(const QString &key)
{
    IdType type;
    QString number;
    if (!parseKey(key, type, number))
        return {};
    m_base.addBindValue(key);
    if (!m_base.exec())
        return queryError(m_base);
    if (!m_base.next()) {
        m_base.finish();
        return {};
    }
    const qint64 version = m_base.value(0).toLongLong();
    const bool tombstone = QJsonDocument::fromJson(m_base.value(1).toString().toUtf8()).object().isEmpty();
    m_base.finish();
    if (!tombstone)
        return {};
    auto prot = protectedFields(key);
    if (!prot)
        return prot.error();
    if (prot.value().pendingUpsert)
        return {};
    m_local.addBindValue(int(type));
    m_local.addBindValue(number);
    if (!m_local.exec())
        return queryError(m_local);
    std::optional<qint64> liveId;
    if (m_local.next() && m_local.value(19).isNull())
        liveId = studentsql::readRecord(m_local).id;
    m_local.finish();
    if (liveId)
        return softDelete(*liveId, version);
    return {};
}

Result<bool> Merger::merge(const QString &key, qint64 version, bool deleted, const QJsonObject &data)
{
    IdType type;
    QString number;
    if (!parseKey(key, type, number))
        return false;
    m_base.addBindValue(key);
    if (!m_base.exec())
        return queryError(m_base);
    if (m_base.next() && m_base.value(0).toLongLong() >= version) {
        m_base.finish();
        return false;
    }
    m_base.finish();

    auto prot = protectedFields(key);
    if (!prot)
        return prot.error();
    const QSet<QString> &keep = prot.value().fields;

    m_local.addBindValue(int(type));
    m_local.addBindValue(number);
    if (!m_local.exec())
        return queryError(m_local);
    std::optional<StudentRecord> local;
    bool localDeleted = false;
    if (m_local.next()) {
        local = studentsql::readRecord(m_local);
        localDeleted = !m_local.value(19).isNull();
    }
    m_local.finish();
    const QString now = sql::nowText();

    if (deleted || data.isEmpty()) {
        // The delete lands even over open conflicts (they stay open and show that the record was
        // deleted on the server); only a pending upsert keeps the record, as the server brings
        // it back when that op arrives.
        if (local && !localDeleted && !prot.value().pendingUpsert) {
            if (auto r = softDelete(local->id, version); !r)
                return r.error();
        }
        m_putBase.addBindValue(key);
        m_putBase.addBindValue(version);
        m_putBase.addBindValue(QStringLiteral("{}"));
        if (!m_putBase.exec())
            return queryError(m_putBase, QStringLiteral("store.update_failed"));
        return true;
    }

    if (!local) {
        StudentRecord r;
        r.idType = type;
        r.idNumber = number;
        setFromJson(r, data);
        r.idType = type;
        r.idNumber = number;
        int i = 0;
        for (int f = 0; f < kFields; ++f)
            m_insert.bindValue(i++, studentsql::value(r, StudentField(f)));
        m_insert.bindValue(i++, version);
        m_insert.bindValue(i++, now);
        m_insert.bindValue(i++, now);
        m_insert.bindValue(i++, qint64(studentContentHash(r)));
        if (!m_insert.exec())
            return queryError(m_insert, QStringLiteral("store.insert_failed"));
    } else {
        StudentRecord merged = *local;
        const bool keepAll = keep.contains(QStringLiteral("*"));
        if (!keepAll) {
            QJsonObject take;
            for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                if (!keep.contains(it.key()))
                    take.insert(it.key(), it.value());
            }
            setFromJson(merged, take);
            merged.idType = type;
            merged.idNumber = number;
        }
        // Deleted here (by us or by an earlier tombstone) and live on the server: back, unless our
        // own delete is still on its way.
        const bool resurrect = localDeleted && !keepAll;
        const bool changed = !merged.sameContent(*local) || resurrect;
        if (!changed && local->serverVersion != version) {
            // Only the version moved (an acknowledged op, an echo): leave the row's data, its
            // indexes and row_version alone.
            m_version.addBindValue(version);
            m_version.addBindValue(local->id);
            if (!m_version.exec())
                return queryError(m_version, QStringLiteral("store.update_failed"));
        } else if (changed) {
            int i = 0;
            for (int f = 0; f < kFields; ++f) {
                if (!isIdentity(StudentField(f)))
                    m_update.bindValue(i++, studentsql::value(merged, StudentField(f)));
            }
            m_update.bindValue(i++, version);
            m_update.bindValue(i++, localDeleted && !resurrect ? QVariant(now) : QVariant());
            m_update.bindValue(i++, 1);
            m_update.bindValue(i++, now);
            m_update.bindValue(i++, qint64(studentContentHash(merged)));
            m_update.bindValue(i++, local->id);
            if (!m_update.exec())
                return queryError(m_update, QStringLiteral("store.update_failed"));
        }
    }
    m_putBase.addBindValue(key);
    m_putBase.addBindValue(version);
    m_putBase.addBindValue(compact(data));
    if (!m_putBase.exec())
        return queryError(m_putBase, QStringLiteral("store.update_failed"));
    return true;
}

// ---------------------------------------------------------------------------------------------

namespace {

struct NewOp
{
    QString opId, key, kind;
    qint64 baseVersion = 0;
    QJsonObject changes;
};

// The op that brings the server from the base copy of `key` to the local record (none when they
// agree).
Result<std::optional<NewOp>> opFor(QSqlQuery &local, QSqlQuery &base, const QString &key)
{
    IdType type;
    QString number;
    if (!parseKey(key, type, number))
        return std::optional<NewOp>();
    base.addBindValue(key);
    if (!base.exec())
        return queryError(base);
    bool hasBase = false, baseLive = false;
    qint64 baseVersion = 0;
    QJsonObject baseData;
    if (base.next()) {
        hasBase = true;
        baseVersion = base.value(0).toLongLong();
        baseData = QJsonDocument::fromJson(base.value(1).toString().toUtf8()).object();
        baseLive = !baseData.isEmpty();
    }
    base.finish();
    local.addBindValue(int(type));
    local.addBindValue(number);
    if (!local.exec())
        return queryError(local);
    std::optional<StudentRecord> rec;
    if (local.next() && local.value(19).isNull())
        rec = studentsql::readRecord(local);
    local.finish();

    NewOp op;
    op.key = key;
    op.baseVersion = hasBase ? baseVersion : 0;
    if (!rec) {
        if (!baseLive)
            return std::optional<NewOp>();
        op.kind = QStringLiteral("delete");
        return std::optional<NewOp>(op);
    }
    op.kind = QStringLiteral("upsert");
    for (int f = 0; f < kFields; ++f) {
        const auto field = StudentField(f);
        if (isIdentity(field))
            continue;
        const QString &col = columnName(field);
        const QJsonValue cur = fieldJson(*rec, field);
        const QJsonValue old = baseLive ? baseData.value(col) : QJsonValue();
        if (baseLive && old == cur)
            continue;
        op.changes.insert(col, QJsonArray{ old, cur });
    }
    if (op.changes.isEmpty())
        return std::optional<NewOp>();
    return std::optional<NewOp>(op);
}

} // namespace

Result<QString> clientId(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT client_id FROM sync_state WHERE id = 1")))
        return queryError(q);
    QString id = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (!id.isEmpty())
        return id;
    // Made by migration v5; this only covers a row that lost it.
    id = QString::fromLatin1(QUuid::createUuid().toRfc4122().left(8).toHex());
    q.prepare(QStringLiteral("UPDATE sync_state SET client_id = ? WHERE id = 1"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return id;
}

Result<qint64> expandImports(QSqlDatabase db)
{
    qint64 made = 0;
    QString client; // read when the first batch needs it
    QSqlQuery next(db), keys(db), remember(db), local(db), base(db), shift(db), insert(db), done(db), align(db);
    forwardOnly({ &next, &remember, &local, &base, &shift, &insert, &done, &align });
    if (!next.prepare(QStringLiteral("SELECT seq, entity_key, changes FROM outbox WHERE entity = 'student_import'"
                                     " AND state IN %1 ORDER BY seq LIMIT 1").arg(QLatin1String(kPendingStates)))
        || !local.prepare(QStringLiteral("SELECT %1, deleted_at FROM students WHERE id_type = ? AND id_number = ?")
                              .arg(studentsql::selectColumns()))
        || !base.prepare(QStringLiteral("SELECT server_version, data_json FROM student_base WHERE entity_key = ?"))
        || !insert.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox (seq, op_id, entity, entity_key, base_version,"
                                          " changes, state, created_at, kind) VALUES (?, ?, 'student', ?, ?, ?, 'queued', ?, ?)"))
        || !done.prepare(QStringLiteral("UPDATE outbox SET state = 'expanded', acked_at = ? WHERE seq = ?")))
        return sql::error(QStringLiteral("store.query_failed"), db.lastError());
    for (;;) {
        if (!next.exec())
            return queryError(next);
        if (!next.next())
            break;
        const qint64 seq = next.value(0).toLongLong();
        const qint64 batch = next.value(1).toLongLong();
        const QJsonObject summary = QJsonDocument::fromJson(next.value(2).toString().toUtf8()).object();
        next.finish();
        const bool undo = summary.value(QStringLiteral("action")).toString().endsWith(QLatin1String("undo"));
        const QString sha = summary.value(QStringLiteral("file_sha256")).toString();

        QStringList batchKeys;
        const QString sqlText = undo
            ? QStringLiteral("SELECT entity_key FROM sync_import_keys WHERE batch_id = :b UNION"
                             " SELECT s.id_type || ':' || s.id_number FROM import_batch_rows r"
                             " JOIN students s ON s.id = r.student_id WHERE r.batch_id = :b")
            : QStringLiteral("SELECT id_type || ':' || id_number FROM students WHERE import_batch_id = :b UNION"
                             " SELECT s.id_type || ':' || s.id_number FROM import_batch_rows r"
                             " JOIN students s ON s.id = r.student_id WHERE r.batch_id = :b");
        keys.setForwardOnly(true);
        if (!keys.prepare(sqlText))
            return queryError(keys);
        keys.bindValue(QStringLiteral(":b"), batch);
        if (!keys.exec())
            return queryError(keys);
        while (keys.next())
            batchKeys << keys.value(0).toString();
        keys.finish();
        std::sort(batchKeys.begin(), batchKeys.end());

        if (client.isEmpty()) {
            auto id = clientId(db);
            if (!id)
                return id.error();
            client = id.value();
        }
        // Op ids: unique per client database (two desktops may import the same file as the same
        // local batch number), and the same when this expansion runs again on this database.
        const QString opPrefix = QStringLiteral("%1:%2:%3:%4:")
                                     .arg(undo ? u"unimp"_qs : u"imp"_qs, client, sha.left(16))
                                     .arg(batch);
        QList<NewOp> ops;
        // The batch's keys remembered and its rows aligned by two set-based statements, not two
        // statements a key.
        if (!undo) {
            if (!remember.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_import_keys (batch_id, entity_key)"
                                                 " SELECT :b, * FROM (%1)").arg(sqlText)))
                return queryError(remember);
            remember.bindValue(QStringLiteral(":b"), batch);
            if (!remember.exec())
                return queryError(remember, QStringLiteral("store.outbox_failed"));
        }
        // An undo puts a row back with the server_version of its before-image, an import
        // inserts with 0: the row's server_version follows the base copy again.
        if (!align.prepare(QStringLiteral("UPDATE students SET server_version = (SELECT b.server_version FROM student_base b"
                                          " WHERE b.entity_key = students.id_type || ':' || students.id_number)"
                                          " WHERE (students.id_type || ':' || students.id_number) IN (%1)"
                                          " AND EXISTS (SELECT 1 FROM student_base b"
                                          " WHERE b.entity_key = students.id_type || ':' || students.id_number)").arg(sqlText)))
            return queryError(align);
        align.bindValue(QStringLiteral(":b"), batch);
        if (!align.exec())
            return queryError(align, QStringLiteral("store.update_failed"));
        for (const QString &key : std::as_const(batchKeys)) {
            auto op = opFor(local, base, key);
            if (!op)
                return op.error();
            if (op.value()) {
                NewOp o = *op.value();
                o.opId = opPrefix + key;
                ops << o;
            }
        }
        const qint64 n = ops.size();
        if (n > 0) {
            if (!shift.exec(QStringLiteral("UPDATE outbox SET seq = -(seq + %1) WHERE seq > %2").arg(n).arg(seq))
                || !shift.exec(QStringLiteral("UPDATE outbox SET seq = -seq WHERE seq < 0")))
                return queryError(shift, QStringLiteral("store.outbox_failed"));
        }
        const QString now = sql::nowText();
        for (qint64 i = 0; i < n; ++i) {
            const NewOp &o = ops.at(i);
            insert.addBindValue(seq + 1 + i);
            insert.addBindValue(o.opId);
            insert.addBindValue(o.key);
            insert.addBindValue(o.baseVersion);
            insert.addBindValue(compact(o.changes));
            insert.addBindValue(now);
            insert.addBindValue(o.kind);
            if (!insert.exec())
                return queryError(insert, QStringLiteral("store.outbox_failed"));
        }
        done.addBindValue(now);
        done.addBindValue(seq);
        if (!done.exec())
            return queryError(done, QStringLiteral("store.outbox_failed"));
        made += n;
    }
    return made;
}

} // namespace cet::syncsql
