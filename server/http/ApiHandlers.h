#pragma once

// One function per endpoint of wire protocol v1. Each checks the token (except login and the
// public endpoints), parses
// the request strictly through app/protocol and calls CentralService; errors become JSON replies.

#include "ApiExchange.h"
#include "CentralService.h"

#include <QStringList>
#include <QUrlQuery>

namespace cet::central::http {

// The staff session of the request's "Authorization: Bearer" token (auth.bad_token without one).
Result<Session> authenticate(const ApiRequest &request, CentralService &service);
// Refuses query parameters other than `allowed` (request.bad_shape naming the first one).
Result<void> onlyParams(const QUrlQuery &query, const QStringList &allowed);

ApiReply handleLogin(const ApiRequest &request, CentralService &service); // POST /api/v1/auth/login
ApiReply handleLogout(const ApiRequest &request, CentralService &service); // POST /api/v1/auth/logout
ApiReply handleMe(const ApiRequest &request, CentralService &service); // GET  /api/v1/auth/me
ApiReply handleChanges(const ApiRequest &request, CentralService &service); // GET  /api/v1/sync/changes
ApiReply handlePush(const ApiRequest &request, CentralService &service); // POST /api/v1/sync/push
ApiReply handleDigest(const ApiRequest &request, CentralService &service); // GET  /api/v1/sync/digest
ApiReply handleSchoolCapacity(const ApiRequest &request, CentralService &service); // GET /api/v1/school/capacity
ApiReply handleSchoolRegistrations(const ApiRequest &request, CentralService &service); // GET /api/v1/school/registrations
ApiReply handlePublicNotices(const ApiRequest &request, CentralService &service); // GET /api/v1/public/notices (no token)

} // namespace cet::central::http
