#include "CsHandlers.h"

#include "AccountLookup.h"
#include "ApiErrors.h"
#include "CandidateMessages.h"
#include "CandidateReplies.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "CsMessages.h"
#include "RebindBatch.h"
#include "RebindJson.h"
#include "RebindService.h"
#include "StrictBody.h"
#include "Wire.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cet::central::http {

namespace {

using candidate::StrictBody;
using Field = StrictBody::Field;
using Type = StrictBody::Type;
using cs::CsStaff;
using cs::RebindService;

bool english(const ApiRequest &request)
{
    return candidate::languageFrom(request.acceptLanguage) == candidate::Language::English;
}

// cs codes in the request's language; the strict body reader's refusals as request.bad_shape (the
// staff API's code for a malformed body) naming what was wrong; anything else as the wire does.
ApiReply csReply(const ApiRequest &request, const Error &error)
{
    const bool en = english(request);
    Error e = error;
    if (candidate::isKnown(e.code) && e.code.startsWith(QLatin1String("request."))) {
        const QString what = candidate::message(e, en ? candidate::Language::English : candidate::Language::Chinese);
        e = cs::csError(cs::codes::badShape, what);
    }
    if (!cs::isCsCode(e.code))
        return errorReply(e);
    ApiReply reply = errorReply(cs::csHttpStatus(e.code), e.code, cs::csMessage(e.code, en, e.detail));
    reply.headers.append(
        { QByteArrayLiteral("Content-Language"), en ? QByteArrayLiteral("en") : QByteArrayLiteral("zh-CN") });
    return reply;
}

// The signed-in staff member (auth.bad_token / auth.expired otherwise); a passport's token is not
// a staff session and gets the same answer as a forged one.
Result<CsStaff> staffOf(const ApiRequest &request, CentralService &service)
{
    const QString token = bearerOf(request);
    if (token.isEmpty())
        return Error { protocol::codes::badToken, QStringLiteral("missing Authorization: Bearer token"), {} };
    auto session = service.authenticate(token);
    if (!session)
        return session.error();
    return CsStaff { session.value().staff.name, session.value().staff.role };
}

// A body that may be empty (read as {}).
Result<StrictBody> optionalBody(const ApiRequest &request, const QList<Field> &fields)
{
    return StrictBody::parse(request.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : request.body, fields);
}

Result<qint64> requestId(const ApiRequest &request)
{
    bool ok = false;
    const qint64 id = request.pathParams.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return cs::csError(cs::codes::requestNotFound);
    return id;
}

RebindService rebinds(CentralService &service)
{
    return RebindService(service.store(), [&service] { return service.now(); });
}

ApiReply requestReply(const ApiRequest &request, const Result<rebindsql::RequestRow> &row, int status = 200)
{
    if (!row)
        return csReply(request, row.error());
    return jsonReply(cs::requestJson(row.value()), status);
}

// The common start of an endpoint: staff signed in, no query, the body read against `fields`.
struct Call
{
    CsStaff staff;
    std::optional<StrictBody> body;
};
Result<Call> begin(const ApiRequest &request, CentralService &service, const QList<Field> &fields)
{
    auto staff = staffOf(request, service);
    if (!staff)
        return staff.error();
    if (!request.query.isEmpty())
        return cs::csError(cs::codes::badShape, request.query.queryItems(QUrl::FullyDecoded).value(0).first);
    auto body = optionalBody(request, fields);
    if (!body)
        return body.error();
    return Call { staff.value(), body.value() };
}

// An action on one request: staff signed in, the request's id, the body read against `fields`.
template<typename Act>
ApiReply onRequest(const ApiRequest &request, CentralService &service, const QList<Field> &fields, Act act)
{
    auto call = begin(request, service, fields);
    if (!call)
        return csReply(request, call.error());
    auto id = requestId(request);
    if (!id)
        return csReply(request, id.error());
    return requestReply(request, act(call.value().staff, id.value(), *call.value().body));
}

// Approves one request; with the exam session's "at once" it is applied right away.
Result<rebindsql::RequestRow> approveOne(CentralService &service, const CsStaff &staff, qint64 id, const QString &note)
{
    RebindService s = rebinds(service);
    auto row = s.approve(staff, id, note);
    if (!row || !row.value().applyAt || row.value().applyAt != row.value().decidedAt)
        return row;
    cs::RebindBatch batch(service.store(), [&service] { return service.now(); });
    if (auto applied = batch.applyOne(id); !applied)
        return applied.error();
    return s.get(staff, id);
}

} // namespace

ApiReply handleCsLookup(const ApiRequest &request, CentralService &service)
{
    auto call = begin(request, service,
                      { Field { QStringLiteral("id_type"), Type::Integer, true },
                        Field { QStringLiteral("id_number"), Type::String, true },
                        Field { QStringLiteral("name"), Type::String, true },
                        Field { QStringLiteral("reason"), Type::String, false } });
    if (!call)
        return csReply(request, call.error());
    const StrictBody &b = *call.value().body;
    const cs::LookupQuery query { int(b.integer(QStringLiteral("id_type"))), b.string(QStringLiteral("id_number")),
                                  b.string(QStringLiteral("name")), b.string(QStringLiteral("reason")) };
    auto found = cs::AccountLookup(service.store(), [&service] { return service.now(); }).lookup(call.value().staff, query);
    if (!found)
        return csReply(request, found.error());
    return jsonReply(found.value());
}

