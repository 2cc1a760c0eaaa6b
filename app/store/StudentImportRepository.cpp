// The read side of imports: the identity snapshot a plan is made against, stored records for
// the plan's views, and the import history. The commit is in StudentImportCommit.cpp, the undo
// in StudentImportUndo.cpp.
#include "StudentImportRepository.h"

#include "LiteSql.h"
#include "StoreSql.h"
#include "StudentHash.h"
#include "StudentSql.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace cet {

namespace {

// Ids per IN (...) list: well under SQLite's bound-parameter limit.
constexpr int kIdsPerQuery = 500;

quint64 identityHashOf(int idType, QByteArrayView idNumberUtf8)
{
    // ID numbers are ASCII after normalisation: widen them on the stack.
    char16_t units[64];
    const qsizetype n = idNumberUtf8.size();
    bool ascii = n <= qsizetype(std::size(units));
    for (qsizetype i = 0; ascii && i < n; ++i) {
        const auto c = static_cast<unsigned char>(idNumberUtf8[i]);
        ascii = c < 0x80;
        units[i] = char16_t(c);
    }
    if (ascii)
        return studentIdentityHash(static_cast<IdType>(idType), QStringView(units, n));
    return studentIdentityHash(static_cast<IdType>(idType), QString::fromUtf8(idNumberUtf8));
}

QString placeholders(qsizetype n)
{
    QString s = QStringLiteral("?, ").repeated(n);
    s.chop(2);
    return s;
}

// Rows whose content_hash is NULL (written before migration 3): computed from their fields.
Result<void> fillMissingContentHashes(const QSqlDatabase &db, std::vector<IdentityEntry> &entries,
                                      const std::vector<qsizetype> &missing)
{
    if (missing.empty())
        return {};
    QHash<qint64, qsizetype> byId;
    byId.reserve(qsizetype(missing.size()));
    for (const qsizetype i : missing)
        byId.insert(entries[size_t(i)].id, i);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM students WHERE content_hash IS NULL").arg(studentsql::selectColumns())))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    while (q.next()) {
        const StudentRecord r = studentsql::readRecord(q);
        if (const auto it = byId.constFind(r.id); it != byId.constEnd())
            entries[size_t(*it)].contentHash = studentContentHash(r);
    }
    return {};
}

} // namespace

const IdentityEntry *IdentitySnapshot::find(quint64 identityHash) const
{
    const auto it = std::lower_bound(entries.begin(), entries.end(), identityHash,
                                     [](const IdentityEntry &e, quint64 h) { return e.identityHash < h; });
    return it != entries.end() && it->identityHash == identityHash ? &*it : nullptr;
}

StudentImportRepository::StudentImportRepository(Database &db) : m_db(db) { }

Result<IdentitySnapshot> StudentImportRepository::identitySnapshot() const
{
    const QSqlDatabase db = m_db.connection();
    auto h = lite::handle(db);
    if (!h)
        return h.error();
    sqlite3 *const lh = h.value();
    // One read transaction, so that the rows and the state counter belong together.
    const bool ownTransaction = sqlite3_get_autocommit(lh) != 0;
    if (ownTransaction && !lite::exec(lh, "BEGIN"))
        return lite::error(lh, QStringLiteral("store.transaction_failed"), QStringLiteral("BEGIN"));
    const auto finish = [&] {
        if (ownTransaction)
            lite::exec(lh, "COMMIT");
    };

    IdentitySnapshot snapshot;
    lite::Statement q;
    if (!q.prepare(lh, "SELECT changes FROM students_state WHERE id = 1") || !q.step() || !q.hasRow()) {
        Error e = lite::error(lh, QStringLiteral("store.query_failed"), QStringLiteral("students_state"));
        finish();
        return e;
    }
    snapshot.stateToken = q.columnInt(0);
    if (!q.prepare(lh, "SELECT count(*) FROM students") || !q.step() || !q.hasRow()) {
        Error e = lite::error(lh, QStringLiteral("store.query_failed"), QStringLiteral("count"));
        finish();
        return e;
    }
    snapshot.entries.reserve(size_t(q.columnInt(0)));
    if (!q.prepare(lh, "SELECT id, id_type, id_number, row_version, deleted_at IS NOT NULL, content_hash "
                       "FROM students")) {
        Error e = lite::error(lh, QStringLiteral("store.query_failed"), QStringLiteral("snapshot"));
        finish();
        return e;
    }
    std::vector<qsizetype> missing;
    for (;;) {
        if (!q.step()) {
            Error e = lite::error(lh, QStringLiteral("store.query_failed"), QStringLiteral("snapshot"));
            finish();
            return e;
        }
        if (!q.hasRow())
            break;
        IdentityEntry e;
        e.id = q.columnInt(0);
        e.identityHash = identityHashOf(int(q.columnInt(1)), q.columnUtf8(2));
        e.rowVersion = q.columnInt(3);
        e.deleted = q.columnInt(4) != 0;
        if (q.columnIsNull(5))
            missing.push_back(qsizetype(snapshot.entries.size()));
        else
            e.contentHash = quint64(q.columnInt(5));
        if (!e.deleted)
            ++snapshot.liveCount;
        snapshot.entries.push_back(e);
    }
    q.reset();
    auto filled = fillMissingContentHashes(db, snapshot.entries, missing);
    finish();
    if (!filled)
        return filled.error();
    std::sort(snapshot.entries.begin(), snapshot.entries.end(),
              [](const IdentityEntry &a, const IdentityEntry &b) { return a.identityHash < b.identityHash; });
    return snapshot;
}

