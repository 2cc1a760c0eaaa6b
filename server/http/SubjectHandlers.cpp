#include "SubjectHandlers.h"

#include "ApiErrors.h"
#include "CandidateMessages.h"
#include "CandidateReplies.h"
#include "PublicCapacity.h"
#include "StrictBody.h"
#include "SubjectBooking.h"
#include "SubjectPayment.h"

namespace cet::central::http {

namespace {

using candidate::StrictBody;
using Field = StrictBody::Field;
using Type = StrictBody::Type;

const QString kSubject = QStringLiteral("subject");

} // namespace

ApiReply handleBookSubject(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    auto body = StrictBody::parse(request.body, { Field{ kSubject, Type::String, true },
                                                  Field{ QStringLiteral("campus"), Type::String, true },
                                                  Field{ QStringLiteral("school"), Type::String, false } });
    if (!body)
        return candidateError(request, body.error());
    auto booked = candidate::SubjectBooking(candidateContext(service))
                      .book(who.value(), body.value().string(kSubject), body.value().string(QStringLiteral("campus")),
                            body.value().string(QStringLiteral("school")));
    if (!booked)
        return candidateError(request, booked.error());
    return jsonReply(booked.value(), 201);
}

ApiReply handleCancelSubject(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    if (auto ok = emptyBody(request); !ok)
        return candidateError(request, ok.error());
    auto left = candidate::SubjectBooking(candidateContext(service))
                    .cancel(who.value(), request.pathParams.value(kSubject));
    if (!left)
        return candidateError(request, left.error());
    return jsonReply(left.value());
}

ApiReply handlePaySubject(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    // "bank" picks what the simulated bank does with this attempt: success (the default),
    // failure, or lost (it charges, but the answer never comes back).
    QString outcomeText;
    if (!request.body.trimmed().isEmpty()) {
        auto body = StrictBody::parse(request.body, { Field{ QStringLiteral("bank"), Type::String, false } });
        if (!body)
            return candidateError(request, body.error());
        outcomeText = body.value().string(QStringLiteral("bank"));
    }
    auto outcome = candidate::SubjectPayment::outcomeFrom(outcomeText);
    if (!outcome)
        return candidateError(request, outcome.error());
    auto paid = candidate::SubjectPayment(candidateContext(service))
                    .pay(who.value(), request.pathParams.value(kSubject), outcome.value());
    if (!paid)
        return candidateError(request, paid.error());
    return jsonReply(paid.value());
}

ApiReply handleRefreshPayments(const ApiRequest &request, CentralService &service)
{
    auto who = requirePassport(request, service);
    if (!who)
        return candidateError(request, who.error());
    if (auto ok = noQuery(request); !ok)
        return candidateError(request, ok.error());
    if (auto ok = emptyBody(request); !ok)
        return candidateError(request, ok.error());
    auto settled = candidate::SubjectPayment(candidateContext(service)).refresh(who.value());
    if (!settled)
        return candidateError(request, settled.error());
    return jsonReply(settled.value());
}

ApiReply handlePublicCapacity(const ApiRequest &request, CentralService &service)
{
    const QString session = QStringLiteral("session"), school = QStringLiteral("school");
    auto params = queryParams(request, { session, school });
    if (!params)
        return candidateError(request, params.error());
    auto view = candidate::publicCapacity(candidateContext(service), params.value().value(session), params.value().value(school));
    if (!view)
        return candidateError(request, view.error());
    return jsonReply(view.value());
}

} // namespace cet::central::http
