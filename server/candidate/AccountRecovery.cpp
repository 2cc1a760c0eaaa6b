#include "AccountRecovery.h"

#include "CandidateMessages.h"
#include "CaptchaService.h"
#include "CentralStore.h"
#include "IdDocument.h"
#include "IdNumber.h"
#include "PassportService.h"
#include "PassportSql.h"
#include "RegistrationSql.h"

namespace cet::central::candidate {

Result<QJsonObject> AccountRecovery::recover(const RecoveryQuery &q)
{
    // The captcha first, and spent whatever follows: every try costs a new image.
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
