#pragma once

// Rebinding cases for the customer-service access-control rows: a pool of students pushed into a
// school, and for each case a fresh one bound to a passport over the candidate API, with a new
// passport registered and, as the row needs, a request filed and brought to the state under test
// (through the real endpoints, with the tokens given).

#include "TestApiClient.h"

#include <QJsonObject>

namespace cet::test {

class CsCases
{
public:
    enum class Need { Bound, Submitted, Approved, Held };
    // The customer-service endpoints.
    enum class Call { Lookup, File, List, Get, Withdraw, Approve, ApproveMany, Refuse, Hold, Release };
    struct Case
    {
        QJsonObject identity; // id_type, id_number, name
        QString newPassportId, newEmail;
        qint64 requestId = 0; // 0: none filed
    };

    CsCases(ApiClient &api, QString agentToken, QString supervisorToken)
        : m_api(api), m_client(api), m_agent(std::move(agentToken)), m_supervisor(std::move(supervisorToken))
    { }

    // Pushes `size` students into `school` with the school's coordinator token; false on failure.
    bool seedPool(const QString &school, const QString &coordinatorToken, int size, int firstNumber);
    // A fresh case of `school`; the request (if any) filed by `filerToken` (empty: the agent's).
    // An empty identity when something failed (the cause is logged).
    Case next(const QString &school, Need need, const QString &filerToken = {});
    // What a call needs before it: a bound candidate, or a request in the state the call acts on.
    static Need needOf(Call call);
    // Makes the call about case `c` with `token` (empty: none): a lookup or a filing of its candidate,
    // the other calls on its request.
    ApiResponse send(Call call, const Case &c, const QString &token);
    // The request's state as the supervisor reads it.
    QString stateOf(qint64 id);

private:
    ApiClient &m_api;
    CandidateClient m_client;
    QString m_agent, m_supervisor;
    QMap<QString, QList<int>> m_pool; // school → unused student numbers
    int m_passports = 0;
};

} // namespace cet::test
