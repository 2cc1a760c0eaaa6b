#pragma once

#include "Database.h"
#include "ImportBatchRepository.h"
#include "StudentRecord.h"

#include <QList>
#include <QString>

#include <QStringView>

#include <atomic>
#include <functional>
#include <type_traits>
#include <vector>

namespace cet {

// What the database holds for one identity, for planning an import.
struct IdentityEntry
{
    quint64 identityHash = 0; // studentIdentityHash(id_type, id_number)
    quint64 contentHash = 0;  // studentContentHash of the stored record
    qint64 id = 0;
    qint64 rowVersion = 0;
    bool deleted = false;     // soft-deleted row (an import of this identity brings it back)
};

// Every identity in the students table, sorted by identityHash, plus the database state it was
// read at (a commit refuses with "import.stale_plan" if any student row changed since).
struct IdentitySnapshot
{
    std::vector<IdentityEntry> entries;
    qint64 liveCount = 0;
    qint64 stateToken = 0; // opaque; compared at commit
    const IdentityEntry *find(quint64 identityHash) const; // binary search; nullptr if absent
};

// Delete: a live database record that is not in the file, soft-deleted only when the user asked
// for it (arenaIndex -1, existingId set).
enum class PlanAction : quint8 { Insert, Update, Unchanged, Rejected, Delete };

// One row of the plan that the commit carries out.
struct PlanRow
{
    qint64 line = 0;         // 0 for Delete
    qint32 arenaIndex = -1;  // the record in the StudentArena (-1 for Rejected and Delete)
    PlanAction action = PlanAction::Insert;
    qint64 existingId = 0;         // Update (and Insert over a soft-deleted row): the row to write
    qint64 existingRowVersion = 0; // Update: the version the plan saw
};

// Progress shared between the worker that commits and the thread that shows it.
struct ImportProgress
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancelRequested {false};
};

struct ImportCommitResult
{
    qint64 batchId = 0;
    qint64 inserted = 0;  // new records, and soft-deleted records brought back
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 deleted = 0;   // soft-deleted (PlanAction::Delete)
    // Where the time went, for benchmarks: the rows written, the secondary indexes rebuilt
    // (0 when they were kept), everything else up to and including COMMIT.
    double writeMs = 0, indexMs = 0, restMs = 0;
};

// The accepted rows of an import as commit() reads them: the 15 field texts of row `index`
// (StudentRecord::fieldText), its integer fields as numbers, and its studentContentHash.
// StudentArena (cetdesk_import_analysis) has exactly these functions and commit() adapts it,
// so that the store does not depend on the importer. Texts are bound to SQLite in place: they
// must stay valid while commit() runs.
class StudentRowSource
{
public:
    virtual ~StudentRowSource() = default;
    virtual QStringView text(qsizetype index, StudentField field) const = 0;
    virtual int number(qsizetype index, StudentField field) const = 0;
    virtual quint64 contentHash(qsizetype index) const = 0;
};

// A StudentRowSource over any type with those three functions (e.g. StudentArena).
template<typename Rows>
class StudentRowsOf final : public StudentRowSource
{
public:
    explicit StudentRowsOf(const Rows &rows) : m_rows(rows) { }
    QStringView text(qsizetype index, StudentField field) const override { return m_rows.text(index, field); }
    int number(qsizetype index, StudentField field) const override { return m_rows.number(index, field); }
    quint64 contentHash(qsizetype index) const override { return m_rows.contentHash(index); }

private:
    const Rows &m_rows;
};

// A past import as the import history shows it.
struct ImportHistoryEntry
{
    ImportBatch batch;
    bool undone = false;
    QDateTime undoneAt;
    QString undoneBy;
};

// Bulk writes of imports, and their undo. All SQL about imports lives here.
class StudentImportRepository
{
public:
    explicit StudentImportRepository(Database &db);

    // One pass over the students table (live and soft-deleted rows); 100,000 rows in well under
    // 100 ms.
    Result<IdentitySnapshot> identitySnapshot() const;
    // Stored records by id (for the plan's before → after view of changed rows, and for
    // duplicates against the database). Missing ids are left out.
    Result<QList<StudentRecord>> recordsByIds(const QList<qint64> &ids) const;
    // Live records whose 学号 is one of `studentNos` (duplicate 学号 against the database).
    Result<QList<StudentRecord>> recordsByStudentNos(const QStringList &studentNos) const;

    // Carries out the plan in one transaction: creates the import batch (batch.fileName,
    // fileSha256, actor, rowsRead, rowsRejected as given), inserts the Insert rows, updates the
    // Update rows, soft-deletes the Delete rows (refusing the whole commit with "import.stale_plan" when the database changed
    // since `snapshot` was taken), records for each updated row its before-image and for each
    // written row its new row_version (so undo can check nothing was edited since), writes one
    // audit entry and one outbox entry for the batch, and commits. Unchanged and Rejected rows
    // are skipped. `progress.done` counts plan rows processed; when cancelRequested is seen the
    // transaction is rolled back and the result is "import.cancelled". A crash at any point leaves
    // the database as before (one transaction). Fast: see tests/bench/import.
    // `rows` is a StudentRowSource or anything with its three functions (StudentArena).
    template<typename Rows>
    Result<ImportCommitResult> commit(const ImportBatch &batch, const IdentitySnapshot &snapshot,
                                      const std::vector<PlanRow> &plan, const Rows &rows, ImportProgress &progress)
    {
        if constexpr (std::is_base_of_v<StudentRowSource, Rows>)
            return commitRows(batch, snapshot, plan, rows, progress);
        else
            return commitRows(batch, snapshot, plan, StudentRowsOf<Rows>(rows), progress);
    }
    Result<ImportCommitResult> commitRows(const ImportBatch &batch, const IdentitySnapshot &snapshot,
                                          const std::vector<PlanRow> &plan, const StudentRowSource &rows,
                                          ImportProgress &progress);

    // Called by commit() on its thread after each chunk of rows (a few thousand), before it looks
    // at cancelRequested: tests cancel at a chosen point through it.
    void setProgressHook(std::function<void(ImportProgress &)> hook) { m_progressHook = std::move(hook); }

    // Most recent first.
    Result<QList<ImportHistoryEntry>> history(int limit = 100) const;

    // Undoes batch `batchId` in one transaction: removes the rows it inserted, restores the
    // before-image of the rows it updated, marks the batch undone, audit + outbox entry.
    // Refuses with "import.undo_edited_since" (message naming how many records and the first few
    // names / 学号) when any of those rows was changed after the import, "import.already_undone",
    // "import.undo_not_latest" when a later import changed the same records and is not undone.
    Result<void> undo(qint64 batchId, const QString &actor);

private:
    Database &m_db;
    std::function<void(ImportProgress &)> m_progressHook;
};

} // namespace cet
