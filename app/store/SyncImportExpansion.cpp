#include "SyncImportExpansion.h"

#include "LiteSql.h"
#include "StoreSql.h"
#include "StudentFields.h"
#include "StudentSql.h"
#include "SyncSql.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <string>
#include <vector>

namespace cet::syncsql {

namespace {

constexpr int kFields = static_cast<int>(StudentField::Count_);
constexpr int kDeletedAt = 19; // the column after studentsql::selectColumns() in the local lookup

struct NewOp
{
    QString key, kind;
    qint64 baseVersion = 0;
    QJsonObject changes;
};

// A key of a batch; kind: -1 it has a base copy, > 0 the local row of a create, 0 neither.
struct BatchKey
{
    QString key;
    qint64 kind = 0;
};

Error failed(sqlite3 *h, const QString &code = QStringLiteral("store.query_failed"))
{
    return lite::error(h, code);
}

// The entity keys of import batch ?1 (of its undo: the keys it sent, which may have no row now).
QString keysSql(bool undo)
{
    return undo ? QStringLiteral("SELECT entity_key FROM sync_import_keys WHERE batch_id = ?1 UNION"
                                 " SELECT s.id_type || ':' || s.id_number FROM import_batch_rows r"
                                 " JOIN students s ON s.id = r.student_id WHERE r.batch_id = ?1")
                : QStringLiteral("SELECT id_type || ':' || id_number FROM students WHERE import_batch_id = ?1 UNION"
                                 " SELECT s.id_type || ':' || s.id_number FROM import_batch_rows r"
                                 " JOIN students s ON s.id = r.student_id WHERE r.batch_id = ?1");
}

// Non-identity fields in the order of a QJsonObject's keys (the order compact() writes them).
QList<StudentField> changeFieldsInJsonOrder()
{
    QList<StudentField> fields;
    for (int f = 0; f < kFields; ++f) {
        if (!isIdentity(StudentField(f)))
            fields << StudentField(f);
    }
    std::sort(fields.begin(), fields.end(),
              [](StudentField a, StudentField b) { return columnName(a) < columnName(b); });
    return fields;
}

// The batch's keys (a key may come twice), each with what it is: -1 a key with a base copy, a row
// id for a create (a live row, no base copy), 0 anything else. A create needs a row whose columns
// hold what opFor reads back unchanged (integers in int range, texts as text) and whose key opFor
// parses back to it; anything else goes through opFor. Duplicates (UNION ALL; the keys are sorted
// and merged in C++ anyway) come with the same answer.
QString classifySql(bool undo)
{
    QStringList guard{ QStringLiteral("typeof(s.id_type) = 'integer'"), QStringLiteral("s.id_number <> ''") };
    for (const StudentField f : changeFieldsInJsonOrder()) {
        const QString c = QStringLiteral("s.") + columnName(f);
        guard << (protocol::isIntegerField(f)
                      ? QStringLiteral("typeof(%1) = 'integer' AND %1 BETWEEN -2147483648 AND 2147483647").arg(c)
                      : QStringLiteral("typeof(%1) = 'text'").arg(c));
    }
    const QString live = QStringLiteral("s.deleted_at IS NULL AND ") + guard.join(QStringLiteral(" AND "));
    // Keys of the batch's rows: the key is the row's own.
    const QString ofRow = QStringLiteral("SELECT s.id_type || ':' || s.id_number, CASE WHEN EXISTS (SELECT 1 FROM"
                                         " student_base b WHERE b.entity_key = s.id_type || ':' || s.id_number)"
                                         " THEN -1 WHEN %1 THEN s.id ELSE 0 END")
                              .arg(live);
    const QString batchRows = ofRow + QStringLiteral(" FROM import_batch_rows r JOIN students s ON s.id = r.student_id"
                                                     " WHERE r.batch_id = ?1");
    if (!undo)
        return ofRow + QStringLiteral(" FROM students s WHERE s.import_batch_id = ?1 UNION ALL ") + batchRows;
    // The keys an undone import sent may have no row any more: looked up by key.
    return QStringLiteral("SELECT k.entity_key, CASE WHEN EXISTS (SELECT 1 FROM student_base b"
                          " WHERE b.entity_key = k.entity_key) THEN -1 ELSE coalesce((SELECT s.id FROM students s"
                          " WHERE s.id_number = substr(k.entity_key, instr(k.entity_key, ':') + 1)"
                          " AND s.id_type = CAST(substr(k.entity_key, 1, instr(k.entity_key, ':') - 1) AS INTEGER)"
                          " AND s.id_type || ':' || s.id_number = k.entity_key AND %1), 0) END"
                          " FROM sync_import_keys k WHERE k.batch_id = ?1 UNION ALL ")
               .arg(live)
        + batchRows;
}

// The creates of a batch in one statement: ?4 is a JSON array with one element per op slot (a
// create's row id; null where opFor's op goes), ?1 the seq of slot 0. The changes are what opFor
// makes for a record without a base: every non-identity field as [null, value], in compact()'s
// key order and escaping (SQLite's JSON text escapes exactly the characters QJsonDocument does).
QString createsSql()
{
    QStringList pairs;
    for (const StudentField f : changeFieldsInJsonOrder())
        pairs << QStringLiteral("'%1', json_array(NULL, s.%1)").arg(columnName(f));
    return QStringLiteral("INSERT OR IGNORE INTO outbox (seq, op_id, entity, entity_key, base_version, changes, state,"
                          " created_at, kind)"
                          " SELECT ?1 + j.key, ?2 || s.id_type || ':' || s.id_number, 'student',"
                          " s.id_type || ':' || s.id_number, 0, json_object(%1), 'queued', ?3, 'upsert'"
                          " FROM json_each(?4) j JOIN students s ON s.id = j.value WHERE j.type = 'integer'")
        .arg(pairs.join(QStringLiteral(", ")));
}

// The statements opFor reads with.
struct OpLookups
{
    lite::Statement local, base, pendingUpsert;
};

// The op that brings the server from the base copy of `key` to the local record (none when they
// agree). A record deleted here whose upsert is still pending (sent without an answer, or not
// sent yet) gets a delete as well: that upsert may create it on the server.
Result<std::optional<NewOp>> opFor(sqlite3 *h, OpLookups &q, const QString &key)
{
    lite::Statement &local = q.local;
    lite::Statement &base = q.base;
    IdType type;
    QString number;
    if (!parseKey(key, type, number))
        return std::optional<NewOp>();
    base.bindText(1, key);
    if (!base.step()) {
        const Error e = failed(h);
        base.reset();
        return e;
    }
    bool hasBase = false, baseLive = false;
    qint64 baseVersion = 0;
    QJsonObject baseData;
    if (base.hasRow()) {
        hasBase = true;
        baseVersion = base.columnInt(0);
        baseData = parseObject(base.columnUtf8(1));
        baseLive = !baseData.isEmpty();
    }
    base.reset();
    local.bindInt(1, int(type));
    local.bindText(2, number);
    if (!local.step()) {
        const Error e = failed(h);
        local.reset();
        return e;
    }
    std::optional<StudentRecord> rec;
    if (local.hasRow() && local.columnIsNull(kDeletedAt))
        rec = readRow(local);
    local.reset();

    NewOp op;
    op.key = key;
    op.baseVersion = hasBase ? baseVersion : 0;
    if (!rec) {
        if (!baseLive) {
            q.pendingUpsert.bindText(1, key);
            if (!q.pendingUpsert.step()) {
                const Error e = failed(h);
                q.pendingUpsert.reset();
                return e;
            }
            const bool pending = q.pendingUpsert.hasRow();
            q.pendingUpsert.reset();
            if (!pending)
                return std::optional<NewOp>();
        }
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

// The import entry being expanded and its keys, classified once.
struct ImportExpansion::State
{
    QSqlDatabase db;
    sqlite3 *h = nullptr;
    lite::Statement next, stillPending, shiftUp, shiftBack, insert, creates, done;
    OpLookups lookups;
    QString client; // read when the first batch needs it
    bool active = false;
    qint64 seq = 0; // the entry's seq now (it moves up past each piece's ops)
    QString opPrefix;
    std::vector<BatchKey> keys;
    size_t pos = 0; // keys before it are expanded

    Result<void> prepare();
    Result<bool> stillThere();
    Result<bool> load(); // the next pending entry; false when there is none
    Result<qint64> piece(size_t end);
};

Result<void> ImportExpansion::State::prepare()
{
    if (h)
        return {};
    auto handle = lite::handle(db);
    if (!handle)
        return handle.error();
    sqlite3 *const hh = handle.value();
    if (!next.prepare(hh, QStringLiteral("SELECT seq, entity_key, changes FROM outbox WHERE entity = 'student_import'"
                                         " AND state IN %1 ORDER BY seq LIMIT 1").arg(QLatin1String(kPendingStates)))
        || !stillPending.prepare(hh, QStringLiteral("SELECT 1 FROM outbox WHERE seq = ?1 AND entity = 'student_import'"
                                                    " AND state IN %1").arg(QLatin1String(kPendingStates)))
        || !lookups.local.prepare(hh, QStringLiteral("SELECT %1, deleted_at FROM students"
                                                     " WHERE id_type = ?1 AND id_number = ?2")
                                          .arg(studentsql::selectColumns()))
        || !lookups.base.prepare(hh, "SELECT server_version, data_json FROM student_base WHERE entity_key = ?1")
        || !lookups.pendingUpsert.prepare(hh, QStringLiteral("SELECT 1 FROM outbox WHERE entity = 'student'"
                                                             " AND entity_key = ?1 AND kind = 'upsert'"
                                                             " AND +state IN %1 LIMIT 1")
                                                  .arg(QLatin1String(kPendingStates)))
        || !shiftUp.prepare(hh, "UPDATE outbox SET seq = -(seq + ?1) WHERE seq >= ?2")
        || !shiftBack.prepare(hh, "UPDATE outbox SET seq = -seq WHERE seq < 0")
        || !insert.prepare(hh, "INSERT OR IGNORE INTO outbox (seq, op_id, entity, entity_key, base_version, changes,"
                               " state, created_at, kind) VALUES (?1, ?2, 'student', ?3, ?4, ?5, 'queued', ?6, ?7)")
        || !creates.prepare(hh, createsSql())
        || !done.prepare(hh, "UPDATE outbox SET state = 'expanded', acked_at = ?1 WHERE seq = ?2"))
        return failed(hh);
    h = hh;
    return {};
}

// Whether the entry in progress is still pending where it was left (another connection may have
// expanded it meanwhile).
Result<bool> ImportExpansion::State::stillThere()
{
    stillPending.bindInt(1, seq);
    if (!stillPending.step()) {
        const Error e = failed(h);
        stillPending.reset();
        return e;
    }
    const bool there = stillPending.hasRow();
    stillPending.reset();
    return there;
}

Result<bool> ImportExpansion::State::load()
{
    if (!next.step()) {
        const Error e = failed(h);
        next.reset();
        return e;
    }
    if (!next.hasRow()) {
        next.reset();
        return false;
    }
    seq = next.columnInt(0);
    const qint64 batch = next.columnText(1).toLongLong();
    const QJsonObject summary = parseObject(next.columnUtf8(2));
    next.reset();
    const bool undo = summary.value(QStringLiteral("action")).toString().endsWith(QLatin1String("undo"));
    const QString sha = summary.value(QStringLiteral("file_sha256")).toString();

    if (client.isEmpty()) {
        auto id = clientId(db);
        if (!id)
            return id.error();
        client = id.value();
    }
    // Op ids: unique per client database (two desktops may import the same file as the same
    // local batch number), and the same when this expansion runs again on this database.
    opPrefix = QStringLiteral("%1:%2:%3:%4:").arg(undo ? u"unimp"_qs : u"imp"_qs, client, sha.left(16)).arg(batch);
    // The batch's keys remembered and its rows aligned by two set-based statements, not two
    // statements a key.
    const QString sqlText = keysSql(undo);
    lite::Statement remember, align, classify;
    if (!undo) {
        if (!remember.prepare(h, QStringLiteral("INSERT OR IGNORE INTO sync_import_keys (batch_id, entity_key)"
                                                " SELECT ?1, * FROM (%1)").arg(sqlText)))
            return failed(h);
        remember.bindInt(1, batch);
        if (!remember.run())
            return failed(h, QStringLiteral("store.outbox_failed"));
    }
    // Keys in order; a create only takes a slot (the set-based statement writes it), the other
    // keys get their op from opFor, row by row.
    std::vector<BatchKey> found;
    keys.clear();
    pos = 0;
    if (!classify.prepare(h, classifySql(undo)))
        return failed(h);
    classify.bindInt(1, batch);
    for (;;) {
        if (!classify.step()) {
            const Error e = failed(h);
            classify.reset();
            return e;
        }
        if (!classify.hasRow())
            break;
        found.push_back({ classify.columnText(0), classify.columnInt(1) });
    }
    classify.reset();
    std::sort(found.begin(), found.end(), [](const BatchKey &a, const BatchKey &b) { return a.key < b.key; });
    bool anyBase = false;
    for (BatchKey &k : found) {
        anyBase = anyBase || k.kind < 0;
        if (!keys.empty() && keys.back().key == k.key)
            keys.back().kind = std::max(keys.back().kind, k.kind);
        else
            keys.push_back(std::move(k));
    }
    // An undo puts a row back with the server_version of its before-image, an import inserts
    // with 0: the row's server_version follows the base copy again (nothing to do when no key of
    // the batch has one, e.g. a first import).
    if (anyBase) {
        if (!align.prepare(h, QStringLiteral("UPDATE students SET server_version = (SELECT b.server_version"
                                             " FROM student_base b"
                                             " WHERE b.entity_key = students.id_type || ':' || students.id_number)"
                                             " WHERE (students.id_type || ':' || students.id_number) IN (%1)"
                                             " AND EXISTS (SELECT 1 FROM student_base b"
                                             " WHERE b.entity_key = students.id_type || ':' || students.id_number)")
                                  .arg(sqlText)))
            return failed(h);
        align.bindInt(1, batch);
        if (!align.run())
            return failed(h, QStringLiteral("store.update_failed"));
    }
    active = true;
    return true;
}

// The ops of keys [pos, end) go where the entry is; the entry and everything after it move up.
Result<qint64> ImportExpansion::State::piece(size_t end)
{
    std::string slotJson = "[";
    QList<std::pair<qint64, NewOp>> rowOps; // (slot, op)
    qint64 n = 0;
    for (size_t i = pos; i < end; ++i) {
        const BatchKey &k = keys[i];
        if (k.kind > 0) {
            slotJson += (n ? "," : "") + std::to_string(k.kind);
            ++n;
            continue;
        }
        auto op = opFor(h, lookups, k.key);
        if (!op)
            return op.error();
        if (op.value()) {
            rowOps.append({ n, *op.value() });
            slotJson += n ? ",null" : "null";
            ++n;
        }
    }
    slotJson += ']';
    if (n > 0) {
        shiftUp.bindInt(1, n);
        shiftUp.bindInt(2, seq);
        if (!shiftUp.run() || !shiftBack.run())
            return failed(h, QStringLiteral("store.outbox_failed"));
    }
    const QString now = sql::nowText();
    for (const auto &[slot, o] : std::as_const(rowOps)) {
        const QString opId = opPrefix + o.key;
        const QByteArray changes = compactUtf8(o.changes);
        insert.bindInt(1, seq + slot);
        insert.bindText(2, opId);
        insert.bindText(3, o.key);
        insert.bindInt(4, o.baseVersion);
        insert.bindUtf8(5, changes.constData(), changes.size());
        insert.bindText(6, now);
        insert.bindText(7, o.kind);
        if (!insert.run())
            return failed(h, QStringLiteral("store.outbox_failed"));
    }
    if (n > qsizetype(rowOps.size())) {
        creates.bindInt(1, seq);
        creates.bindText(2, opPrefix);
        creates.bindText(3, now);
        creates.bindUtf8(4, slotJson.data(), qsizetype(slotJson.size()));
        if (!creates.run())
            return failed(h, QStringLiteral("store.outbox_failed"));
    }
    seq += n;
    pos = end;
    if (pos == keys.size()) {
        done.bindText(1, now);
        done.bindInt(2, seq);
        if (!done.run())
            return failed(h, QStringLiteral("store.outbox_failed"));
        active = false;
        keys.clear();
        pos = 0;
    }
    return n;
}

ImportExpansion::ImportExpansion(QSqlDatabase db) : m(std::make_unique<State>())
{
    m->db = db;
}

ImportExpansion::~ImportExpansion() = default;

Result<ExpansionStep> ImportExpansion::run(qint64 limit)
{
    if (auto r = m->prepare(); !r)
        return r.error();
    ExpansionStep step;
    while (limit <= 0 || step.keys < limit) {
        if (m->active) {
            auto there = m->stillThere();
            if (!there)
                return there.error();
            m->active = there.value();
        }
        if (!m->active) {
            auto loaded = m->load();
            if (!loaded)
                return loaded.error();
            if (!loaded.value())
                break;
        }
        const size_t left = m->keys.size() - m->pos;
        const size_t take = limit <= 0 ? left : std::min(left, size_t(limit - step.keys));
        auto n = m->piece(m->pos + take);
        if (!n)
            return n.error();
        step.ops += n.value();
        step.keys += qint64(take);
    }
    return step;
}

qint64 ImportExpansion::keysLeft() const
{
    return m->active ? qint64(m->keys.size() - m->pos) : 0;
}

Result<qint64> expandImports(QSqlDatabase db)
{
    auto step = ImportExpansion(db).run(0);
    if (!step)
        return step.error();
    return step.value().ops;
}

} // namespace cet::syncsql
