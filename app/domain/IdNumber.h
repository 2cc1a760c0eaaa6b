#pragma once

#include "IdDocument.h"
#include "IdMask.h" // maskIdNumber: how every list and message shows these numbers
#include "StudentRecord.h"

#include <QDate>
#include <QString>

namespace cet {

// The result of normaliseIdNumber(): the cleaned number and whether anything had to be fixed
// (the importer counts such silent fixes).
struct NormalisedIdNumber
{
    QString number;
    bool changed = false;
    // Which kinds of fix were made (the import report counts each kind).
    bool fullWidth = false;  // full-width characters → half-width
    bool spaces = false;     // white space removed
    bool lowerCase = false;  // lower-case letters upper-cased (mostly a final x)
};

// Cleans an ID number as typed or imported: full-width characters → half-width (digits, letters,
// parentheses), every kind of white space removed (incl. U+3000 and no-break space), a leading
// apostrophe (spreadsheet "text" marker) removed, letters upper-cased (lower-case x → X).
// Never fails; scientific notation is left as it is so that validateIdNumber() can report it.
NormalisedIdNumber normaliseIdNumber(const QString &raw);

// True for numbers a spreadsheet stored as a floating-point number ("3.30101E+17", "3.30101e17").
bool looksLikeScientificNotation(const QString &number);

// Validates a *normalised* number (call normaliseIdNumber() first; lower-case letters or
// full-width digits are format errors here) for its type. `today` bounds birth dates.
// Error codes, one per cause:
//   id.type_not_accepted   the type is Unknown / not one of the eight
//   id.empty               no number
//   id.scientific_notation the spreadsheet stored the number as a number; digits are lost
//   id.format              wrong length or characters for the type
//   id.area                unknown province prefix (types 1, 7, 8) or wrong area for types 7 / 8
//   id.birth_date          impossible date, before 1900 or after `today` (types 1, 7, 8)
//   id.check_char          wrong check character (types 1, 7, 8: GB 11643; type 5: HKID mod 11)
// The Macao ID check digit is not verified (its algorithm is not public).
Result<void> validateIdNumber(IdType type, const QString &number, const QDate &today);
// Same, with today = the system date.
Result<void> validateIdNumber(IdType type, const QString &number);

// GB 11643 check character ('0'..'9' or 'X') of the first 17 digits; a null QChar if `first17`
// is not 17 digits.
QChar residentIdCheckChar(const QString &first17);

// HKID check character ('0'..'9' or 'A') of a 1–2 letter prefix and 6 digits; a null QChar if
// malformed. A single-letter prefix counts a space (36) in front of the letter.
QChar hkidCheckChar(const QString &prefix, const QString &digits);

// True if the first two digits are a province code (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81-83).
bool isProvinceCode(const QString &twoDigits);

// Birth date (digits 7-14) of an 18-character resident-ID-style number; invalid QDate otherwise.
QDate birthDateFromIdNumber(const QString &idNumber);

// Gender (digit 17: odd = male, even = female) of an 18-character number; Unknown otherwise.
Gender genderFromIdNumber(const QString &idNumber);

} // namespace cet
