#pragma once

// The mail that tells a candidate their CET6 review was decided: passed at once by rule 1, or
// passed or failed by a teacher of the school. Its kind is "review.passed" / "review.failed" unless
// the caller names one (a desk's decision op: "cet6_review_decided"). Written into the
// message outbox in the transaction of the decision; a review without a passport (filed by a
// teacher for the candidate) or whose passport is gone has nobody to mail.

#include "CentralStore.h"
#include "Cet6ReviewSql.h"

namespace cet::central {

inline const QString kDeskDecisionMail = QStringLiteral("cet6_review_decided");

Result<void> mailReviewDecision(CentralStore &store, const cet6reviewsql::ReviewRow &row, const QString &kind = {});

} // namespace cet::central
