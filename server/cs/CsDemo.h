#pragma once

// Demo callers for the customer-service desk (`cet-central demo`): passports bound to demo students
// of school 10001, one per case of the seeds' lost-email chapter, so that an agent has someone to
// look up. Seeded once: a second call finds the first demo passport and does nothing.

#include "CandidateContext.h"
#include "Result.h"

#include <QStringList>

namespace cet::central::cs {

// Needs a roster of at least kCsDemoStudents students in school 10001 (fewer: nothing is seeded).
constexpr int kCsDemoStudents = 4;
// Lines describing whom to look up (for the demo's console output).
Result<QStringList> seedCsDemo(candidate::CandidateContext context, int rosterSize);

} // namespace cet::central::cs
