#pragma once

// Shared steps of the candidate-side service tests: a passport bound to the i-th demo student of
// school 10001 (campus 100011), and reading or changing what that campus offers.

#include "CandidateContext.h"
#include "CentralService.h"
#include "OfferSql.h"

#include <QString>

namespace cet::central::test {

inline const QString kDemoSchool = QStringLiteral("10001");
inline const QString kDemoCampus = QStringLiteral("100011");

// Registers passport `email` and binds it to demo student i; the passport id, or "" on failure
// (the cause is logged).
QString boundCandidate(candidate::CandidateContext context, const QString &email, int i);
// The campus's offer of `subject` (a default row when absent).
offersql::OfferRow offerAt(CentralStore &store, const QString &campus, const QString &subject,
                           const QString &school = {}); // the demo school's by default
// Sets the offer's capacity (seats taken are kept).
bool setCapacity(CentralStore &store, const QString &campus, const QString &subject, int capacity);

} // namespace cet::central::test
