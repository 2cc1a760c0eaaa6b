#pragma once

// The candidate API's error codes, each with its HTTP status and a message in Chinese (the
// default: candidates read Chinese) and in English (Accept-Language: en). Services return
// Error{code, English message, detail}; the HTTP layer replaces the message with the catalogue's
// text in the request's language. A message may name one thing (a field, a parameter): "%1" is
// replaced with Error::detail.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace cet::central::candidate {

enum class Language { Chinese, English };

// The language an Accept-Language header asks for: English when an "en" tag outranks every "zh"
// tag (by q-value, then order); Chinese otherwise, and for an empty header.
Language languageFrom(const QByteArray &acceptLanguage);

namespace codes {
inline const QString badJson = QStringLiteral("request.bad_json");
inline const QString notObject = QStringLiteral("request.not_object");
inline const QString missingField = QStringLiteral("request.missing_field");
inline const QString unknownField = QStringLiteral("request.unknown_field");
inline const QString wrongType = QStringLiteral("request.wrong_type");
inline const QString repeatedParam = QStringLiteral("request.repeated_param");
inline const QString badEmail = QStringLiteral("passport.bad_email");
inline const QString badMobile = QStringLiteral("passport.bad_mobile");
inline const QString weakPassword = QStringLiteral("passport.weak_password");
inline const QString emailTaken = QStringLiteral("passport.email_taken");
inline const QString mobileTaken = QStringLiteral("passport.mobile_taken");
inline const QString badLogin = QStringLiteral("passport.bad_login");
inline const QString wrongPassword = QStringLiteral("passport.wrong_password");
inline const QString tooManyTries = QStringLiteral("passport.too_many_tries");
inline const QString tooManyRequests = QStringLiteral("passport.too_many_requests");
inline const QString signInNeeded = QStringLiteral("passport.sign_in_needed");
inline const QString badIdType = QStringLiteral("candidate.bad_id_type");
inline const QString recordNotFound = QStringLiteral("candidate.record_not_found");
inline const QString notConfirmed = QStringLiteral("registration.not_confirmed");
inline const QString notOpen = QStringLiteral("registration.not_open");
inline const QString closed = QStringLiteral("registration.closed");
inline const QString passportBound = QStringLiteral("registration.passport_bound");
inline const QString recordBound = QStringLiteral("registration.record_bound");
inline const QString noRegistration = QStringLiteral("registration.none");
// CaptchaService's refusals (server/captcha returns these codes with English messages).
inline const QString captchaUnknown = QStringLiteral("captcha.unknown");
inline const QString captchaExpired = QStringLiteral("captcha.expired");
inline const QString captchaWrong = QStringLiteral("captcha.wrong");
inline const QString unknownSubject = QStringLiteral("subjects.unknown");
inline const QString notOffered = QStringLiteral("subjects.not_offered");
inline const QString notQualified = QStringLiteral("subjects.not_qualified");
inline const QString restricted = QStringLiteral("subjects.restricted");
inline const QString sameLevel = QStringLiteral("subjects.same_level");
inline const QString oralNeedsWritten = QStringLiteral("subjects.oral_needs_written");
inline const QString oralNeedsWrittenPaid = QStringLiteral("subjects.oral_needs_written_paid");
inline const QString writtenHasOral = QStringLiteral("subjects.written_has_oral");
inline const QString notOpenToOthers = QStringLiteral("subjects.not_open_to_others");
inline const QString full = QStringLiteral("subjects.full");
inline const QString alreadyBooked = QStringLiteral("subjects.already_booked");
inline const QString notBooked = QStringLiteral("subjects.not_booked");
inline const QString paidSubject = QStringLiteral("subjects.paid");
inline const QString collectiveLock = QStringLiteral("subjects.collective_lock");
inline const QString paymentPending = QStringLiteral("payment.pending");
inline const QString paymentFailed = QStringLiteral("payment.failed");
inline const QString answerLost = QStringLiteral("payment.answer_lost");
inline const QString alreadyPaid = QStringLiteral("payment.already_paid");
inline const QString badBankOutcome = QStringLiteral("payment.bad_outcome");
inline const QString unknownSession = QStringLiteral("capacity.unknown_session");
inline const QString unknownSchool = QStringLiteral("capacity.unknown_school");
inline const QString recoverNotFound = QStringLiteral("recover.not_found");
inline const QString resetOneWay = QStringLiteral("reset.one_way");
inline const QString resetInvalid = QStringLiteral("reset.invalid");
inline const QString resetTooManyTries = QStringLiteral("reset.too_many_tries");
} // namespace codes

// Whether the catalogue knows `code`.
bool isKnown(const QString &code);
// The HTTP status of a catalogue code (500 for an unknown one).
int httpStatus(const QString &code);
// The catalogue's message for the error in `language`, "%1" replaced by error.detail; the
// error's own message for a code the catalogue does not know.
QString message(const Error &error, Language language);

// An Error of the catalogue: code, the English message (for logs), detail (the "%1" of the message).
Error error(const QString &code, const QString &detail = {});

} // namespace cet::central::candidate
