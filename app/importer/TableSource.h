#pragma once

#include "Result.h"

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cet {

// Text encodings of delimited files. GB18030 covers GBK and GB2312 (Excel's "CSV" on Chinese
// Windows); UTF-16 is Excel's "Unicode text" and always starts with a BOM.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Gb18030 };
QString textEncodingName(TextEncoding encoding); // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
// Accepts the names above and common aliases, case-insensitive: utf8, utf-8-sig, gbk, gb2312,
// gb18030, cp936, utf-16, utf-16le, utf16be, unicode, …
std::optional<TextEncoding> textEncodingFromName(const QString &name);

enum class TableKind { Delimited, Xlsx };

// How a cell was stored. Delimited files only have Text (and Empty).
enum class CellKind : quint8 {
    Empty,
    Text,
    Number,  // text is the number as the file wrote it when that is exact ("330101199001011000",
             // "3.30101199001011E+17"); integers below 2^53 are written without a fraction or exponent
    Boolean, // text "TRUE" / "FALSE"
    Date,    // a number cell with a date format, text as ISO "2024-09-01" (or "2024-09-01T08:30:00")
    Error,   // "#N/A", "#VALUE!", … as text
};

// One row of a table. `line` is what the user sees in their spreadsheet or editor: the 1-based
// row number for XLSX (rows the file skips are skipped, not renumbered), the 1-based line on
// which the record starts for delimited files. Trailing empty cells are dropped, and rows with no
// non-empty cell are skipped (blank lines, ",,,," lines, empty spreadsheet rows).
struct SourceRow
{
    QStringList cells;
    QList<CellKind> kinds; // same size as cells for XLSX; empty for delimited files (= all Text)
    qint64 line = 0;

    CellKind kind(qsizetype column) const
    {
        if (column >= cells.size())
            return CellKind::Empty;
        return kinds.isEmpty() ? CellKind::Text : kinds.at(column);
    }
};

// What a file is, as detected and possibly overridden by the user.
struct TableFormat
{
    TableKind kind = TableKind::Delimited;
    // Delimited files:
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    QChar separator = u',';  // one of , ; \t |
    bool encodingCertain = true; // false when the encoding was guessed from content
    // XLSX files:
    QStringList sheetNames;  // in workbook order
    int sheet = 0;           // index into sheetNames
};

// What the user chose to override (std::nullopt / -1 = detect).
struct TableOptions
{
    std::optional<TextEncoding> encoding;
    std::optional<QChar> separator;
    int sheet = -1;
};

// Caps on what one file may make the importer allocate or do. Exceeding one is an error that
// names the file and the limit ("import.limit_*"), never a crash or unbounded memory.
struct ReaderLimits
{
    qint64 maxRows = 1'048'576;          // Excel's own limit
    int maxColumns = 16'384;             // XFD
    qint64 maxCellChars = 32'767;        // Excel's own cell limit
    qint64 maxRecordChars = 1'000'000;   // one CSV record (an unterminated quote runs into this)
    qint64 maxSharedStringChars = 64'000'000; // total characters of an XLSX shared-string table
    qint64 maxSharedStrings = 16'000'000;     // entries of an XLSX shared-string table
    qint64 maxUncompressedBytes = 2'000'000'000; // any one XLSX part
    double maxCompressionRatio = 200.0;  // uncompressed / compressed of a large XLSX part (zip bomb)
};

// A stream of rows from one table. Not thread-safe; use from one thread at a time (it may be
// created on one thread and used on another).
class TableSource
{
public:
    virtual ~TableSource() = default;
    // Reads the next row into `row`. true = a row was read, false = end of table.
    // Errors name the file and what is wrong: "csv.*", "xlsx.*", "import.limit_*", "file.read".
    virtual Result<bool> next(SourceRow &row) = 0;
    // For progress: how far the reader is through the file (bytes of the file, or of the sheet
    // part for XLSX) and the total. total may be 0 when unknown.
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;
};

class TableFiles
{
    Q_DECLARE_TR_FUNCTIONS(cet::TableFiles)
public:
    TableFiles() = delete;

    // Looks at the file (extension and first bytes): XLSX (a ZIP with xl/workbook.xml) or a
    // delimited text file; for text, detects BOM / encoding (valid UTF-8 → UTF-8, else GB18030
    // when the bytes decode as GB18030) and the separator (the one of , ; \t | that splits the
    // first lines most consistently; .tsv → tab unless the content disagrees); for XLSX, lists
    // the sheets. Options override what is detected. Errors: "file.read", "file.empty",
    // "file.unknown_format" (e.g. an .xls, a .docx or random bytes, naming what it looks like),
    // "xlsx.*".
    static Result<TableFormat> detect(const QString &path, const TableOptions &options = {},
                                      const ReaderLimits &limits = {});

    // Opens the table for streaming.
    static Result<std::unique_ptr<TableSource>> open(const QString &path, const TableFormat &format,
                                                     const ReaderLimits &limits = {});
};

} // namespace cet
