#pragma once

// The CET6 review's error and outcome codes, each with its HTTP status and a message in Chinese
// (candidates and teachers read Chinese) and in English (Accept-Language: en, logs). Services
// return Error{code, English message, detail}; "%1" in a message is replaced with Error::detail.

#include "Result.h"

#include <QString>

namespace cet::central::review {

namespace codes {
// Outcomes of the rules (stored as the review's reason code).
inline const QString passed = QStringLiteral("review.passed");
inline const QString pendingIdDiffers = QStringLiteral("review.pending_id_differs");
inline const QString decidedPass = QStringLiteral("review.decided_pass");
inline const QString decidedFail = QStringLiteral("review.decided_fail");
// Refusals at submission (rule 3 and the checks before it).
inline const QString ticketInvalid = QStringLiteral("review.ticket_invalid");
inline const QString ticketNotCet4 = QStringLiteral("review.ticket_not_cet4");
inline const QString ticketTooOld = QStringLiteral("review.ticket_too_old");
inline const QString noRecord = QStringLiteral("review.no_record");
inline const QString scoreTooLow = QStringLiteral("review.score_too_low");
inline const QString scoreTooOld = QStringLiteral("review.score_too_old");
inline const QString noMatch = QStringLiteral("review.no_match");
inline const QString notOwnId = QStringLiteral("review.not_own_id");
inline const QString badName = QStringLiteral("review.bad_name");
// The review's life.
inline const QString exists = QStringLiteral("review.exists");
inline const QString alreadyQualified = QStringLiteral("review.already_qualified");
inline const QString cet6NotOffered = QStringLiteral("review.cet6_not_offered");
inline const QString restricted = QStringLiteral("review.restricted");
inline const QString none = QStringLiteral("review.none");
inline const QString pendingLocked = QStringLiteral("review.pending_locked");
inline const QString passedLocked = QStringLiteral("review.passed_locked");
inline const QString notPending = QStringLiteral("review.not_pending");
inline const QString notFound = QStringLiteral("review.not_found");
// Evidence files.
inline const QString evidenceEmpty = QStringLiteral("evidence.empty");
inline const QString evidenceTooLarge = QStringLiteral("evidence.too_large");
inline const QString evidenceBadType = QStringLiteral("evidence.bad_type");
inline const QString evidenceTooMany = QStringLiteral("evidence.too_many");
inline const QString evidenceNotFound = QStringLiteral("evidence.not_found");
} // namespace codes

bool isReviewCode(const QString &code);
// The HTTP status of a review code (500 for an unknown one).
int reviewHttpStatus(const QString &code);
// The message of `code` in Chinese or English, "%1" replaced by `detail`; empty for an unknown code.
QString reviewMessage(const QString &code, bool english, const QString &detail = {});
// An Error of the catalogue: code, the English message, detail.
Error reviewError(const QString &code, const QString &detail = {});

} // namespace cet::central::review
