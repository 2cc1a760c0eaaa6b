#pragma once

// cet-central simulate --db URL --school CODE --candidates N [--seed S] [--days D]: plays N
// candidates of the school's roster through the candidate API at an accelerated clock (see
// CandidateSimulation), on an in-process server over the same database, so that desks have
// pending reviews, filling campuses and released seats to work on.

#include "CentralCliSupport.h"

namespace cet::central::cli {

int runSimulate(const QStringList &args, CliIo io);

// The same simulation for another command (the demo): plays `candidates` of `school` over `days`
// ending now; prints the summary to io.out. Empty on success.
Result<void> simulateSchool(const QString &dbUrl, const QString &school, int candidates, quint64 seed, int days,
                            bool json, CliIo io);

} // namespace cet::central::cli
