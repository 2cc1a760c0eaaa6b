#pragma once

// The candidate's CET6 qualification review over HTTP (Cet6ReviewService): the signed-in passport's
// review, of the student record its registration binds. Bodies are read by StrictBody; errors come
// back in the request's language (the review catalogue, else the candidate one).

#include "ApiExchange.h"

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

ApiReply handleSubmitReview(const ApiRequest &request, CentralService &service); // POST /api/v1/candidate/cet6-review
ApiReply handleResubmitReview(const ApiRequest &request, CentralService &service); // PUT /api/v1/candidate/cet6-review
ApiReply handleWithdrawReview(
    const ApiRequest &request, CentralService &service); // DELETE /api/v1/candidate/cet6-review
ApiReply handleGetReview(const ApiRequest &request, CentralService &service); // GET /api/v1/candidate/cet6-review
// POST /api/v1/candidate/cet6-review/evidence: the file's bytes are the body (JPEG, PNG or PDF,
// told by content; the Content-Type header is not trusted).
ApiReply handleReviewEvidence(const ApiRequest &request, CentralService &service);
// GET /api/v1/reviews/{id}/evidence/{n}: file n (1-based) of a review, for a coordinator of the
// review's school (staff token): the bytes with their content type and an ETag of their SHA-256;
// the server audits each file it hands out.
ApiReply handleStaffReviewEvidence(const ApiRequest &request, CentralService &service);
// POST /api/v1/reviews/{id}/evidence: a coordinator of the review's school attaches a file (the
// bytes are the body, JPEG, PNG or PDF by content): 201 with the file's receipt, 200 when the
// review already holds the same bytes.
ApiReply handleStaffAddEvidence(const ApiRequest &request, CentralService &service);

} // namespace cet::central::http
