#pragma once

#include "CsTypes.h"
#include "Result.h"
#include "SyncHttp.h"

#include <QList>
#include <QString>

namespace cet {

// Typed calls to the customer-service endpoints of cet-central (/api/v1/cs/), over SyncHttp: the
// same address rules (plain http only to loopback), no redirects followed, retries and error
// parsing; cs.* errors carry the desk's translated message. Blocking, like SyncHttp: use it from
// a worker thread (CsService does) or a console program. One per thread.
class CsClient
{
public:
    CsClient();

    // The server and the staff session's token (from the sign-in of SyncEngine / TokenStore).
    Result<void> setSession(const QString &serverUrl, const QString &token);
    SyncHttp &http() { return m_http; }

    Result<CsLookupResult> lookup(const CsLookupQuery &query);
    Result<CsRequest> file(const CsNewRequest &request);
    // state: one of the request states or empty for all; mine: only the caller's own requests.
    Result<QList<CsRequest>> list(const QString &state = {}, bool mine = false);
    Result<CsRequest> request(qint64 id);
    Result<CsRequest> withdraw(qint64 id);
    Result<CsRequest> approve(qint64 id, const QString &note = {});
    Result<QList<CsBatchResult>> approveMany(const QList<qint64> &ids, const QString &note = {});
    Result<CsRequest> refuse(qint64 id, const QString &reason);
    Result<CsRequest> hold(qint64 id);
    Result<CsRequest> release(qint64 id);

private:
    Result<CsRequest> requestAnswer(Result<QJsonObject> answer);
    Result<CsRequest> action(qint64 id, const QString &verb, const QJsonObject &body = {});

    SyncHttp m_http;
};

} // namespace cet
