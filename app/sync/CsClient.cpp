#include "CsClient.h"

#include "CsErrors.h"

#include <QJsonArray>

namespace cet {

namespace {
const QString kBase = QStringLiteral("/api/v1/cs");
} // namespace

CsClient::CsClient()
{
    // A desk answers a caller on the phone: fail fast rather than retry for half a minute.
    m_http.setRetryPolicy(2, 300, 1000);
    m_http.setTimeout(15000);
}

Result<void> CsClient::setSession(const QString &serverUrl, const QString &token)
{
    if (auto r = m_http.setServer(serverUrl); !r)
        return r.error();
    if (token.isEmpty())
        return csError(Error{ QStringLiteral("sync.sign_in_needed"), csErrorMessage(u"sync.sign_in_needed"_qs), {} });
    m_http.setToken(token);
    return {};
}

Result<CsRequest> CsClient::requestAnswer(Result<QJsonObject> answer)
{
    if (!answer)
        return csError(answer.error());
    return CsRequest::fromJson(answer.value());
}

Result<CsLookupResult> CsClient::lookup(const CsLookupQuery &query)
{
    const QJsonObject body{ { u"id_type"_qs, query.idType },
                            { u"id_number"_qs, query.idNumber },
                            { u"name"_qs, query.name },
                            { u"reason"_qs, query.reason } };
    auto r = m_http.post(kBase + u"/lookup"_qs, body);
    if (!r)
        return csError(r.error());
    return CsLookupResult::fromJson(r.value());
}

Result<CsRequest> CsClient::file(const CsNewRequest &request)
{
    const QJsonObject body{ { u"id_type"_qs, request.idType },
                            { u"id_number"_qs, request.idNumber },
                            { u"name"_qs, request.name },
                            { u"new_passport_id"_qs, request.newPassportId },
                            { u"new_email"_qs, request.newEmail },
                            { u"checks"_qs, QJsonArray::fromStringList(request.checks) },
                            { u"notes"_qs, request.notes } };
    return requestAnswer(m_http.post(kBase + u"/requests"_qs, body));
}

Result<QList<CsRequest>> CsClient::list(const QString &state, bool mine)
{
    QUrlQuery query;
    if (!state.isEmpty())
        query.addQueryItem(u"state"_qs, state);
    if (mine)
        query.addQueryItem(u"mine"_qs, u"1"_qs);
    auto r = m_http.get(kBase + u"/requests"_qs, query);
    if (!r)
        return csError(r.error());
    QList<CsRequest> out;
    for (const QJsonValue &v : r.value().value(u"requests"_qs).toArray()) {
        auto req = CsRequest::fromJson(v.toObject());
        if (!req)
            return req.error();
        out.append(req.value());
    }
    return out;
}

Result<CsRequest> CsClient::request(qint64 id)
{
    return requestAnswer(m_http.get(kBase + u"/requests/"_qs + QString::number(id)));
}

Result<CsRequest> CsClient::action(qint64 id, const QString &verb, const QJsonObject &body)
{
    return requestAnswer(m_http.post(kBase + u"/requests/"_qs + QString::number(id) + u'/' + verb, body));
}

Result<CsRequest> CsClient::withdraw(qint64 id)
{
    return action(id, u"withdraw"_qs);
}

Result<CsRequest> CsClient::approve(qint64 id, const QString &note)
{
    return action(id, u"approve"_qs, QJsonObject{ { u"note"_qs, note } });
}

Result<QList<CsBatchResult>> CsClient::approveMany(const QList<qint64> &ids, const QString &note)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    auto r = m_http.post(kBase + u"/requests/approve"_qs, QJsonObject{ { u"ids"_qs, list }, { u"note"_qs, note } });
    if (!r)
        return csError(r.error());
    QList<CsBatchResult> out;
    for (const QJsonValue &v : r.value().value(u"results"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({ o.value(u"id"_qs).toInteger(), o.value(u"ok"_qs).toBool(), o.value(u"code"_qs).toString() });
    }
    return out;
}

Result<CsRequest> CsClient::refuse(qint64 id, const QString &reason)
{
    return action(id, u"refuse"_qs, QJsonObject{ { u"reason"_qs, reason } });
}

Result<CsRequest> CsClient::hold(qint64 id)
{
    return action(id, u"hold"_qs);
}

Result<CsRequest> CsClient::release(qint64 id)
{
    return action(id, u"release"_qs);
}

} // namespace cet
