#pragma once

// The server's timed rules, run as jobs at a given time (cet-central run-jobs, the simulator,
// tests): an unpaid subject is released 24 hours after it was booked (its seat given back), and a
// registration that holds no subject the exam session's hours (24 by default) after it was saved
// is deleted. Subjects go first, so that a registration whose last subject was released is
// deleted in the same run once it is old enough. Each release or deletion is its own transaction
// with its notice in the outbox, so that a long run never holds the seats' rows for long.
// Subjects locked for a collective payment, and subjects whose payment awaits the bank's answer
// (a charge may have happened), are not released.

#include "CandidateContext.h"
#include "Result.h"

namespace cet::central::candidate {

struct JobsRun
{
    int subjectsReleased = 0;
    int registrationsDeleted = 0;
};

class TimedJobs
{
public:
    static constexpr int kUnpaidHours = 24;

    explicit TimedJobs(CandidateContext context) : m_context(std::move(context)) { }

    // Runs every job due at the context's now().
    Result<JobsRun> runDue();

private:
    Result<int> releaseUnpaid(const QDateTime &now);
    Result<int> deleteUnbooked(const QDateTime &now);

    CandidateContext m_context;
};

} // namespace cet::central::candidate
