#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cet::xlsx {

constexpr int MaxColumn = 16'384;  // XFD
constexpr qint64 MaxRow = 1'048'576;

// A cell reference "AB12" split into a 1-based column and row; nullopt when it is not one.
// Columns or rows beyond XFD1048576 come back as such (the caller reports them).
struct CellRef
{
    qint64 column = 0;
    qint64 row = 0;
};
std::optional<CellRef> parseCellRef(QByteArrayView ref);
QString columnName(qint64 column); // 1 → "A", 28 → "AB"

// The text of a numeric cell as the import shows it: integers that a double holds exactly are
// written without fraction or exponent ("123.0", "1.23E2" → "123"); anything else as the file
// wrote it, so that "3.30101199001012E+17" still shows that digits were lost.
QString numberText(QByteArrayView raw);

// Whether a number format code shows a date or time (y, m, d, h, s outside quoted text,
// [colour] / [$-locale] brackets and escaped characters). [h], [mm], [ss] elapsed times count.
bool isDateFormatCode(QStringView code);
bool isBuiltInDateFormat(int numFmtId);

// A date serial number as ISO text ("2024-09-01", "2024-09-01T08:30:00"); nullopt when out of range.
std::optional<QString> serialToIso(QByteArrayView raw, bool date1904);
// An ISO date cell (t="d") as the import shows it: "2024-09-01T00:00:00Z" → "2024-09-01".
QString isoDateText(const QString &text);

// Resolves Excel's escapes of control characters in strings: "_x000D_" → "\r", "_x005F_" → "_".
void unescapeOoxml(QString &text);

} // namespace cet::xlsx
