#pragma once

// The customer-service desk's error codes (/api/v1/cs/…), each with its HTTP status and a message in
// Chinese (the default: agents and supervisors read Chinese) and in English (Accept-Language: en).
// Services return Error{code, English message, detail}; "%1" in a message is replaced with detail.

#include "Result.h"

#include <QString>

namespace cet::central::cs {

namespace codes {
inline const QString forbidden = QStringLiteral("cs.forbidden");
inline const QString reasonRequired = QStringLiteral("cs.reason_required");
inline const QString notFound = QStringLiteral("cs.not_found");
inline const QString badIdType = QStringLiteral("cs.bad_id_type");
inline const QString badPassportId = QStringLiteral("cs.bad_passport_id");
inline const QString passportBound = QStringLiteral("cs.passport_bound");
inline const QString emailMismatch = QStringLiteral("cs.email_mismatch");
inline const QString requestOpen = QStringLiteral("cs.request_open");
inline const QString checksRequired = QStringLiteral("cs.checks_required");
inline const QString unknownCheck = QStringLiteral("cs.unknown_check");
inline const QString notBound = QStringLiteral("cs.not_bound");
inline const QString fourEyes = QStringLiteral("cs.four_eyes");
inline const QString notFiler = QStringLiteral("cs.not_filer");
inline const QString badState = QStringLiteral("cs.bad_state");
inline const QString requestNotFound = QStringLiteral("cs.request_not_found");
inline const QString registrationGone = QStringLiteral("cs.registration_gone");
inline const QString badShape = QStringLiteral("request.bad_shape");
} // namespace codes

bool isCsCode(const QString &code);
// The HTTP status of a code (500 for an unknown one).
int csHttpStatus(const QString &code);
// The message of `code` in Chinese or English, "%1" replaced by `detail`; empty for an unknown code.
QString csMessage(const QString &code, bool english, const QString &detail = {});
// An Error of the catalogue: code, the English message, detail.
Error csError(const QString &code, const QString &detail = {});

} // namespace cet::central::cs
