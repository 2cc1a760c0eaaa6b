#pragma once

// The API's route table and dispatch, free of QHttpServer so that it is easy to reason about:
// unknown path → 404, known path with another method → 405 (with Allow), body over the limit →
// 413, then the endpoint's handler (ApiHandlers). Every failure is a JSON error; a handler that
// throws becomes a 500 JSON error, never a crash.

#include "ApiExchange.h"
#include "Result.h"

#include <QStringList>

#include <functional>

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

class ApiRouter
{
public:
    // Gives the calling thread's CentralService (opened on first use); an error → 503.
    using ServiceProvider = std::function<Result<CentralService *>()>;

    static QStringList paths(); // every route's path
    static ApiReply handle(const ApiRequest &request, const ServiceProvider &service);
};

} // namespace cet::central::http
