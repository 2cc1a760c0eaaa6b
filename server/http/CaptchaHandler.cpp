#include "CaptchaHandler.h"

#include "ApiErrors.h"
#include "CaptchaService.h"
#include "CentralService.h"
#include "Wire.h"

#include <QJsonObject>

namespace cet::central::http {

ApiReply handleCaptcha(const ApiRequest &request, CentralService &service)
{
    if (!request.query.isEmpty())
        return errorReply(protocol::codes::badShape, QStringLiteral("query: GET /captcha takes no parameters"));
    CaptchaService captchas(service.store(), [&service] { return service.now(); });
    auto issued = captchas.issue();
    if (!issued)
        return errorReply(issued.error());
    // Every reply of the API is sent with Cache-Control: no-store, so no cache hands an image out twice.
    return jsonReply(QJsonObject {
        { QStringLiteral("captcha_id"), issued.value().id },
        { QStringLiteral("image"), QString::fromLatin1(issued.value().png.toBase64()) },
        { QStringLiteral("image_type"), QStringLiteral("image/png") },
        { QStringLiteral("expires_at"), protocol::toWireTime(issued.value().expiresAt) },
    });
}

} // namespace cet::central::http
