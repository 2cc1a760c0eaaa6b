#pragma once

// 找回已报名账号 of the source documents: a candidate who no longer knows which passport their
// registration is bound to gives the ID type, ID number and name, and answers an image captcha
// (single use, so a guesser needs a new image for every try); the answer is the bound passport's
// login, masked (z***@example.com), and only for a student record that was verified and bound.
// Everyone else — no record, a record never bound, a name that does not match — gets the seeds'
// one answer, 无法查询到报名信息, so that the endpoint does not tell them apart.

#include "CandidateContext.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace cet::central::candidate {

struct RecoveryQuery
{
    QString idType;
    QString idNumber;
    QString name;
    QString captchaId;
    QString captcha;
};

class AccountRecovery
{
public:
    explicit AccountRecovery(CandidateContext context) : m_context(std::move(context)) { }

    // {"login": "z***@example.com", "mobile": "138****5678" or ""}. Errors: the captcha's
    // (captcha.unknown / expired / wrong), candidate.bad_id_type, recover.not_found, and
    // passport.too_many_requests when the ID number typed or the client address `peer` asked too
    // often (as sign-in is counted: a captcha only slows a guesser that reads images).
    Result<QJsonObject> recover(const RecoveryQuery &query, const QString &peer = {});

private:
    CandidateContext m_context;
};

} // namespace cet::central::candidate
