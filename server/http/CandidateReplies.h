#pragma once

// Replies of the candidate API: errors as {"error": {"code", "message"}} in the request's language
// (Chinese unless Accept-Language prefers English), and the passport behind a request's token.

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

} // namespace cet::central::http
