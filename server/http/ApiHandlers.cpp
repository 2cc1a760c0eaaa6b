#include "ApiHandlers.h"

#include "ApiErrors.h"
#include "CentralService.h"
#include "Wire.h"

#include <QJsonObject>

namespace cet::central::http {

namespace {

const QString kSchoolParam = QStringLiteral("school");

// "Bearer <token>" → the token; auth.bad_token when missing or malformed.
Result<QString> bearerToken(const ApiRequest &request)
{
    const QByteArray header = request.authorization.trimmed();
    if (header.isEmpty())
        return Error { protocol::codes::badToken, QStringLiteral("missing Authorization: Bearer token"), {} };
    const int space = header.indexOf(' ');
    if (space <= 0 || header.left(space).toLower() != "bearer")
        return Error { protocol::codes::badToken, QStringLiteral("Authorization must be \"Bearer <token>\""), {} };
    const QByteArray token = header.mid(space + 1).trimmed();
    if (token.isEmpty() || token.size() > 512)
        return Error { protocol::codes::badToken, QStringLiteral("malformed bearer token"), {} };
    return QString::fromLatin1(token);
}

// A request body that must be a JSON object (empty body allowed when `emptyOk`: → {}).
Result<QJsonObject> bodyObject(const ApiRequest &request, bool emptyOk)
{
    if (emptyOk && request.body.trimmed().isEmpty())
        return QJsonObject {};
    return protocol::parseObject(request.body);
}

} // namespace

Result<Session> authenticate(const ApiRequest &request, CentralService &service)
{
    auto token = bearerToken(request);
    if (!token)
        return token.error();
    return service.authenticate(token.value());
}

// Refuses query parameters other than `allowed` (request.bad_shape naming the first one).
Result<void> onlyParams(const QUrlQuery &query, const QStringList &allowed)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!allowed.contains(item.first))
            return Error { protocol::codes::badShape, QStringLiteral("query.%1: unknown parameter").arg(item.first),
                {} };
    }
    if (query.allQueryItemValues(kSchoolParam).size() > 1)
        return Error { protocol::codes::badShape, QStringLiteral("query.school: given more than once"), {} };
    return {};
}

ApiReply handleLogin(const ApiRequest &request, CentralService &service)
{
    if (auto ok = onlyParams(request.query, {}); !ok)
        return errorReply(ok.error());
    auto body = bodyObject(request, false);
    if (!body)
        return errorReply(body.error());
    auto login = protocol::LoginRequest::fromJson(body.value());
    if (!login)
        return errorReply(login.error());
    auto response = service.login(login.value(), request.peer);
    if (!response)
        return errorReply(response.error());
    return jsonReply(response.value().toJson());
}

ApiReply handleLogout(const ApiRequest &request, CentralService &service)
{
    auto token = bearerToken(request);
    if (!token)
        return errorReply(token.error());
    if (auto ok = onlyParams(request.query, {}); !ok)
        return errorReply(ok.error());
    auto body = bodyObject(request, true);
    if (!body)
        return errorReply(body.error());
    if (!body.value().isEmpty()) {
        return errorReply(
            protocol::codes::badShape, QStringLiteral("%1: unknown field").arg(body.value().keys().constFirst()));
    }
    if (auto session = service.authenticate(token.value()); !session)
        return errorReply(session.error());
    if (auto done = service.logout(token.value()); !done)
        return errorReply(done.error());
    return jsonReply(QJsonObject {});
}

ApiReply handleMe(const ApiRequest &request, CentralService &service)
{
    auto session = authenticate(request, service);
    if (!session)
        return errorReply(session.error());
    if (auto ok = onlyParams(request.query, {}); !ok)
        return errorReply(ok.error());
    const Staff &staff = session.value().staff;
    protocol::MeResponse me;
    me.user.name = staff.name;
    me.user.displayName = staff.displayName;
    me.user.role = staff.role;
    me.user.school = staff.school;
    me.expiresAt = session.value().expiresAt;
    return jsonReply(me.toJson());
}

ApiReply handleChanges(const ApiRequest &request, CentralService &service)
{
    auto session = authenticate(request, service);
    if (!session)
        return errorReply(session.error());
    if (auto ok = onlyParams(request.query, { QStringLiteral("since"), QStringLiteral("limit"), kSchoolParam }); !ok)
        return errorReply(ok.error());
    QUrlQuery paging = request.query;
    paging.removeAllQueryItems(kSchoolParam);
    auto query = protocol::ChangesQuery::fromQuery(paging);
    if (!query)
        return errorReply(query.error());
    auto page = service.changesBody(session.value(), query.value().since, query.value().limit,
        request.query.queryItemValue(kSchoolParam, QUrl::FullyDecoded));
    if (!page)
        return errorReply(page.error());
    return jsonReply(std::move(page).value());
}

ApiReply handlePush(const ApiRequest &request, CentralService &service)
{
    auto session = authenticate(request, service);
    if (!session)
        return errorReply(session.error());
    if (auto ok = onlyParams(request.query, { kSchoolParam }); !ok)
        return errorReply(ok.error());
    auto push = protocol::PushRequest::fromBody(request.body);
    if (!push)
        return errorReply(push.error());
    auto response
        = service.push(session.value(), push.value(), request.query.queryItemValue(kSchoolParam, QUrl::FullyDecoded));
    if (!response)
        return errorReply(response.error());
    return jsonReply(response.value().toBody());
}

ApiReply handleDigest(const ApiRequest &request, CentralService &service)
{
    auto session = authenticate(request, service);
    if (!session)
        return errorReply(session.error());
    if (auto ok = onlyParams(request.query, { kSchoolParam }); !ok)
        return errorReply(ok.error());
    auto digest = service.digest(session.value(), request.query.queryItemValue(kSchoolParam, QUrl::FullyDecoded));
    if (!digest)
        return errorReply(digest.error());
    return jsonReply(digest.value().toJson());
}

ApiReply handlePublicNotices(const ApiRequest &request, CentralService &service)
{
    if (auto ok = onlyParams(request.query, { kSchoolParam }); !ok)
        return errorReply(ok.error());
    auto notices = service.publicNotices(request.query.queryItemValue(kSchoolParam, QUrl::FullyDecoded));
    if (!notices)
        return errorReply(notices.error());
    return jsonReply(notices.value());
}

ApiReply handleSchoolCapacity(const ApiRequest &request, CentralService &service)
{
    auto session = authenticate(request, service);
    if (!session)
        return errorReply(session.error());
    if (auto ok = onlyParams(request.query, { kSchoolParam }); !ok)
        return errorReply(ok.error());
    auto usage = service.schoolCapacity(session.value(), request.query.queryItemValue(kSchoolParam, QUrl::FullyDecoded));
    if (!usage)
        return errorReply(usage.error());
    return jsonReply(usage.value());
}

ApiReply handleSchoolRegistrations(const ApiRequest &request, CentralService &service)
{
    auto session = authenticate(request, service);
    if (!session)
        return errorReply(session.error());
    const QString since = QStringLiteral("since");
    if (auto ok = onlyParams(request.query, { kSchoolParam, since }); !ok)
        return errorReply(ok.error());
    auto states = service.schoolRegistrations(session.value(),
                                              request.query.queryItemValue(kSchoolParam, QUrl::FullyDecoded),
                                              request.query.queryItemValue(since, QUrl::FullyDecoded));
    if (!states)
        return errorReply(states.error());
    return jsonReply(states.value());
}

} // namespace cet::central::http
