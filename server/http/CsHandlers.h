#pragma once

// The customer-service desk over HTTP (/api/v1/cs/…, staff bearer token): account lookup, rebinding
// requests, their decisions. Roles are checked by the services (server/cs), bodies read strictly
// (an unknown field, a missing or mistyped one → 400 request.bad_shape), errors
// {"error": {"code", "message"}} in Chinese, in English with Accept-Language: en.

#include "ApiExchange.h"

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

ApiReply handleCsLookup(const ApiRequest &request, CentralService &service);       // POST /cs/lookup
ApiReply handleCsFile(const ApiRequest &request, CentralService &service);         // POST /cs/requests
ApiReply handleCsList(const ApiRequest &request, CentralService &service);         // GET /cs/requests
ApiReply handleCsGet(const ApiRequest &request, CentralService &service);          // GET /cs/requests/{id}
ApiReply handleCsWithdraw(const ApiRequest &request, CentralService &service);     // POST …/{id}/withdraw
ApiReply handleCsApprove(const ApiRequest &request, CentralService &service);      // POST …/{id}/approve
ApiReply handleCsApproveMany(const ApiRequest &request, CentralService &service);  // POST /cs/requests/approve
ApiReply handleCsRefuse(const ApiRequest &request, CentralService &service);       // POST …/{id}/refuse
ApiReply handleCsHold(const ApiRequest &request, CentralService &service);         // POST …/{id}/hold
ApiReply handleCsRelease(const ApiRequest &request, CentralService &service);      // POST …/{id}/release

} // namespace cet::central::http
