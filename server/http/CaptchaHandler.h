#pragma once

#include "ApiExchange.h"

namespace cet::central {
class CentralService;
}

namespace cet::central::http {

// GET /api/v1/captcha (no token): a new image captcha as JSON,
// {"captcha_id": "<32 hex>", "image": "<PNG, base64>", "image_type": "image/png", "expires_at": "<wire time>"}.
// JSON rather than the bare PNG with the id in a header: the id and the image arrive together, a
// page shows it as a data: URL, and errors stay JSON like every other endpoint's. The answer is
// sent back with the request it protects (captcha_id + captcha), which verifies it once.
ApiReply handleCaptcha(const ApiRequest &request, CentralService &service);

} // namespace cet::central::http
