#pragma once

// The candidate API's endpoints for subjects (booking, cancelling, paying, refreshing payments)
// and the public capacity view. Errors come back in the request's language (CandidateReplies).

#include "ApiExchange.h"

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

ApiReply handleBookSubject(const ApiRequest &request, CentralService &service); // POST /api/v1/candidate/subjects
ApiReply handleCancelSubject(const ApiRequest &request, CentralService &service); // DELETE /api/v1/candidate/subjects/{subject}
ApiReply handlePaySubject(const ApiRequest &request, CentralService &service); // POST /api/v1/candidate/subjects/{subject}/pay
ApiReply handleRefreshPayments(const ApiRequest &request, CentralService &service); // POST /api/v1/candidate/payments/refresh
ApiReply handlePublicCapacity(const ApiRequest &request, CentralService &service); // GET /api/v1/public/capacity

} // namespace cet::central::http
