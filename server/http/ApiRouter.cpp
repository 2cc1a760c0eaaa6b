#include "ApiRouter.h"

#include "ApiErrors.h"
#include "ApiHandlers.h"
#include "CentralService.h"
#include "HttpLogging.h"
#include "RequestTiming.h"
#include "Wire.h"

#include <exception>

namespace cet::central::http {

namespace {

using Handler = ApiReply (*)(const ApiRequest &, CentralService &);

struct Route
{
    const char *path;
    const char *method;
    Handler handler;
};

const Route kRoutes[] = {
    { "/api/v1/auth/login", "POST", &handleLogin },
    { "/api/v1/auth/logout", "POST", &handleLogout },
    { "/api/v1/auth/me", "GET", &handleMe },
    { "/api/v1/sync/changes", "GET", &handleChanges },
    { "/api/v1/sync/push", "POST", &handlePush },
    { "/api/v1/sync/digest", "GET", &handleDigest },
};

ApiReply dispatch(const ApiRequest &request, const ApiRouter::ServiceProvider &service)
{
    const Route *route = nullptr;
    for (const Route &r : kRoutes) {
        if (request.path == QLatin1String(r.path))
            route = &r;
    }
    if (!route)
        return errorReply(404, protocol::codes::notFound, QStringLiteral("no such endpoint: %1").arg(request.path));
    if (request.method != route->method) {
        ApiReply reply = errorReply(405, QStringLiteral("request.bad_method"),
            QStringLiteral("%1 expects %2, not %3")
                .arg(request.path, QLatin1String(route->method), QString::fromLatin1(request.method)));
        reply.headers.append({ QByteArrayLiteral("Allow"), QByteArray(route->method) });
        return reply;
    }
    if ((request.contentLength && *request.contentLength > protocol::kMaxBodyBytes)
        || request.body.size() > protocol::kMaxBodyBytes) {
        return errorReply(
            protocol::codes::tooLarge, QStringLiteral("request body over %1 bytes").arg(protocol::kMaxBodyBytes));
    }
    auto svc = service();
    if (!svc)
        return errorReply(503, protocol::codes::unavailable, QStringLiteral("database unavailable"));
    return route->handler(request, *svc.value());
}

} // namespace

QStringList ApiRouter::paths()
{
    QStringList out;
    for (const Route &r : kRoutes)
        out.append(QLatin1String(r.path));
    return out;
}

ApiReply ApiRouter::handle(const ApiRequest &request, const ServiceProvider &service)
{
    try {
        const RequestTiming timing;
        ApiReply reply = dispatch(request, service);
        timing.finish(request, reply);
        return reply;
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler threw" << e.what() << request.method << request.path;
    } catch (...) {
        qCCritical(lcHttp) << "handler threw" << request.method << request.path;
    }
    return errorReply(500, protocol::codes::internal, QStringLiteral("internal server error"));
}

} // namespace cet::central::http
