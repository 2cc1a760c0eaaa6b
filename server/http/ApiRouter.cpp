#include "ApiRouter.h"

#include "ApiErrors.h"
#include "ApiHandlers.h"
#include "CandidateHandlers.h"
#include "CaptchaHandler.h"
#include "CsHandlers.h"
#include "CentralService.h"
#include "HttpLogging.h"
#include "ReviewHandlers.h"
#include "RequestTiming.h"
#include "SubjectHandlers.h"
#include "Wire.h"

#include <exception>

namespace cet::central::http {

namespace {

using Handler = ApiReply (*)(const ApiRequest &, CentralService &);

struct Route
{
    const char *path;
    const char *method;
    Handler handler;
};

const Route kRoutes[] = {
    { "/api/v1/auth/login", "POST", &handleLogin },
    { "/api/v1/auth/logout", "POST", &handleLogout },
    { "/api/v1/auth/me", "GET", &handleMe },
    { "/api/v1/sync/changes", "GET", &handleChanges },
    { "/api/v1/sync/push", "POST", &handlePush },
    { "/api/v1/sync/digest", "GET", &handleDigest },
    { "/api/v1/school/capacity", "GET", &handleSchoolCapacity },
    { "/api/v1/school/registrations", "GET", &handleSchoolRegistrations },
    { "/api/v1/public/notices", "GET", &handlePublicNotices },
    { "/api/v1/passport/register", "POST", &handlePassportRegister },
    { "/api/v1/passport/login", "POST", &handlePassportLogin },
    { "/api/v1/passport/logout", "POST", &handlePassportLogout },
    { "/api/v1/passport/email", "PUT", &handlePassportEmail },
    { "/api/v1/passport/password-reset", "POST", &handlePasswordReset },
    { "/api/v1/passport/password-reset/confirm", "POST", &handlePasswordResetConfirm },
    { "/api/v1/passport/recover", "POST", &handleRecoverAccount },
    { "/api/v1/candidate/qualification", "GET", &handleQualification },
    { "/api/v1/candidate/registration", "POST", &handleBindRegistration },
    { "/api/v1/candidate/registration", "GET", &handleGetRegistration },
    { "/api/v1/captcha", "GET", &handleCaptcha },
    { "/api/v1/candidate/subjects", "POST", &handleBookSubject },
    { "/api/v1/candidate/subjects/{subject}", "DELETE", &handleCancelSubject },
    { "/api/v1/candidate/subjects/{subject}/pay", "POST", &handlePaySubject },
    { "/api/v1/candidate/payments/refresh", "POST", &handleRefreshPayments },
    { "/api/v1/public/capacity", "GET", &handlePublicCapacity },
    { "/api/v1/candidate/cet6-review", "POST", &handleSubmitReview },
    { "/api/v1/candidate/cet6-review", "PUT", &handleResubmitReview },
    { "/api/v1/candidate/cet6-review", "DELETE", &handleWithdrawReview },
    { "/api/v1/candidate/cet6-review", "GET", &handleGetReview },
    { "/api/v1/candidate/cet6-review/evidence", "POST", &handleReviewEvidence },
    { "/api/v1/reviews/{id}/evidence/{n}", "GET", &handleStaffReviewEvidence },
    { "/api/v1/reviews/{id}/evidence", "POST", &handleStaffAddEvidence },
    { "/api/v1/cs/lookup", "POST", &handleCsLookup },
    { "/api/v1/cs/requests", "POST", &handleCsFile },
    { "/api/v1/cs/requests", "GET", &handleCsList },
    { "/api/v1/cs/requests/approve", "POST", &handleCsApproveMany },
    { "/api/v1/cs/requests/{id}", "GET", &handleCsGet },
    { "/api/v1/cs/requests/{id}/withdraw", "POST", &handleCsWithdraw },
    { "/api/v1/cs/requests/{id}/approve", "POST", &handleCsApprove },
    { "/api/v1/cs/requests/{id}/refuse", "POST", &handleCsRefuse },
    { "/api/v1/cs/requests/{id}/hold", "POST", &handleCsHold },
    { "/api/v1/cs/requests/{id}/release", "POST", &handleCsRelease },
};

ApiReply dispatch(const ApiRequest &request, const ApiRouter::ServiceProvider &service)
{
    const Route *route = nullptr;
    QHash<QString, QString> params;
    QByteArrayList allowed; // methods of the routes whose path matches
    for (const Route &r : kRoutes) {
        auto matched = ApiRouter::match(QString::fromLatin1(r.path), request.path);
        if (!matched)
            continue;
        if (!allowed.contains(r.method))
            allowed.append(QByteArray(r.method));
        if (!route && request.method == r.method) {
            route = &r;
            params = std::move(*matched);
        }
    }
    if (allowed.isEmpty())
        return errorReply(404, protocol::codes::notFound, QStringLiteral("no such endpoint: %1").arg(request.path));
    if (!route) {
        const QByteArray methods = allowed.join(", ");
        ApiReply reply = errorReply(405, QStringLiteral("request.bad_method"),
            QStringLiteral("%1 expects %2, not %3")
                .arg(request.path, QString::fromLatin1(methods), QString::fromLatin1(request.method)));
        reply.headers.append({ QByteArrayLiteral("Allow"), methods });
        return reply;
    }
    if ((request.contentLength && *request.contentLength > protocol::kMaxBodyBytes)
        || request.body.size() > protocol::kMaxBodyBytes) {
        return errorReply(
            protocol::codes::tooLarge, QStringLiteral("request body over %1 bytes").arg(protocol::kMaxBodyBytes));
    }
    auto svc = service();
    if (!svc)
        return errorReply(503, protocol::codes::unavailable, QStringLiteral("database unavailable"));
    if (params.isEmpty())
        return route->handler(request, *svc.value());
    ApiRequest withParams = request;
    withParams.pathParams = std::move(params);
    return route->handler(withParams, *svc.value());
}

} // namespace

QStringList ApiRouter::paths()
{
    QStringList out;
    for (const Route &r : kRoutes)
        out.append(QLatin1String(r.path));
    return out;
}

std::optional<QHash<QString, QString>> ApiRouter::match(QStringView pattern, QStringView path)
{
    const auto want = pattern.split(u'/');
    const auto got = path.split(u'/');
    if (want.size() != got.size())
        return std::nullopt;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QStringView w = want.at(i);
        if (w.size() > 2 && w.startsWith(u'{') && w.endsWith(u'}')) {
            if (got.at(i).isEmpty())
                return std::nullopt;
            params.insert(w.mid(1, w.size() - 2).toString(), got.at(i).toString());
        } else if (w != got.at(i)) {
            return std::nullopt;
        }
    }
    return params;
}

ApiReply ApiRouter::handle(const ApiRequest &request, const ServiceProvider &service)
{
    try {
        const RequestTiming timing;
        ApiReply reply = dispatch(request, service);
        timing.finish(request, reply);
        return reply;
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler threw" << e.what() << request.method << request.path;
    } catch (...) {
        qCCritical(lcHttp) << "handler threw" << request.method << request.path;
    }
    return errorReply(500, protocol::codes::internal, QStringLiteral("internal server error"));
}

} // namespace cet::central::http