Result<QList<StudentRecord>> StudentImportRepository::recordsByIds(const QList<qint64> &ids) const
{
    QHash<qint64, StudentRecord> found;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerQuery) {
        const QList<qint64> chunk = ids.mid(from, kIdsPerQuery);
        if (!q.prepare(QStringLiteral("SELECT %1 FROM students WHERE id IN (%2)")
                           .arg(studentsql::selectColumns(), placeholders(chunk.size()))))
            return sql::error(QStringLiteral("store.query_failed"), q.lastError());
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bindValue(int(i), chunk.at(i));
        if (!q.exec())
            return sql::error(QStringLiteral("store.query_failed"), q.lastError());
        while (q.next()) {
            StudentRecord r = studentsql::readRecord(q);
            found.insert(r.id, std::move(r));
        }
    }
    QList<StudentRecord> records;
    records.reserve(found.size());
    for (const qint64 id : ids) {
        if (const auto it = found.constFind(id); it != found.constEnd())
            records.append(*it);
    }
    return records;
}

Result<QList<StudentRecord>> StudentImportRepository::recordsByStudentNos(const QStringList &studentNos) const
{
    QList<StudentRecord> records;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < studentNos.size(); from += kIdsPerQuery) {
        const QStringList chunk = studentNos.mid(from, kIdsPerQuery);
        // deleted_at IS NULL lets the partial students_student_no index serve the lookups.
        if (!q.prepare(QStringLiteral("SELECT %1 FROM students WHERE student_no IN (%2) AND deleted_at IS NULL "
                                      "ORDER BY student_no, id")
                           .arg(studentsql::selectColumns(), placeholders(chunk.size()))))
            return sql::error(QStringLiteral("store.query_failed"), q.lastError());
        for (qsizetype i = 0; i < chunk.size(); ++i)
            q.bindValue(int(i), sql::text(chunk.at(i)));
        if (!q.exec())
            return sql::error(QStringLiteral("store.query_failed"), q.lastError());
        while (q.next())
            records.append(studentsql::readRecord(q));
    }
    return records;
}

Result<QList<ImportHistoryEntry>> StudentImportRepository::history(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, actor, file_name, file_sha256, started_at, finished_at, rows_read, "
                                  "rows_inserted, rows_updated, rows_rejected, rows_unchanged, rows_deleted, "
                                  "undone_at, undone_by FROM import_batches ORDER BY id DESC LIMIT ?")))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    const auto time = [](const QVariant &v) {
        return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    };
    QList<ImportHistoryEntry> entries;
    while (q.next()) {
        ImportHistoryEntry e;
        ImportBatch &b = e.batch;
        b.id = q.value(0).toLongLong();
        b.actor = q.value(1).toString();
        b.fileName = q.value(2).toString();
        b.fileSha256 = q.value(3).toString();
        b.startedAt = time(q.value(4));
        b.finishedAt = time(q.value(5));
        b.rowsRead = q.value(6).toInt();
        b.rowsInserted = q.value(7).toInt();
        b.rowsUpdated = q.value(8).toInt();
        b.rowsRejected = q.value(9).toInt();
        b.rowsUnchanged = q.value(10).toInt();
        b.rowsDeleted = q.value(11).toInt();
        e.undone = !q.value(12).isNull();
        e.undoneAt = time(q.value(12));
        e.undoneBy = q.value(13).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace cet
