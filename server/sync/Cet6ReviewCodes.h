#pragma once

// The codes of refused or disputed cet6_review ops, as the desks read them (op results carry the
// code and an English message; the desk shows its own translation of the code).

#include <QString>

namespace cet::central::reviewops {

inline const QString forbidden = QStringLiteral("review.forbidden");
inline const QString closed = QStringLiteral("review.closed");
inline const QString reasonRequired = QStringLiteral("review.reason_required");
inline const QString disputed = QStringLiteral("review.disputed");
inline const QString studentUnknown = QStringLiteral("review.student_unknown");
inline const QString invalid = QStringLiteral("review.invalid");
inline const QString notFound = QStringLiteral("review.not_found");
// The reason codes a teacher's decision stores (as the candidate API words them).
inline const QString decidedPass = QStringLiteral("review.decided_pass");
inline const QString decidedFail = QStringLiteral("review.decided_fail");

inline const QString coordinatorRole = QStringLiteral("coordinator");

} // namespace cet::central::reviewops
