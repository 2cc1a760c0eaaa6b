#include "CandidateReplies.h"

#include "ApiErrors.h"
#include "CandidateMessages.h"
#include "CentralService.h"
#include "PassportService.h"
#include "StrictBody.h"
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
    if (error.code == candidate::codes::tooManyTries || error.code == candidate::codes::tooManyRequests)
        reply.headers.append({ QByteArrayLiteral("Retry-After"), error.detail.toLatin1() });
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

Result<void> noQuery(const ApiRequest &request)
{
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    if (!items.isEmpty())
        return candidate::error(candidate::codes::unknownField, items.constFirst().first);
    return {};
}

Result<QHash<QString, QString>> queryParams(const ApiRequest &request, const QStringList &names)
{
    QHash<QString, QString> out;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        if (!names.contains(item.first))
            return candidate::error(candidate::codes::unknownField, item.first);
        if (out.contains(item.first))
            return candidate::error(candidate::codes::repeatedParam, item.first);
        out.insert(item.first, item.second);
    }
    for (const QString &name : names) {
        if (!out.contains(name))
            return candidate::error(candidate::codes::missingField, name);
    }
    return out;
}

Result<void> emptyBody(const ApiRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return {};
    auto body = candidate::StrictBody::parse(request.body, {});
    if (!body)
        return body.error();
    return {};
}

} // namespace cet::central::http
