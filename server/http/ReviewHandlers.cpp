#include "ReviewHandlers.h"

#include "ApiErrors.h"
#include "ApiHandlers.h"
#include "CandidateMessages.h"
#include "CandidateReplies.h"
#include "CentralService.h"
#include "Cet6ReviewService.h"
#include "IdDocument.h"
#include "IdMask.h"
#include "RegistrationSql.h"
#include "ReviewMessages.h"
#include "StaffEvidence.h"
#include "StrictBody.h"
#include "Wire.h"

#include <QJsonObject>

namespace cet::central::http {

namespace {

using candidate::StrictBody;
using Field = StrictBody::Field;
using Type = StrictBody::Type;
using review::Cet6ReviewService;
using review::ReviewCandidate;

bool english(const ApiRequest &request)
{
    return candidate::languageFrom(request.acceptLanguage) == candidate::Language::English;
}

ApiReply reviewError(const ApiRequest &request, const Error &error)
{
    if (!review::isReviewCode(error.code))
        return candidateError(request, error);
    const bool en = english(request);
    ApiReply reply = errorReply(
        review::reviewHttpStatus(error.code), error.code, review::reviewMessage(error.code, en, error.detail));
    reply.headers.append(
        { QByteArrayLiteral("Content-Language"), en ? QByteArrayLiteral("en") : QByteArrayLiteral("zh-CN") });
    return reply;
}

// {"evidence": {number, content_type, size, sha256}}: 201 for a new file, 200 for one already held.
ApiReply receiptReply(const review::EvidenceReceipt &e)
{
    return jsonReply(
        QJsonObject { { QStringLiteral("evidence"),
            QJsonObject { { QStringLiteral("number"), e.number }, { QStringLiteral("content_type"), e.contentType },
                { QStringLiteral("size"), e.size }, { QStringLiteral("sha256"), e.sha256 } } } },
        e.alreadyStored ? 200 : 201);
}

Cet6ReviewService reviewService(CentralService &service)
{
    return Cet6ReviewService(service.store(), [&service] { return service.now(); });
}

// The signed-in passport and the student record its registration binds (the review is that
// student's): passport.sign_in_needed, registration.none.
Result<ReviewCandidate> reviewCandidate(const ApiRequest &request, CentralService &service)
{
    if (!request.query.isEmpty())
        return candidate::error(
            candidate::codes::unknownField, request.query.queryItems(QUrl::FullyDecoded).value(0).first);
    auto who = requirePassport(request, service);
    if (!who)
        return who.error();
    auto registration = registrationsql::findByPassport(service.store(), who.value());
    if (!registration)
        return registration.error();
    if (!registration.value())
        return candidate::error(candidate::codes::noRegistration);
    const registrationsql::RegistrationRow &r = *registration.value();
    return ReviewCandidate { who.value(), r.school, r.campus, r.idType, r.idNumber };
}

// {name, id_type, id_number, cet4_ticket}, all strings; id_type a code ("1") or a name ("居民身份证").
Result<Cet6ReviewApplication> applicationOf(const ApiRequest &request)
{
    auto body = StrictBody::parse(request.body,
        { Field { QStringLiteral("name"), Type::String, true }, Field { QStringLiteral("id_type"), Type::String, true },
            Field { QStringLiteral("id_number"), Type::String, true },
            Field { QStringLiteral("cet4_ticket"), Type::String, true } });
    if (!body)
        return body.error();
    const StrictBody &b = body.value();
    auto type = idTypeFromLabel(b.string(QStringLiteral("id_type")));
    if (!type)
        return candidate::error(candidate::codes::badIdType);
    return Cet6ReviewApplication { b.string(QStringLiteral("name")), type.value(),
        b.string(QStringLiteral("id_number")), b.string(QStringLiteral("cet4_ticket")) };
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(protocol::toWireTime(*t)) : QJsonValue(QJsonValue::Null);
}

// The review as the candidate sees it: the ID number masked, the reason in the request's language
// (a teacher's own words as the teacher wrote them).
QJsonObject reviewJson(const cet6reviewsql::ReviewRow &row, bool en)
{
    const bool byTeacher = row.reasonCode == review::codes::decidedPass || row.reasonCode == review::codes::decidedFail;
    const QString reason = review::reviewMessage(row.reasonCode, en, byTeacher ? row.reason : QString());
    const QJsonObject r {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("state"), row.state },
        { QStringLiteral("reason_code"), row.reasonCode },
        { QStringLiteral("reason"), reason.isEmpty() ? row.reason : reason },
        { QStringLiteral("name"), row.name },
        { QStringLiteral("id_type"), row.idType },
        { QStringLiteral("id_number"), maskIdNumber(idTypeFromCode(row.idType), row.idNumber) },
        { QStringLiteral("cet4_ticket"), row.ticket },
        { QStringLiteral("submitted_at"), protocol::toWireTime(row.submittedAt) },
        { QStringLiteral("decided_at"), timeOrNull(row.decidedAt) },
        { QStringLiteral("resubmissions"), row.resubmissions },
        { QStringLiteral("evidence_count"), row.evidenceCount },
    };
    return QJsonObject { { QStringLiteral("review"), r } };
}

// POST and PUT: the same body, the service's submit or resubmit.
template<typename Call> ApiReply fileReview(const ApiRequest &request, CentralService &service, int status, Call call)
{
    auto who = reviewCandidate(request, service);
    if (!who)
        return reviewError(request, who.error());
    auto application = applicationOf(request);
    if (!application)
        return reviewError(request, application.error());
    Cet6ReviewService reviews = reviewService(service);
    auto row = call(reviews, who.value(), application.value());
    if (!row)
        return reviewError(request, row.error());
    return jsonReply(reviewJson(row.value(), english(request)), status);
}

} // namespace

