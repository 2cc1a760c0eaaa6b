// The bulk write of an import plan: sqlite3 C API, prepared statements bound straight from the
// row source's UTF-16 texts, one transaction (see StudentBulkWrite for triggers and indexes).
#include "StudentImportRepository.h"

#include "LiteSql.h"
#include "StoreSql.h"
#include "StudentBulkWrite.h"
#include "StudentImportLog.h"
#include "StudentImportSql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <algorithm>

#include <sqlite3.h>

namespace cet {

namespace {

// Rows between progress updates and cancel checks.
constexpr qint64 kChunk = 4096;

// ?1–?15 the fields in StudentField order, ?16 content_hash, ?17 batch id, ?18 now, ?19 id.
const char *const kInsertSql =
    "INSERT INTO students (name, gender, id_type, id_number, school_code, campus_code, education, program_years,"
    " enrol_year, grade, department, major, class_name, student_no, note, content_hash, row_version,"
    " server_version, import_batch_id, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 1, 0, ?17, ?18, ?18)";
// The identity is in the WHERE clause, not the SET list: a plan matched the row by it, and
// leaving it unset spares the identity indexes.
#define CET_UPDATE_SET                                                                                              \
    "UPDATE students SET name = ?1, gender = ?2, school_code = ?5, campus_code = ?6, education = ?7,"              \
    " program_years = ?8, enrol_year = ?9, grade = ?10, department = ?11, major = ?12, class_name = ?13,"         \
    " student_no = ?14, note = ?15, content_hash = ?16, row_version = row_version + 1, updated_at = ?18"
const char *const kUpdateSql = CET_UPDATE_SET " WHERE id = ?19 AND id_type = ?3 AND id_number = ?4"
                                              " AND deleted_at IS NULL";
const char *const kResurrectSql = CET_UPDATE_SET ", deleted_at = NULL WHERE id = ?19 AND id_type = ?3"
                                                 " AND id_number = ?4 AND deleted_at IS NOT NULL";
#undef CET_UPDATE_SET
const char *const kDeleteSql = "UPDATE students SET deleted_at = ?18, row_version = row_version + 1, updated_at = ?18"
                               " WHERE id = ?19 AND deleted_at IS NULL";

bool isNumberField(int f)
{
    switch (StudentField(f)) {
    case StudentField::Gender:
    case StudentField::IdType:
    case StudentField::Education:
    case StudentField::ProgramYears:
    case StudentField::EnrolYear: return true;
    default: return false;
    }
}

// Binds ?1–?16 from row `index`; the texts are encoded into `buffer`, which must outlive the
// statement's next step.
void bindRow(lite::Statement &s, const StudentRowSource &rows, qsizetype index, std::string &buffer)
{
    constexpr int n = int(StudentField::Count_);
    size_t ends[n];
    buffer.clear();
    for (int f = 0; f < n; ++f) {
        if (!isNumberField(f))
            lite::appendUtf8(buffer, rows.text(index, StudentField(f)));
        ends[f] = buffer.size();
    }
    size_t begin = 0;
    for (int f = 0; f < n; ++f) {
        if (isNumberField(f))
            s.bindInt(f + 1, rows.number(index, StudentField(f)));
        else
            s.bindUtf8(f + 1, buffer.data() + begin, qsizetype(ends[f] - begin));
        begin = ends[f];
    }
    s.bindInt(16, qint64(rows.contentHash(index)));
}

Error stalePlan(const QString &detail)
{
    return Error{ QStringLiteral("import.stale_plan"),
                  QCoreApplication::translate("cet::StudentImportRepository",
                                              "The student records changed after this file was checked (someone "
                                              "edited a record or another import ran). Nothing was imported: "
                                              "check the file again and import it then."),
                  detail };
}

Error cancelled()
{
    return Error{ QStringLiteral("import.cancelled"),
                  QCoreApplication::translate("cet::StudentImportRepository", "The import was cancelled. Nothing was changed."), {} };
}

} // namespace

Result<ImportCommitResult> StudentImportRepository::commitRows(const ImportBatch &batch,
                                                               const IdentitySnapshot &snapshot,
                                                               const std::vector<PlanRow> &plan,
                                                               const StudentRowSource &rows, ImportProgress &progress)
{
    auto h = lite::handle(m_db.connection());
    if (!h)
        return h.error();
    sqlite3 *const db = h.value();
    QElapsedTimer clock;
    clock.start();

    // The writes, in the order that keeps the table's pages local: new rows as they come,
    // changed rows by id.
    std::vector<const PlanRow *> inserts, changes, deletes;
    ImportCommitResult result;
    for (const PlanRow &row : plan) {
        switch (row.action) {
        case PlanAction::Insert: (row.existingId > 0 ? changes : inserts).push_back(&row); break;
        case PlanAction::Update: changes.push_back(&row); break;
        case PlanAction::Delete: deletes.push_back(&row); break;
        case PlanAction::Unchanged: ++result.unchanged; break;
        case PlanAction::Rejected: break;
        }
    }
    const auto byId = [](const PlanRow *a, const PlanRow *b) { return a->existingId < b->existingId; };
    std::sort(changes.begin(), changes.end(), byId);
    std::sort(deletes.begin(), deletes.end(), byId);
    const qint64 writes = qint64(inserts.size() + changes.size() + deletes.size());
    progress.total = qint64(plan.size());
    progress.done = qint64(plan.size()) - writes;

    StudentBulkWrite tx(db);
    if (auto r = tx.begin(writes > 0); !r)
        return r.error();
    auto state = tx.stateChanges();
    if (!state)
        return state.error();
    if (state.value() != snapshot.stateToken)
        return stalePlan(QStringLiteral("students_state %1, plan made at %2").arg(state.value()).arg(snapshot.stateToken));

    const QString now = sql::nowText();
    lite::Statement q;
    if (!q.prepare(db, "INSERT INTO import_batches (actor, file_name, file_sha256, started_at, rows_read,"
                       " rows_rejected) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
        return lite::error(db, QStringLiteral("store.insert_failed"), QStringLiteral("import_batches"));
    q.bindTextCopy(1, batch.actor);
    q.bindTextCopy(2, batch.fileName);
    q.bindTextCopy(3, batch.fileSha256);
    q.bindTextCopy(4, batch.startedAt.isValid() ? batch.startedAt.toUTC().toString(Qt::ISODateWithMs) : now);
    q.bindInt(5, batch.rowsRead);
    q.bindInt(6, batch.rowsRejected);
    if (!q.run())
        return lite::error(db, QStringLiteral("store.insert_failed"), QStringLiteral("import_batches"));
    result.batchId = sqlite3_last_insert_rowid(db);

    const qint64 weighted = qint64(inserts.size() + 2 * changes.size() + deletes.size());
    if (auto r = tx.suspend(StudentBulkWrite::dropIndexesPays(weighted, qint64(snapshot.entries.size()))); !r)
        return r.error();
    // Rebuilding an index over the table costs about as much as writing 40% of its rows
    // (bench_import: 8 indexes ≈ 2.5–3.5× the rows' writing time for a new table), so the bar
    // keeps moving, index by index, after the last row.
    const qint64 indexWeight = std::max<qint64>(1, (qint64(snapshot.entries.size() + inserts.size()) * 2) / 5);
    progress.total = qint64(plan.size()) + tx.droppedIndexes() * indexWeight;

    lite::Statement insert, update, resurrect, remove, journal;
    const QByteArray journalSql = QByteArray("INSERT INTO import_batch_rows (batch_id, student_id, action, before_json,"
                                             " after_row_version) SELECT ?1, id, ?2, ")
        + importsql::kImageJson + " , row_version + 1 FROM students WHERE id = ?3 AND (?4 = 0 OR row_version = ?4)";
    if (!insert.prepare(db, kInsertSql) || !update.prepare(db, kUpdateSql) || !resurrect.prepare(db, kResurrectSql)
        || !remove.prepare(db, kDeleteSql) || !journal.prepare(db, journalSql.constData()))
        return lite::error(db, QStringLiteral("store.query_failed"), QStringLiteral("prepare"));
    const QByteArray nowUtf8 = now.toUtf8();
    for (lite::Statement *s : { &insert, &update, &resurrect, &remove })
        sqlite3_bind_text(s->get(), 18, nowUtf8.constData(), int(nowUtf8.size()), SQLITE_STATIC);
    insert.bindInt(17, result.batchId);
    journal.bindInt(1, result.batchId);

    const qint64 writeStart = clock.nsecsElapsed();
    std::string buffer;
    buffer.reserve(4096);
    qint64 sinceCheck = 0;
    const auto chunkDone = [&]() -> bool {
        if (++sinceCheck < kChunk)
            return true;
        progress.done += sinceCheck;
        sinceCheck = 0;
        if (m_progressHook)
            m_progressHook(progress);
        return !progress.cancelRequested.load(std::memory_order_relaxed);
    };

    for (const PlanRow *row : inserts) {
        bindRow(insert, rows, row->arenaIndex, buffer);
        if (!insert.run()) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE)
                return stalePlan(QStringLiteral("line %1: identity already stored").arg(row->line));
            return lite::error(db, QStringLiteral("store.insert_failed"), QStringLiteral("line %1").arg(row->line));
        }
        ++result.inserted;
        if (!chunkDone())
            return cancelled();
    }

    // Before-image first: it also checks that the row is still the version the plan saw.
    const auto writeJournal = [&](const PlanRow *row, const char *action) -> Result<void> {
        sqlite3_bind_text(journal.get(), 2, action, -1, SQLITE_STATIC);
        journal.bindInt(3, row->existingId);
        journal.bindInt(4, row->existingRowVersion);
        if (!journal.run())
            return lite::error(db, QStringLiteral("store.insert_failed"), QStringLiteral("import_batch_rows"));
        if (sqlite3_changes(db) != 1)
            return stalePlan(QStringLiteral("student %1 changed since the plan").arg(row->existingId));
        return {};
    };
    for (const PlanRow *row : changes) {
        const bool back = row->action == PlanAction::Insert;
        if (auto r = writeJournal(row, back ? "resurrect" : "update"); !r)
            return r.error();
        lite::Statement &s = back ? resurrect : update;
        bindRow(s, rows, row->arenaIndex, buffer);
        s.bindInt(19, row->existingId);
        if (!s.run())
            return lite::error(db, QStringLiteral("store.update_failed"), QStringLiteral("line %1").arg(row->line));
        if (sqlite3_changes(db) != 1)
            return stalePlan(QStringLiteral("line %1: student %2 changed since the plan").arg(row->line).arg(row->existingId));
        ++(back ? result.inserted : result.updated);
        if (!chunkDone())
            return cancelled();
    }
    for (const PlanRow *row : deletes) {
        if (auto r = writeJournal(row, "delete"); !r)
            return r.error();
        remove.bindInt(19, row->existingId);
        if (!remove.run())
            return lite::error(db, QStringLiteral("store.update_failed"), QStringLiteral("delete %1").arg(row->existingId));
        if (sqlite3_changes(db) != 1)
            return stalePlan(QStringLiteral("student %1 deleted since the plan").arg(row->existingId));
        ++result.deleted;
        if (!chunkDone())
            return cancelled();
    }
    progress.done += sinceCheck;
    if (m_progressHook)
        m_progressHook(progress);
    if (progress.cancelRequested.load())
        return cancelled();
    const qint64 indexStart = clock.nsecsElapsed();
    const auto indexBuilt = [&] {
        progress.done += indexWeight;
        if (m_progressHook)
            m_progressHook(progress);
    };
    const auto stop = [&] { return progress.cancelRequested.load(std::memory_order_relaxed); };
    if (auto r = tx.restore(indexBuilt, stop); !r)
        return progress.cancelRequested.load() ? cancelled() : r.error();
    const qint64 indexEnd = clock.nsecsElapsed();

    if (!q.prepare(db, "UPDATE import_batches SET finished_at = ?1, rows_inserted = ?2, rows_updated = ?3,"
                       " rows_unchanged = ?4, rows_deleted = ?5 WHERE id = ?6"))
        return lite::error(db, QStringLiteral("store.update_failed"), QStringLiteral("import_batches"));
    q.bindTextCopy(1, sql::nowText());
    q.bindInt(2, result.inserted);
    q.bindInt(3, result.updated);
    q.bindInt(4, result.unchanged);
    q.bindInt(5, result.deleted);
    q.bindInt(6, result.batchId);
    if (!q.run())
        return lite::error(db, QStringLiteral("store.update_failed"), QStringLiteral("import_batches"));

    const QJsonObject summary{ { QStringLiteral("file_name"), batch.fileName },
                               { QStringLiteral("file_sha256"), batch.fileSha256 },
                               { QStringLiteral("rows_read"), batch.rowsRead },
                               { QStringLiteral("rejected"), batch.rowsRejected },
                               { QStringLiteral("inserted"), result.inserted },
                               { QStringLiteral("updated"), result.updated },
                               { QStringLiteral("unchanged"), result.unchanged },
                               { QStringLiteral("deleted"), result.deleted } };
    if (auto r = importsql::writeBatchLog(db, QStringLiteral("student.import"), result.batchId, batch.actor, summary); !r)
        return r.error();
    if (progress.cancelRequested.load())
        return cancelled();
    if (auto r = tx.commit(); !r)
        return r.error();
    progress.done = progress.total.load();
    result.writeMs = double(indexStart - writeStart) / 1e6;
    result.indexMs = double(indexEnd - indexStart) / 1e6;
    result.restMs = double(clock.nsecsElapsed() - (indexEnd - writeStart)) / 1e6;
    return result;
}

} // namespace cet
