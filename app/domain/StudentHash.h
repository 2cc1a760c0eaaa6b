#pragma once

#include "IdType.h"
#include "StudentRecord.h"

#include <QStringView>

#include <array>

namespace cet {

// Stable 64-bit hashes of student records, the same on every platform and in every version
// (they may be stored): import plans compare a file row with the database through them.
// Both are FNV-1a 64 over the UTF-16 code units (little-endian byte order) of the text of each
// part, with a 0xFFFF unit after each part.

// The identity key: the ID type's numeric code as decimal text ("1"; Unknown is "0"), then the
// (normalised) ID number. E.g. (ResidentId, "11010519491231002X") → 0x2b9613711d3bf5d6.
quint64 studentIdentityHash(IdType type, QStringView idNumber);

// Every field of StudentField in enum order, as StudentRecord::fieldText() gives it (so an
// empty record hashes to 0x46018dea3ac1e277).
quint64 studentContentHash(const StudentRecord &record);
// The same from the 15 field texts in StudentField order (e.g. from a packed row).
quint64 studentContentHash(const std::array<QStringView, int(StudentField::Count_)> &fieldTexts);

} // namespace cet
