#pragma once

#include "IdType.h"

#include <QString>

namespace cet {

// The one way CET Desk shows an ID number that was not explicitly revealed: in lists, in the
// sync pages, in messages and errors, in the CLI's output. Enough to recognise a record, never
// enough to read the number off a screen or a log.
//   18 characters (resident ID cards and the residence permits): first 6 + 8 '*' + last 4,
//     "330101********0000";
//   9 or more other characters (passports, HKID, travel permits): first 2 + '*' + last 2,
//     "E1*****78";
//   5 to 8 characters: first 1 + '*' + last 1 (last 2 for 8 characters), so that most of a short
//     passport number stays hidden: "A***5", "E*****78";
//   4 or fewer characters: all '*'.
// The type is part of the signature so that a type with its own layout can get its own rule.
QString maskIdNumber(IdType type, const QString &idNumber);

} // namespace cet
