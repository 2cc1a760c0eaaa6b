#pragma once

// Whether a candidate holds a CET6 qualification (a passed CET6 review, or a CET4 written score of
// at least 425). The review tables that decide it are not part of this server yet: until they are,
// nobody qualifies for CET6 here, and the level-6 subjects stay out of the qualification list.

#include "CandidateContext.h"

#include <QString>

namespace cet::central::candidate {

bool hasCet6Qualification(CandidateContext &context, int idType, const QString &idNumber);

} // namespace cet::central::candidate
