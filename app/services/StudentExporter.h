#pragma once

#include "Result.h"
#include "StudentQuery.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace cet {

// Writes the rows of a student query to a CSV (UTF-8 with BOM, RFC 4180, CRLF: what Excel on a
// Chinese Windows opens correctly) or an XLSX file (every cell text, so ID numbers and 学号 keep
// every digit). Opens its own read connection, so it may run on a worker thread.
class StudentExporter
{
    Q_DECLARE_TR_FUNCTIONS(cet::StudentExporter)
public:
    enum class Format { Csv, Xlsx };

    struct Options
    {
        QString databasePath;
        StudentQuery query;
        QString outputPath;
        Format format = Format::Csv;
        // Called now and then with (rows written, total rows); return false to cancel.
        // A cancelled export removes its partial file and returns Error{"export.cancelled"}.
        std::function<bool(qint64, qint64)> progress;
    };

    // Returns the number of rows written.
    static Result<qint64> run(const Options &options);

    // Format from a file name's suffix (.csv / .xlsx).
    static Format formatForPath(const QString &path);
};

} // namespace cet