ApiReply handleSubmitReview(const ApiRequest &request, CentralService &service)
{
    return fileReview(request, service, 201,
        [](Cet6ReviewService &s, const ReviewCandidate &c, const Cet6ReviewApplication &a) { return s.submit(c, a); });
}

ApiReply handleResubmitReview(const ApiRequest &request, CentralService &service)
{
    return fileReview(
        request, service, 200, [](Cet6ReviewService &s, const ReviewCandidate &c, const Cet6ReviewApplication &a) {
            return s.resubmit(c, a);
        });
}

ApiReply handleWithdrawReview(const ApiRequest &request, CentralService &service)
{
    auto who = reviewCandidate(request, service);
    if (!who)
        return reviewError(request, who.error());
    if (!request.body.trimmed().isEmpty()) {
        if (auto body = StrictBody::parse(request.body, {}); !body)
            return reviewError(request, body.error());
    }
    if (auto done = reviewService(service).withdraw(who.value()); !done)
        return reviewError(request, done.error());
    return jsonReply(QJsonObject {});
}

ApiReply handleGetReview(const ApiRequest &request, CentralService &service)
{
    auto who = reviewCandidate(request, service);
    if (!who)
        return reviewError(request, who.error());
    auto current = reviewService(service).current(who.value().passportId);
    if (!current)
        return reviewError(request, current.error());
    if (!current.value())
        return reviewError(request, review::reviewError(review::codes::none));
    return jsonReply(reviewJson(*current.value(), english(request)));
}

ApiReply handleReviewEvidence(const ApiRequest &request, CentralService &service)
{
    auto who = reviewCandidate(request, service);
    if (!who)
        return reviewError(request, who.error());
    auto receipt = reviewService(service).addEvidence(who.value(), request.body);
    if (!receipt)
        return reviewError(request, receipt.error());
    return receiptReply(receipt.value());
}

namespace {
// The staff session of a request to /api/v1/reviews/…: a coordinator with a school, else why not.
Result<Session> reviewStaff(const ApiRequest &request, CentralService &service)
{
    auto session = authenticate(request, service);
    if (!session)
        return session.error();
    if (auto ok = onlyParams(request.query, {}); !ok)
        return ok.error();
    return session;
}
} // namespace

ApiReply handleStaffAddEvidence(const ApiRequest &request, CentralService &service)
{
    auto session = reviewStaff(request, service);
    if (!session)
        return errorReply(session.error());
    const Staff &staff = session.value().staff;
    if (staff.role != QLatin1String("coordinator") || staff.school.isEmpty())
        return errorReply(protocol::codes::forbidden,
                          QStringLiteral("Only a coordinator of the candidate's school can add review evidence."));
    bool idOk = false;
    const qint64 id = request.pathParams.value(QStringLiteral("id")).toLongLong(&idOk);
    if (!idOk || id <= 0)
        return reviewError(request, review::reviewError(review::codes::notFound));
    auto receipt = reviewService(service).addStaffEvidence(staff.school, staff.name, id, request.body);
    if (!receipt)
        return review::isReviewCode(receipt.error().code) ? reviewError(request, receipt.error())
                                                          : errorReply(receipt.error());
    return receiptReply(receipt.value());
}

ApiReply handleStaffReviewEvidence(const ApiRequest &request, CentralService &service)
{
    auto session = reviewStaff(request, service);
    if (!session)
        return errorReply(session.error());
    bool idOk = false;
    bool numberOk = false;
    const qint64 id = request.pathParams.value(QStringLiteral("id")).toLongLong(&idOk);
    const QString n = request.pathParams.value(QStringLiteral("n"));
    const int number = n.toInt(&numberOk);
    if (!idOk || id <= 0)
        return reviewError(request, review::reviewError(review::codes::notFound));
    if (!numberOk || number < 1)
        return reviewError(request, review::reviewError(review::codes::evidenceNotFound, n.left(20)));
    auto file = review::staffEvidence(service.store(), session.value().staff, id, number, service.now());
    if (!file)
        return review::isReviewCode(file.error().code) ? reviewError(request, file.error()) : errorReply(file.error());
    ApiReply reply;
    reply.body = file.value().bytes;
    reply.contentType = file.value().contentType.toLatin1();
    reply.headers.append({ QByteArrayLiteral("ETag"), '"' + file.value().sha256.toLatin1() + '"' });
    // The bytes are the candidate's upload: never let a browser guess another type from them.
    reply.headers.append({ QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") });
    return reply;
}

} // namespace cet::central::http
