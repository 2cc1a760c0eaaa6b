#pragma once

#include "ColumnMapping.h"
#include "HeaderDetection.h"
#include "ImportProfiles.h"
#include "ImportReport.h"
#include "StudentArena.h"
#include "StudentImportRepository.h"
#include "TableSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace cet {

class Database;
class RejectedRowSpool;

// What the user confirmed on the wizard's first two pages (or the CLI's options).
struct ImportRequest
{
    QString path;
    TableFormat format;
    qint64 headerLine = 0;  // SourceRow::line of the header row
    ColumnMapping mapping;
};

// Step 1: the file as detected, its first rows, and the guessed header and mapping.
struct ImportPreview
{
    ImportRequest request;       // ready to analyse, or to be overridden by the user
    QList<SourceRow> rows;       // the first rows of the table (up to the limit asked), header included
    HeaderGuess header;
    std::optional<MappingProfile> profile; // the remembered profile for these headers, if it was applied
    // Per sheet of an XLSX file: how many header cells it matched (picks the roster sheet).
    QList<int> sheetScores;
};

enum class ImportMode { ValidRows, AllOrNothing };

struct ImportOptions
{
    ImportMode mode = ImportMode::ValidRows;
    bool deleteMissing = false; // soft-delete live records that are not in the file
};

// Steps 2–4: every row read, converted, validated and planned against the database. Big files
// stay within memory bounds: accepted rows are packed in the arena, rejected rows' original
// cells go to a temporary file (the spool), the report keeps every line number but full details
// only for the first ImportReport limit of problems.
struct ImportAnalysis
{
    ImportRequest request;
    QString fileSha256;       // hex, of the file as read
    QString fileName;         // the file's name without its folder
    QStringList headerCells;  // the header row as the file has it
    qint64 rowsRead = 0;      // data rows (skipped blank / totals rows not counted)
    ImportReport report;
    StudentArena arena;       // accepted rows (no errors; warnings allowed)
    std::vector<PlanRow> plan;   // one entry per data row in file order, then the Delete candidates
    IdentitySnapshot snapshot;
    qint64 inserts = 0, updates = 0, unchanged = 0, rejected = 0;
    QList<qint64> missingIds;    // live database records not in the file (Delete candidates)
    std::shared_ptr<RejectedRowSpool> rejectedRows;
};

// One changed row, before → after, for the plan page.
struct RowChange
{
    qint64 line = 0;
    StudentRecord before;
    StudentRecord after;
    QList<StudentField> changedFields;
};

struct ImportOutcome
{
    ImportCommitResult commit;
    qint64 rejected = 0;
    qint64 deleted = 0;
};

// The import use case, for the wizard and for cetdesk-cli. Every function is synchronous and
// may run on a worker thread with its own Database connection; `progress` is read by the GUI
// thread and its cancelRequested stops the work ("import.cancelled").
class StudentImport
{
    Q_DECLARE_TR_FUNCTIONS(cet::StudentImport)
public:
    StudentImport() = delete;

    // Step 1. Detects format, encoding, separator and sheet (the sheet whose rows best match
    // student headers unless options.sheet is set), finds the header row, guesses the mapping
    // (with the remembered profile for these headers, if any).
    static Result<ImportPreview> preview(const QString &path, const TableOptions &options = {},
                                         int maxRows = 50);
    // Re-reads the preview after the user changed the header row (keeps format and sheet).
    static Result<ImportPreview> previewWithHeader(const ImportRequest &request, qint64 headerLine,
                                                   int maxRows = 50);

    // Steps 2–4: reads the whole table through RowConverter, builds the report (including
    // duplicates in the file and 学号 duplicates against the database) and the plan.
    static Result<std::shared_ptr<ImportAnalysis>> analyse(Database &db, const ImportRequest &request,
                                                           ImportProgress &progress,
                                                           const QDate &today = QDate::currentDate());

    // A window of the changed rows (before → after), of the Delete candidates.
    static Result<QList<RowChange>> changedRows(Database &db, const ImportAnalysis &analysis,
                                                qsizetype offset, int limit);
    static Result<QList<StudentRecord>> missingRecords(Database &db, const ImportAnalysis &analysis,
                                                       qsizetype offset, int limit);

    // Step 5. AllOrNothing refuses with "import.has_rejected" when any row was rejected, and
    // writes nothing. On success remembers the mapping as the profile for these headers.
    static Result<ImportOutcome> commit(Database &db, const ImportAnalysis &analysis,
                                        const ImportOptions &options, const QString &actor,
                                        ImportProgress &progress);
};

} // namespace cet
