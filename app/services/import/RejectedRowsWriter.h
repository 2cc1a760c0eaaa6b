#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cet {

struct ImportAnalysis;
struct ImportProgress;

// Writes the rejected rows of an analysis, ready to be fixed and imported again: the file's own
// header row and original cells, preceded by two added columns, the row's line in the original
// file ("原行号") and its reasons ("错误原因", joined by "；"). Neither added header names a student
// field, so the import ignores both columns. XLSX (every cell text, so ID numbers and 学号 keep
// their digits) or CSV (UTF-8 with BOM, CRLF, RFC 4180), by the path's suffix. The file is written
// as PATH.part and renamed at the end: a failed or cancelled write leaves no partial file and
// never destroys a file that was there. May run on a worker thread.
class RejectedRowsWriter
{
    Q_DECLARE_TR_FUNCTIONS(cet::RejectedRowsWriter)
public:
    RejectedRowsWriter() = delete;

    enum class Format { Csv, Xlsx };
    static Format formatForPath(const QString &path); // .xlsx → Xlsx, anything else → Csv

    // The headers of the added columns. Data values (like the Chinese header row), not translated.
    static QString lineHeader();   // 原行号
    static QString reasonHeader(); // 错误原因
    static QString reasonSeparator(); // "；"

    // Returns the number of rows written (the header not counted). `progress` (may be null):
    // done/total count rows; cancelRequested stops with "import.cancelled".
    // Errors: "export.write_failed" (naming the file), "import.cancelled", "import.spool".
    static Result<qint64> write(const ImportAnalysis &analysis, const QString &path,
                                ImportProgress *progress = nullptr);
};

} // namespace cet
