#pragma once

// The candidate API's endpoints (passport accounts, qualification, registration). Bodies are read
// by StrictBody; errors come back in the request's language (CandidateReplies).

#include "ApiExchange.h"

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

ApiReply handlePassportRegister(const ApiRequest &request, CentralService &service); // POST /api/v1/passport/register
ApiReply handlePasswordReset(const ApiRequest &request, CentralService &service);
ApiReply handleRecoverAccount(const ApiRequest &request, CentralService &service);
ApiReply handlePasswordResetConfirm(const ApiRequest &request, CentralService &service);
ApiReply handlePassportLogin(const ApiRequest &request, CentralService &service); // POST /api/v1/passport/login
ApiReply handlePassportLogout(const ApiRequest &request, CentralService &service); // POST /api/v1/passport/logout
ApiReply handlePassportEmail(const ApiRequest &request, CentralService &service); // PUT /api/v1/passport/email
ApiReply handleQualification(const ApiRequest &request, CentralService &service); // GET /api/v1/candidate/qualification
ApiReply handleBindRegistration(const ApiRequest &request, CentralService &service); // POST /api/v1/candidate/registration
ApiReply handleGetRegistration(const ApiRequest &request, CentralService &service); // GET /api/v1/candidate/registration

} // namespace cet::central::http
