#pragma once

// Stores the rows of a checked CET4 score file in one transaction: all of them or, on any
// failure, none.

#include "Cet4ScoreSql.h"

namespace cet::central::review {

// The number of rows stored (inserted or replacing a stored row of the same ticket).
Result<qint64> importCet4Scores(CentralStore &store, const QList<cet4scoresql::ScoreRow> &rows);

} // namespace cet::central::review
