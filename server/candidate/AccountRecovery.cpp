#include "AccountRecovery.h"

#include "AttemptThrottle.h"
#include "CandidateMessages.h"
#include "CaptchaService.h"
#include "CentralStore.h"
#include "IdDocument.h"
#include "IdNumber.h"
#include "PassportService.h"
#include "PassportSql.h"
#include "RegistrationSql.h"
#include "ThrottleSql.h"

namespace cet::central::candidate {

Result<QJsonObject> AccountRecovery::recover(const RecoveryQuery &q, const QString &peer)
{
    {
        Transaction tx(m_context.store);
        if (auto r = tx.begin(true); !r)
            return r.error();
        // Five tries per ID number before the waits start (a candidate may mistype the name).
        const AttemptRule rule { throttlesql::kRecover, throttle::Limits { 5, 20 }, throttlesql::kRecoverAddress };
        auto counted = countAttempt(m_context.store, rule, normaliseIdNumber(q.idNumber).number.left(64), peer,
                                    m_context.now());
        if (!counted)
            return counted.error();
        if (counted.value())
            return error(codes::tooManyRequests, QString::number(*counted.value()));
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    // Then the captcha, spent whatever follows: every try costs a new image.
    CaptchaService captchas(m_context.store, m_context.now);
    if (auto ok = captchas.verify(q.captchaId.trimmed(), q.captcha); !ok)
        return ok.error();
    const auto type = idTypeFromLabel(q.idType.trimmed());
    if (!type)
        return error(codes::badIdType);
    auto reg = registrationsql::findByStudent(m_context.store, idTypeCode(type.value()),
                                              normaliseIdNumber(q.idNumber).number);
    if (!reg)
        return reg.error();
    if (!reg.value() || reg.value()->name != q.name.trimmed())
        return error(codes::recoverNotFound);
    auto passport = passportsql::findById(m_context.store, reg.value()->passportId);
    if (!passport)
        return passport.error();
    if (!passport.value())
        return error(codes::recoverNotFound);
    return QJsonObject{ { QStringLiteral("login"), maskEmail(passport.value()->email) },
                        { QStringLiteral("mobile"), maskMobile(passport.value()->mobile) } };
}

} // namespace cet::central::candidate
