#pragma once

// Password recovery (密码找回) of the source documents: a candidate who forgot the password asks
// by email or by mobile number. The answer never says whether such an account exists (the same
// answer, after the same work, for every address). An email gets a single-use link token, a
// mobile a 6-digit code; both live 15 minutes and are stored as hashes only; a code dies after 5
// wrong tries. Confirming sets the new password, revokes the passport's sessions and spends its
// other open requests, in one transaction. Messages go through the server's outbox (the mail and
// text-message senders deliver them).

#include "CandidateContext.h"
#include "Result.h"

#include <QString>

namespace cet::central::candidate {

class PasswordReset
{
public:
    static constexpr int kMinutes = 15;
    static constexpr int kTries = 5;

    explicit PasswordReset(CandidateContext context) : m_context(std::move(context)) { }

    // Exactly one of `email` and `mobile`; reset.one_way otherwise, passport.bad_email /
    // passport.bad_mobile for a malformed one. Succeeds for unknown addresses too. Each request is
    // counted per address or number typed (known or not) and per client address `peer`: after the
    // first, each next one waits 1, 2, 4, 8 s, and the fifth locks that address for 15 minutes, so
    // nobody can fill a mailbox or a phone with reset messages (passport.too_many_requests, the
    // seconds in the detail).
    Result<void> request(const QString &email, const QString &mobile, const QString &peer = {});
    // With the link's token, or with the mobile number and its code. reset.invalid for an
    // unknown, used or expired token or code; reset.too_many_tries once a code had its tries;
    // passport.weak_password for a weak new password (the request stays usable).
    Result<void> confirm(const QString &token, const QString &mobile, const QString &code,
                         const QString &newPassword);

private:
    CandidateContext m_context;
};

} // namespace cet::central::candidate
