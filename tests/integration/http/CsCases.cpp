#include "CsCases.h"

#include "IdDocument.h"
#include "TestStudents.h"

#include <QDebug>

namespace cet::test {

namespace {
const QString kPw = QStringLiteral("secret-pass-1");
}

bool CsCases::seedPool(const QString &school, const QString &coordinatorToken, int size, int firstNumber)
{
    QJsonArray ops;
    for (int i = 0; i < size; ++i) {
        ops.append(createOp(QStringLiteral("cs-pool-%1").arg(firstNumber + i), makeStudent(firstNumber + i, school)));
        m_pool[school].append(firstNumber + i);
    }
    const ApiResponse r = m_api.postJson(QStringLiteral("/api/v1/sync/push"), pushBody(ops), coordinatorToken);
    if (r.status != 200)
        qWarning().noquote() << "cs pool push" << r.describe();
    return r.status == 200;
}

CsCases::Case CsCases::next(const QString &school, Need need, const QString &filerToken)
{
    if (m_pool.value(school).isEmpty()) {
        qWarning() << "cs pool of" << school << "used up";
        return {};
    }
    const StudentRecord s = makeStudent(m_pool[school].takeFirst(), school);
    Case c;
    c.identity = { { QStringLiteral("id_type"), idTypeCode(s.idType) }, { QStringLiteral("id_number"), s.idNumber },
                   { QStringLiteral("name"), s.name } };
    const int n = ++m_passports;
    const QString oldEmail = QStringLiteral("cs-old-%1@example.com").arg(n);
    c.newEmail = QStringLiteral("cs-new-%1@example.com").arg(n);
    if (m_client.registerPassport(oldEmail, kPw).status != 201 || m_client.registerPassport(c.newEmail, kPw).status != 201) {
        qWarning() << "cs case: passports not registered";
        return {};
    }
    const QString token = m_client.signIn(oldEmail, kPw);
    const ApiResponse bound = m_client.bind(token, idTypeCode(s.idType), s.idNumber, s.name);
    m_client.logout(token);
    const ApiResponse fresh = m_client.login(c.newEmail, kPw);
    c.newPassportId = fresh.json.value(QStringLiteral("passport_id")).toString();
    m_client.logout(fresh.json.value(QStringLiteral("token")).toString());
    if (bound.status != 200 && bound.status != 201) {
        qWarning().noquote() << "cs case: bind" << bound.describe();
        return {};
    }
    if (need == Need::Bound)
        return c;
    QJsonObject filing = c.identity;
    filing.insert(QStringLiteral("new_passport_id"), c.newPassportId);
    filing.insert(QStringLiteral("new_email"), c.newEmail);
    filing.insert(QStringLiteral("checks"), QJsonArray { QStringLiteral("id_card_photo") });
    const ApiResponse filed = m_api.postJson(QStringLiteral("/api/v1/cs/requests"), filing,
                                             filerToken.isEmpty() ? m_agent : filerToken);
    c.requestId = filed.json.value(QStringLiteral("id")).toInteger();
    if (filed.status != 201) {
        qWarning().noquote() << "cs case: file" << filed.describe();
        return {};
    }
    const QString path = QStringLiteral("/api/v1/cs/requests/%1/").arg(c.requestId);
    if (need == Need::Approved || need == Need::Held) {
        if (m_api.post(path + QStringLiteral("approve"), {}, m_supervisor).status != 200)
            return {};
    }
    if (need == Need::Held && m_api.post(path + QStringLiteral("hold"), {}, m_supervisor).status != 200)
        return {};
    return c;
}

CsCases::Need CsCases::needOf(Call call)
{
    switch (call) {
    case Call::Lookup:
    case Call::File:
    case Call::List:
        return Need::Bound;
    case Call::Hold:
        return Need::Approved;
    case Call::Release:
        return Need::Held;
    default:
        return Need::Submitted;
    }
}

ApiResponse CsCases::send(Call call, const Case &c, const QString &token)
{
    const QString requests = QStringLiteral("/api/v1/cs/requests");
    const QString one = requests + QStringLiteral("/%1").arg(c.requestId);
    switch (call) {
    case Call::Lookup: {
        QJsonObject body = c.identity;
        body.insert(QStringLiteral("reason"), QStringLiteral("来电查询"));
        return m_api.postJson(QStringLiteral("/api/v1/cs/lookup"), body, token);
    }
    case Call::File: {
        QJsonObject body = c.identity;
        body.insert(QStringLiteral("new_passport_id"), c.newPassportId);
        body.insert(QStringLiteral("new_email"), c.newEmail);
        body.insert(QStringLiteral("checks"), QJsonArray { QStringLiteral("callback_number") });
        return m_api.postJson(requests, body, token);
    }
    case Call::List:
        return m_api.get(requests, token);
    case Call::Get:
        return m_api.get(one, token);
    case Call::Withdraw:
        return m_api.post(one + QStringLiteral("/withdraw"), {}, token);
    case Call::Approve:
        return m_api.postJson(one + QStringLiteral("/approve"), { { QStringLiteral("note"), QString() } }, token);
    case Call::ApproveMany:
        return m_api.postJson(requests + QStringLiteral("/approve"),
                              { { QStringLiteral("ids"), QJsonArray { c.requestId } } }, token);
    case Call::Refuse:
        return m_api.postJson(one + QStringLiteral("/refuse"), { { QStringLiteral("reason"), QStringLiteral("核验不足") } },
                              token);
    case Call::Hold:
        return m_api.post(one + QStringLiteral("/hold"), {}, token);
    case Call::Release:
        return m_api.post(one + QStringLiteral("/release"), {}, token);
    }
    return {};
}

QString CsCases::stateOf(qint64 id)
{
    return m_api.get(QStringLiteral("/api/v1/cs/requests/%1").arg(id), m_supervisor)
        .json.value(QStringLiteral("state"))
        .toString();
}

} // namespace cet::test
