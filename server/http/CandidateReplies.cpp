#include "CandidateReplies.h"

#include "ApiErrors.h"
#include "CandidateMessages.h"
#include "CentralService.h"
#include "PassportService.h"
#include "Wire.h"

namespace cet::central::http {

ApiReply candidateError(const ApiRequest &request, const Error &error)
{
    if (!candidate::isKnown(error.code))
        return errorReply(error);
    const candidate::Language language = candidate::languageFrom(request.acceptLanguage);
    ApiReply reply = errorReply(candidate::httpStatus(error.code), error.code, candidate::message(error, language));
    reply.headers.append({ QByteArrayLiteral("Content-Language"),
                           language == candidate::Language::English ? QByteArrayLiteral("en")
                                                                    : QByteArrayLiteral("zh-CN") });
    return reply;
}

candidate::CandidateContext candidateContext(CentralService &service)
{
    return candidate::CandidateContext{ service.store(), [&service] { return service.now(); } };
}

QString bearerOf(const ApiRequest &request)
{
    const QByteArray header = request.authorization.trimmed();
    const int space = header.indexOf(' ');
    if (space <= 0 || header.left(space).toLower() != "bearer")
        return {};
    const QByteArray token = header.mid(space + 1).trimmed();
    return token.size() > 512 ? QString() : QString::fromLatin1(token);
}

Result<QString> requirePassport(const ApiRequest &request, CentralService &service)
{
    const QString token = bearerOf(request);
    if (token.isEmpty())
        return candidate::error(candidate::codes::signInNeeded);
    return candidate::PassportService(candidateContext(service)).authenticate(token);
}

} // namespace cet::central::http
