#pragma once

// The API's route table and dispatch, free of QHttpServer so that it is easy to reason about:
// unknown path → 404, known path with another method → 405 (with Allow), body over the limit →
// 413, then the endpoint's handler (ApiHandlers). A route's path may name parameters as whole
// segments ("/api/v1/things/{id}"): a segment there matches any non-empty segment of the request's
// path, handed to the handler in ApiRequest::pathParams. Every failure is a JSON error; a handler that
// throws becomes a 500 JSON error, never a crash.

#include "ApiExchange.h"
#include "Result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

class ApiRouter
{
public:
    // Gives the calling thread's CentralService (opened on first use); an error → 503.
    using ServiceProvider = std::function<Result<CentralService *>()>;

    static QStringList paths(); // every route's path, parameters as "{name}"
    // Whether `path` matches the route path `pattern`; its parameters if so.
    static std::optional<QHash<QString, QString>> match(QStringView pattern, QStringView path);
    static ApiReply handle(const ApiRequest &request, const ServiceProvider &service);
};

} // namespace cet::central::http
