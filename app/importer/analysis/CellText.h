#pragma once

#include "IdType.h"
#include "Result.h"
#include "StudentRecord.h"
#include "TableSource.h"

#include <QString>
#include <QStringView>

// What RowConverter makes of single cells: trimming, half-width codes, numbers written the
// spreadsheet way, years and dates, labels. Kept apart so that the converter reads as the rules.
namespace cet::celltext {

// QString::trimmed(), sharing the string (no copy) when there is nothing to trim. Inline: it
// runs for every cell.
inline QString trimmed(const QString &s)
{
    if (s.isEmpty() || (!s.front().isSpace() && !s.back().isSpace()))
        return s;
    return s.trimmed();
}
// Already what normaliseIdNumber() would make of it: upper-case ASCII letters, digits, parentheses.
bool isCleanIdNumber(const QString &s);
inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
bool isAsciiDigits(QStringView s); // false for an empty string
// "123.0" / "123.00" → "123" (true); anything else is left alone (false).
bool chopZeroFraction(QString &s);
// Full-width → half-width and white space removed; sets the flags for what it fixed.
QString compactCode(const QString &cell, bool &fullWidthFixed, bool &spacesFixed);
// "(99101)测试学校" → "99101".
void takeParenthesisedCode(QString &code);

// 学制 and 入学年份 as numbers: 0 = empty, -1 = not understood. fractionDropped is set for "4.0".
int parseProgramYears(QString text, bool &fractionDropped);
int parseEnrolYear(QString text, CellKind kind, bool &fractionDropped);

bool isResidentIdStyle(IdType type);
// An ID number that a spreadsheet wrote in scientific notation ("3.30101E+17"), for its type.
bool looksScientific(const QString &number, IdType type);
QString allIdTypeLabels(); // "中华人民共和国居民身份证、…" for messages

// The domain label parsers, with the values nearly every row has matched first without their
// allocations (they accept those values too, so the result is the same).
Result<IdType> parseIdType(const QString &label);
Result<Gender> parseGender(const QString &label);
Result<Education> parseEducation(const QString &label);

} // namespace cet::celltext
