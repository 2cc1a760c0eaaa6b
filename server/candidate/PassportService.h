#pragma once

// Passport accounts (通行证): registration, sign-in by email or mobile, sign-out, the signed-in
// email change, and the check of a passport session token. Errors are CandidateMessages codes.

#include "CandidateContext.h"
#include "Result.h"

#include <QString>

namespace cet::central::candidate {

struct SignIn
{
    QString token;
    QString passportId;
    QDateTime expiresAt;
};

class PassportService
{
public:
    explicit PassportService(CandidateContext context) : m_context(std::move(context)) { }

    // The new passport's id (32 upper-case hex). Email: trimmed, unique whatever its case;
    // mobile optional (11 digits), unique.
    Result<QString> registerPassport(const QString &email, const QString &password, const QString &mobile);
    // `login` is an email (it has an '@') or a mobile number. Unknown login and wrong password
    // give the same error after the same work (one password verification), so that the answer
    // does not tell which accounts exist. Throttled like staff sign-in, per login typed (known or
    // not) and per client address `peer` (none: not counted per address): passport.too_many_tries
    // with the seconds to wait as detail.
    Result<SignIn> login(const QString &login, const QString &password, const QString &peer = {});
    Result<void> logout(const QString &token);
    // The passport of a live session; passport.sign_in_needed otherwise.
    Result<QString> authenticate(const QString &token);
    // The seeds' "wrong email, password remembered": the signed-in candidate proves the password.
    Result<void> changeEmail(const QString &passportId, const QString &password, const QString &newEmail);

    static constexpr qint64 kSessionSeconds = 12 * 3600;

private:
    CandidateContext m_context;
};

// Shape checks, shared with the other candidate flows.
bool isEmailAddress(const QString &email);
// 8 to 64 characters with a letter and a digit.
bool isStrongPassword(const QString &password);
bool isMobileNumber(const QString &mobile);
// "z***@example.com": the first character of the local part and the whole domain, enough for a
// candidate or a caller to recognise their address and not enough to read it off a screen.
QString maskEmail(const QString &email);
// "138****5678"; empty stays empty.
QString maskMobile(const QString &mobile);
// The key that makes emails unique regardless of case.
QString emailKey(const QString &email);

} // namespace cet::central::candidate
