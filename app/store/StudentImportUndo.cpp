// Undo of an import batch: its inserted rows go, the rows it updated, soft-deleted or brought
// back get their before-images again, in one transaction. Refused when that would overwrite a
// later change.
#include "StudentImportRepository.h"

#include "LiteSql.h"
#include "StoreSql.h"
#include "StudentBulkWrite.h"
#include "StudentImportLog.h"
#include "StudentImportSql.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <sqlite3.h>

namespace cet {

namespace {

// Records named in the "edited since" message.
constexpr int kNamesShown = 3;

Error queryFailed(sqlite3 *db, const QString &what)
{
    return lite::error(db, QStringLiteral("store.query_failed"), what);
}

// Another import that is not undone and changed records of this batch after it.
Result<void> checkLatest(sqlite3 *db, qint64 batchId)
{
    lite::Statement q;
    if (!q.prepare(db, "SELECT r.batch_id, b.file_name, count(*) FROM import_batch_rows r"
                       " JOIN import_batches b ON b.id = r.batch_id"
                       " WHERE r.batch_id > ?1 AND b.undone_at IS NULL"
                       " AND (r.student_id IN (SELECT student_id FROM import_batch_rows WHERE batch_id = ?1)"
                       "   OR r.student_id IN (SELECT id FROM students WHERE import_batch_id = ?1))"
                       " GROUP BY r.batch_id ORDER BY r.batch_id DESC LIMIT 1"))
        return queryFailed(db, QStringLiteral("later batches"));
    q.bindInt(1, batchId);
    if (!q.step())
        return queryFailed(db, QStringLiteral("later batches"));
    if (!q.hasRow())
        return {};
    const qint64 later = q.columnInt(0);
    const QString fileName = q.columnText(1);
    const int count = int(q.columnInt(2));
    return Error{ QStringLiteral("import.undo_not_latest"),
                  QCoreApplication::translate("cet::StudentImportRepository",
                                              "Import %1 can not be undone: the later import %2 (\"%3\") changed "
                                              "%n of its records. Undo import %2 first, then this one.",
                                              nullptr, count)
                      .arg(batchId)
                      .arg(later)
                      .arg(fileName),
                  {} };
}

// Records of this batch that changed after it: their row_version moved on (or they are gone).
Result<void> checkNotEdited(sqlite3 *db, qint64 batchId)
{
    lite::Statement q;
    if (!q.prepare(db, "SELECT coalesce(s.name, ''), coalesce(s.student_no, ''), r.student_id"
                       " FROM import_batch_rows r LEFT JOIN students s ON s.id = r.student_id"
                       " WHERE r.batch_id = ?1 AND (s.id IS NULL OR s.row_version <> r.after_row_version)"
                       " UNION ALL SELECT name, student_no, id FROM students"
                       " WHERE import_batch_id = ?1 AND row_version <> 1"))
        return queryFailed(db, QStringLiteral("edited rows"));
    q.bindInt(1, batchId);
    int count = 0;
    QStringList names;
    for (;;) {
        if (!q.step())
            return queryFailed(db, QStringLiteral("edited rows"));
        if (!q.hasRow())
            break;
        if (++count > kNamesShown)
            continue;
        const QString name = q.columnText(0);
        const QString studentNo = q.columnText(1);
        if (name.isEmpty())
            names << QCoreApplication::translate("cet::StudentImportRepository", "record %1 (deleted)").arg(q.columnInt(2));
        else if (studentNo.isEmpty())
            names << name;
        else
            names << QCoreApplication::translate("cet::StudentImportRepository", "%1 (student number %2)").arg(name, studentNo);
    }
    if (count == 0)
        return {};
    QString list = names.join(QStringLiteral(", "));
    if (count > kNamesShown)
        list += QStringLiteral(", …");
    return Error{ QStringLiteral("import.undo_edited_since"),
                  QCoreApplication::translate("cet::StudentImportRepository",
                                              "Import %1 can not be undone: %n of its records were changed after "
                                              "the import (%2). Undoing it would overwrite those changes, so "
                                              "nothing was undone.",
                                              nullptr, count)
                      .arg(batchId)
                      .arg(list),
                  {} };
}

} // namespace

Result<void> StudentImportRepository::undo(qint64 batchId, const QString &actor)
{
    auto h = lite::handle(m_db.connection());
    if (!h)
        return h.error();
    sqlite3 *const db = h.value();
    StudentBulkWrite tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();

    lite::Statement q;
    if (!q.prepare(db, "SELECT file_name, file_sha256, undone_at, undone_by FROM import_batches WHERE id = ?1"))
        return queryFailed(db, QStringLiteral("import_batches"));
    q.bindInt(1, batchId);
    if (!q.step())
        return queryFailed(db, QStringLiteral("import_batches"));
    if (!q.hasRow()) {
        return Error{ QStringLiteral("import.not_found"),
                      QCoreApplication::translate("cet::StudentImportRepository", "Import %1 does not exist.").arg(batchId), {} };
    }
    const QString fileName = q.columnText(0);
    const QString fileSha256 = q.columnText(1);
    if (!q.columnIsNull(2)) {
        const QDateTime at = QDateTime::fromString(q.columnText(2), Qt::ISODateWithMs).toLocalTime();
        return Error{ QStringLiteral("import.already_undone"),
                      QCoreApplication::translate("cet::StudentImportRepository", "Import %1 (\"%2\") was already undone by %3 on %4.")
                          .arg(batchId)
                          .arg(fileName, q.columnText(3), QLocale().toString(at, QLocale::ShortFormat)),
                      {} };
    }
    q.reset();
    if (auto r = checkLatest(db, batchId); !r)
        return r.error();
    if (auto r = checkNotEdited(db, batchId); !r)
        return r.error();

    // The rows it inserted, found through their index before any index is dropped.
    std::vector<qint64> inserted;
    if (!q.prepare(db, "SELECT id FROM students WHERE import_batch_id = ?1"))
        return queryFailed(db, QStringLiteral("inserted rows"));
    q.bindInt(1, batchId);
    while (q.step() && q.hasRow())
        inserted.push_back(q.columnInt(0));
    if (!q.prepare(db, "SELECT (SELECT count(*) FROM import_batch_rows WHERE batch_id = ?1),"
                       " (SELECT count(*) FROM students)"))
        return queryFailed(db, QStringLiteral("counts"));
    q.bindInt(1, batchId);
    if (!q.step() || !q.hasRow())
        return queryFailed(db, QStringLiteral("counts"));
    const qint64 restored = q.columnInt(0);
    const qint64 total = q.columnInt(1);
    q.reset();

    if (auto r = tx.suspend(StudentBulkWrite::dropIndexesPays(qint64(inserted.size()) + 2 * restored,
                                                                total - qint64(inserted.size()))); !r)
        return r.error();
    if (!q.prepare(db, "DELETE FROM students WHERE id = ?1"))
        return queryFailed(db, QStringLiteral("delete"));
    for (const qint64 id : inserted) {
        q.bindInt(1, id);
        if (!q.run())
            return lite::error(db, QStringLiteral("store.update_failed"), QStringLiteral("delete %1").arg(id));
    }
    const QByteArray restoreSql = QByteArray("UPDATE students SET ") + importsql::kRestoreSet
        + " FROM (SELECT student_id, before_json AS j FROM import_batch_rows WHERE batch_id = ?1) AS r"
          " WHERE students.id = r.student_id";
    if (!q.prepare(db, restoreSql.constData()))
        return queryFailed(db, QStringLiteral("restore"));
    q.bindInt(1, batchId);
    if (!q.run())
        return lite::error(db, QStringLiteral("store.update_failed"), QStringLiteral("restore"));
    if (auto r = tx.restore(); !r)
        return r.error();

    if (!q.prepare(db, "UPDATE import_batches SET undone_at = ?1, undone_by = ?2 WHERE id = ?3"))
        return queryFailed(db, QStringLiteral("import_batches"));
    q.bindTextCopy(1, sql::nowText());
    q.bindTextCopy(2, actor);
    q.bindInt(3, batchId);
    if (!q.run())
        return lite::error(db, QStringLiteral("store.update_failed"), QStringLiteral("import_batches"));
    const QJsonObject summary{ { QStringLiteral("file_name"), fileName },
                               { QStringLiteral("file_sha256"), fileSha256 },
                               { QStringLiteral("removed"), qint64(inserted.size()) },
                               { QStringLiteral("restored"), restored } };
    if (auto r = importsql::writeBatchLog(db, QStringLiteral("student.import_undo"), batchId, actor, summary); !r)
        return r.error();
    return tx.commit();
}

} // namespace cet
