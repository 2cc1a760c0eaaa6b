#include "CandidateHandlers.h"

#include "ApiErrors.h"
#include "CandidateMessages.h"
#include "CandidateReplies.h"
#include "PassportService.h"
#include "AccountRecovery.h"
#include "PasswordReset.h"
#include "RegistrationService.h"
#include "StrictBody.h"
#include "Wire.h"

namespace cet::central::http {

namespace {

using candidate::StrictBody;
using Field = StrictBody::Field;
using Type = StrictBody::Type;

candidate::StudentKey studentKey(const QString &idType, const QString &idNumber, const QString &name)
{
    return candidate::StudentKey{ idType, idNumber, name };
}

} // namespace

ApiReply handlePassportRegister(const ApiRequest &request, CentralService &service)
{
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("email"), Type::String, true },
                                                  Field{ QStringLiteral("password"), Type::String, true },
                                                  Field{ QStringLiteral("mobile"), Type::String, false } });
    if (!body)
        return candidateError(request, body.error());
    const StrictBody &b = body.value();
    auto id = candidate::PassportService(candidateContext(service))
                  .registerPassport(b.string(QStringLiteral("email")), b.string(QStringLiteral("password")),
                                    b.string(QStringLiteral("mobile")));
    if (!id)
        return candidateError(request, id.error());
    return jsonReply(QJsonObject{ { QStringLiteral("passport_id"), id.value() } }, 201);
}

// 202 whether or not the address has an account: the answer must not tell.
ApiReply handlePasswordReset(const ApiRequest &request, CentralService &service)
{
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("email"), Type::String, false },
                                                  Field{ QStringLiteral("mobile"), Type::String, false } });
    if (!body)
        return candidateError(request, body.error());
    auto asked = candidate::PasswordReset(candidateContext(service))
                     .request(body.value().string(QStringLiteral("email")), body.value().string(QStringLiteral("mobile")),
                              request.peer);
    if (!asked)
        return candidateError(request, asked.error());
    return jsonReply(QJsonObject{ { QStringLiteral("accepted"), true } }, 202);
}

ApiReply handlePasswordResetConfirm(const ApiRequest &request, CentralService &service)
{
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("token"), Type::String, false },
                                                  Field{ QStringLiteral("mobile"), Type::String, false },
                                                  Field{ QStringLiteral("code"), Type::String, false },
                                                  Field{ QStringLiteral("new_password"), Type::String, true } });
    if (!body)
        return candidateError(request, body.error());
    const StrictBody &b = body.value();
    auto done = candidate::PasswordReset(candidateContext(service))
                    .confirm(b.string(QStringLiteral("token")), b.string(QStringLiteral("mobile")),
                             b.string(QStringLiteral("code")), b.string(QStringLiteral("new_password")));
    if (!done)
        return candidateError(request, done.error());
    return jsonReply(QJsonObject{ { QStringLiteral("reset"), true } });
}

ApiReply handleRecoverAccount(const ApiRequest &request, CentralService &service)
{
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("id_type"), Type::String, true },
                                                  Field{ QStringLiteral("id_number"), Type::String, true },
                                                  Field{ QStringLiteral("name"), Type::String, true },
                                                  Field{ QStringLiteral("captcha_id"), Type::String, true },
                                                  Field{ QStringLiteral("captcha"), Type::String, true } });
    if (!body)
        return candidateError(request, body.error());
    const StrictBody &b = body.value();
    auto found = candidate::AccountRecovery(candidateContext(service))
                     .recover({ b.string(QStringLiteral("id_type")), b.string(QStringLiteral("id_number")),
                                b.string(QStringLiteral("name")), b.string(QStringLiteral("captcha_id")),
                                b.string(QStringLiteral("captcha")) },
                              request.peer);
    if (!found)
        return candidateError(request, found.error());
    return jsonReply(found.value());
}

ApiReply handlePassportLogin(const ApiRequest &request, CentralService &service)
{
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("login"), Type::String, true },
                                                  Field{ QStringLiteral("password"), Type::String, true } });
    if (!body)
        return candidateError(request, body.error());
    auto signIn = candidate::PassportService(candidateContext(service))
                      .login(body.value().string(QStringLiteral("login")), body.value().string(QStringLiteral("password")),
                             request.peer);
    if (!signIn)
        return candidateError(request, signIn.error());
    return jsonReply(QJsonObject{ { QStringLiteral("token"), signIn.value().token },
                                  { QStringLiteral("passport_id"), signIn.value().passportId },
                                  { QStringLiteral("expires_at"), protocol::toWireTime(signIn.value().expiresAt) } });
}

ApiReply handlePassportLogout(const ApiRequest &request, CentralService &service)
{
    if (auto who = requirePassport(request, service); !who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    if (auto ok = emptyBody(request); !ok)
        return candidateError(request, ok.error());
    if (auto done = candidate::PassportService(candidateContext(service)).logout(bearerOf(request)); !done)
        return candidateError(request, done.error());
    return jsonReply(QJsonObject{});
}

ApiReply handlePassportEmail(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("password"), Type::String, true },
                                                  Field{ QStringLiteral("new_email"), Type::String, true } });
    if (!body)
        return candidateError(request, body.error());
    const QString newEmail = body.value().string(QStringLiteral("new_email"));
    if (auto done = candidate::PassportService(candidateContext(service))
                        .changeEmail(who.value(), body.value().string(QStringLiteral("password")), newEmail);
        !done)
        return candidateError(request, done.error());
    return jsonReply(QJsonObject{ { QStringLiteral("email"), newEmail.trimmed() } });
}

ApiReply handleQualification(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    const QString idType = QStringLiteral("id_type"), idNumber = QStringLiteral("id_number"),
                  name = QStringLiteral("name");
    auto params = queryParams(request, { idType, idNumber, name });
    if (!params)
        return candidateError(request, params.error());
    const auto &p = params.value();
    auto found = candidate::RegistrationService(candidateContext(service))
                     .qualification(who.value(), studentKey(p.value(idType), p.value(idNumber), p.value(name)));
    if (!found)
        return candidateError(request, found.error());
    return jsonReply(found.value());
}

ApiReply handleBindRegistration(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("id_type"), Type::String, true },
                                                  Field{ QStringLiteral("id_number"), Type::String, true },
                                                  Field{ QStringLiteral("name"), Type::String, true },
                                                  Field{ QStringLiteral("confirm"), Type::Boolean, true } });
    if (!body)
        return candidateError(request, body.error());
    const StrictBody &b = body.value();
    auto bound = candidate::RegistrationService(candidateContext(service))
                     .bind(who.value(),
                           studentKey(b.string(QStringLiteral("id_type")), b.string(QStringLiteral("id_number")),
                                      b.string(QStringLiteral("name"))),
                           b.boolean(QStringLiteral("confirm")));
    if (!bound)
        return candidateError(request, bound.error());
    return jsonReply(bound.value());
}

ApiReply handleGetRegistration(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto mine = candidate::RegistrationService(candidateContext(service)).registration(who.value());
    if (!mine)
        return candidateError(request, mine.error());
    return jsonReply(mine.value());
}

} // namespace cet::central::http
