#pragma once

// CET4 score records for the demo roster (demoStudent), so that the demo's CET6 reviews meet every
// rule: of each ten students, three passed CET4 under their own ID number (rule 1), one passed
// under an older ID number with the same name (rule 2, pending for a teacher), one scored below
// 425 (refused), and five have no record.

#include "Cet4ScoreSql.h"

namespace cet::central::review {

QList<cet4scoresql::ScoreRow> demoCet4Scores(const QString &school, int rosterSize);

} // namespace cet::central::review
