#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace cet {

class Database;
struct ImportAnalysis;
struct ImportProgress;

// Writes the validation report of an analysis as an XLSX workbook with four sheets:
//   Summary     file, SHA-256, sheet/encoding, counts (new, changed, unchanged, rejected, missing,
//               skipped), the rule groups with their counts, the silent normalisations
//   Problems    one row per problem: line, field, severity, code, message, value
//   Duplicates  the pairs side by side: line, other line (or "database"), then both records
//   Changes     one row per changed field of each changed row: line, name, field, before, after
// Sheet names and column titles are translated (汇总 / 问题 / 重复 / 变更 in Chinese). Values such as
// ID numbers are written as text. Lists longer than the report keeps details for end with a row
// saying how many were left out. Written as PATH.part and renamed at the end. `db` is read for
// the before-values of changed rows (StudentImport::changedRows); use a connection of the
// calling thread.
class ImportReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportReportWriter)
public:
    ImportReportWriter() = delete;

    // Errors: "export.write_failed", "import.cancelled", database errors of changedRows.
    static Result<void> write(Database &db, const ImportAnalysis &analysis, const QString &path,
                              ImportProgress *progress = nullptr);
};

} // namespace cet
