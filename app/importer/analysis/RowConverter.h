#pragma once

#include "ColumnMapping.h"
#include "TableSource.h"

#include <QCoreApplication>
#include <QDate>

namespace cet {

// Silent normalisations, counted per kind for the report ("12 ID numbers had full-width digits").
enum class Normalisation : quint8 {
    FullWidth = 1 << 0,      // full-width digits/letters/parentheses → half-width
    Spaces = 1 << 1,         // spaces inside or around a value removed / trimmed
    LowerCaseX = 1 << 2,     // x → X at the end of an ID number
    NumberAsText = 1 << 3,   // "123.0" from a spreadsheet number → "123" (学号, 学制, 入学年份)
    GenderFromId = 1 << 4,   // 性别 empty, taken from the 18-character ID number
    IdTypeDefaulted = 1 << 5 // 证件类型 column missing/empty and the number is a valid 身份证 number
};

struct RowConversion
{
    StudentRecord record;        // normalised
    QList<FieldIssue> issues;    // errors and warnings, in field order, each field at most once per code
    quint8 normalisations = 0;   // Normalisation flags
    bool hasError() const;
};

// Turns one source row into a student record plus its problems, with the mapping and the date
// that bounds birth dates. This is the only place that does so: the dry run, the report and the
// commit all go through it, so a row the report accepted is accepted at commit.
// Besides validateStudent's codes:
//   label.gender / label.id_type / label.education  a value that is not one of the allowed ones
//   id.scientific_notation  an ID number stored as a spreadsheet number, or text like
//                           "3.30101E+17": digits are lost; the message says to format the column
//                           as text and enter the numbers again
//   id.number_cell          (warning) an XLSX number cell for an ID number that is still exact
//   student_no.number_cell  (warning) 学号 was a number cell: leading zeros may have been lost
//   number.format           学制 / 入学年份 not a whole number
//   text.too_long           a cell longer than RowConverter::MaxTextChars (备注: MaxNoteChars)
// Accepted forms: 学制 "4", "4.0", "4年", "四年"; 入学年份 "2024", "2024.0", a date cell, "2024-09-01",
// "2024/9/1", "2024.09", "2024年9月", "20240901", an Excel date serial in a number cell;
// 学校代码 / 校区代码 may be written "(99101)测试学校" (the code in parentheses is taken).
class RowConverter
{
    Q_DECLARE_TR_FUNCTIONS(cet::RowConverter)
public:
    RowConverter(const ColumnMapping &mapping, const QDate &today);
    RowConversion convert(const SourceRow &row) const;

    static constexpr qsizetype MaxTextChars = 200;
    static constexpr qsizetype MaxNoteChars = 2000;

private:
    QList<qsizetype> m_columns; // per StudentField: column index or -1
    QDate m_today;
};

} // namespace cet
