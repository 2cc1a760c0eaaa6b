#pragma once

// Whether a candidate holds a CET6 qualification: a passed CET6 review of the student record, or a
// CET4 written score of at least 425 from 2005 on recorded under its ID number. A database error
// counts as not qualified (the level-6 subjects stay out of the list rather than open wrongly).

#include "CandidateContext.h"

#include <QString>

namespace cet::central::candidate {

bool hasCet6Qualification(CandidateContext &context, int idType, const QString &idNumber);

} // namespace cet::central::candidate