ApiReply handleCsFile(const ApiRequest &request, CentralService &service)
{
    auto call = begin(request, service,
                      { Field { QStringLiteral("id_type"), Type::Integer, true },
                        Field { QStringLiteral("id_number"), Type::String, true },
                        Field { QStringLiteral("name"), Type::String, true },
                        Field { QStringLiteral("new_passport_id"), Type::String, true },
                        Field { QStringLiteral("new_email"), Type::String, true },
                        Field { QStringLiteral("checks"), Type::StringList, false },
                        Field { QStringLiteral("notes"), Type::String, false } });
    if (!call)
        return csReply(request, call.error());
    const StrictBody &b = *call.value().body;
    cs::RebindFiling filing;
    filing.idType = int(b.integer(QStringLiteral("id_type")));
    filing.idNumber = b.string(QStringLiteral("id_number"));
    filing.name = b.string(QStringLiteral("name"));
    filing.newPassportId = b.string(QStringLiteral("new_passport_id"));
    filing.newEmail = b.string(QStringLiteral("new_email"));
    filing.checks = b.strings(QStringLiteral("checks"));
    filing.notes = b.string(QStringLiteral("notes"));
    return requestReply(request, rebinds(service).file(call.value().staff, filing), 201);
}

ApiReply handleCsList(const ApiRequest &request, CentralService &service)
{
    auto staff = staffOf(request, service);
    if (!staff)
        return csReply(request, staff.error());
    QString state;
    bool mine = false;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("state") && state.isEmpty())
            state = value;
        else if (name == QLatin1String("mine") && (value == QLatin1String("1") || value == QLatin1String("0")))
            mine = value == QLatin1String("1");
        else
            return csReply(request, cs::csError(cs::codes::badShape, name + QLatin1Char('=') + value));
    }
    if (!request.body.trimmed().isEmpty())
        return csReply(request, cs::csError(cs::codes::badShape, QStringLiteral("body")));
    auto rows = rebinds(service).list(staff.value(), state, mine);
    if (!rows)
        return csReply(request, rows.error());
    QJsonArray list;
    for (const rebindsql::RequestRow &r : rows.value())
        list.append(cs::requestJson(r));
    return jsonReply(QJsonObject { { QStringLiteral("requests"), list } });
}

ApiReply handleCsGet(const ApiRequest &request, CentralService &service)
{
    return onRequest(request, service, {}, [&service](const CsStaff &staff, qint64 id, const StrictBody &) {
        return rebinds(service).get(staff, id);
    });
}

ApiReply handleCsWithdraw(const ApiRequest &request, CentralService &service)
{
    return onRequest(request, service, {}, [&service](const CsStaff &staff, qint64 id, const StrictBody &) {
        return rebinds(service).withdraw(staff, id);
    });
}

ApiReply handleCsHold(const ApiRequest &request, CentralService &service)
{
    return onRequest(request, service, {}, [&service](const CsStaff &staff, qint64 id, const StrictBody &) {
        return rebinds(service).hold(staff, id);
    });
}

ApiReply handleCsRelease(const ApiRequest &request, CentralService &service)
{
    return onRequest(request, service, {}, [&service](const CsStaff &staff, qint64 id, const StrictBody &) {
        return rebinds(service).release(staff, id);
    });
}

ApiReply handleCsApprove(const ApiRequest &request, CentralService &service)
{
    return onRequest(request, service, { Field { QStringLiteral("note"), Type::String, false } },
                     [&service](const CsStaff &staff, qint64 id, const StrictBody &body) {
                         return approveOne(service, staff, id, body.string(QStringLiteral("note")));
                     });
}

ApiReply handleCsApproveMany(const ApiRequest &request, CentralService &service)
{
    auto call = begin(request, service,
                      { Field { QStringLiteral("ids"), Type::IntegerList, true },
                        Field { QStringLiteral("note"), Type::String, false } });
    if (!call)
        return csReply(request, call.error());
    if (auto allowed = cs::requireSupervisor(call.value().staff); !allowed)
        return csReply(request, allowed.error());
    const QString note = call.value().body->string(QStringLiteral("note"));
    // Each request is decided on its own: one that can not be approved does not hold back the others.
    QJsonArray results;
    for (qint64 id : call.value().body->integers(QStringLiteral("ids"))) {
        auto row = approveOne(service, call.value().staff, id, note);
        QJsonObject r { { QStringLiteral("id"), id }, { QStringLiteral("ok"), row.ok() } };
        if (!row) {
            if (!cs::isCsCode(row.error().code))
                return csReply(request, row.error());
            r.insert(QStringLiteral("code"), row.error().code);
        }
        results.append(r);
    }
    return jsonReply(QJsonObject { { QStringLiteral("results"), results } });
}

ApiReply handleCsRefuse(const ApiRequest &request, CentralService &service)
{
    return onRequest(request, service, { Field { QStringLiteral("reason"), Type::String, false } },
                     [&service](const CsStaff &staff, qint64 id, const StrictBody &body) {
                         return rebinds(service).refuse(staff, id, body.string(QStringLiteral("reason")));
                     });
}

} // namespace cet::central::http
