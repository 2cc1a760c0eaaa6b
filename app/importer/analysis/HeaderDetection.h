#pragma once

#include "TableSource.h"

#include <QList>

namespace cet {

// Finds the header row among the first rows of a table: title rows ("2025年秋季学籍名单"),
// blank rows and notes above it are skipped. The header is the first row with the most cells
// that name a student field (at least 2); ties go to the earlier row.
struct HeaderGuess
{
    qsizetype rowIndex = -1; // index into the rows given; -1 = no header found
    qint64 line = 0;         // SourceRow::line of that row
    int matchedColumns = 0;
};

HeaderGuess detectHeader(const QList<SourceRow> &firstRows);

// Rows that are not students: completely blank rows, a totals row at the end ("合计", "总计",
// "小计", "共 123 人", "Total" in the first non-empty cell with no ID number), rows repeating the
// header (cells equal after trimming, ignoring case), and a note under the table: a single
// non-empty cell starting with "注", "说明", "备注" or "Note", with no ID number.
// idNumberColumn -1 = no ID number column.
enum class RowSkip { None, Blank, Totals, RepeatedHeader, Note };
RowSkip classifyRow(const SourceRow &row, const QStringList &headerCells, qsizetype idNumberColumn);

} // namespace cet
