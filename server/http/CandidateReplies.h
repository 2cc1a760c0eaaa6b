#pragma once

// Replies of the candidate API: errors as {"error": {"code", "message"}} in the request's language
// (Chinese unless Accept-Language prefers English), the passport behind a request's token, and
// the readers of its query and empty bodies.

#include "ApiExchange.h"
#include "CandidateContext.h"
#include "Result.h"

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

// A catalogue code (CandidateMessages) gets its status and message in the request's language;
// any other error (database down, internal) goes through errorReply().
ApiReply candidateError(const ApiRequest &request, const Error &error);

// The candidate services' context on this thread's connection and the service's clock.
candidate::CandidateContext candidateContext(CentralService &service);

// The passport id of the request's "Authorization: Bearer <token>" passport session;
// passport.sign_in_needed (401) for a missing, malformed, unknown, expired or revoked token, and
// for a staff token (staff and passport sessions never open each other's routes).
Result<QString> requirePassport(const ApiRequest &request, CentralService &service);
// The bearer token as sent (empty when missing or malformed).
QString bearerOf(const ApiRequest &request);

// Request readers of the candidate API. No query parameters, except where an endpoint reads them
// (request.unknown_field names the first one).
Result<void> noQuery(const ApiRequest &request);
// Exactly these query parameters, each once (request.unknown_field, request.repeated_param,
// request.missing_field).
Result<QHash<QString, QString>> queryParams(const ApiRequest &request, const QStringList &names);
// An endpoint without a body: nothing, or an empty JSON object.
Result<void> emptyBody(const ApiRequest &request);

} // namespace cet::central::http
