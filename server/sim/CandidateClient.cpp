#include "CandidateClient.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace cet::central::sim {

namespace {
const QString kBase = QStringLiteral("/api/v1");

QByteArray bearer(const QString &token)
{
    return token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

void CandidateClient::setEnglish(bool english)
{
    m_api.setHeader(QByteArrayLiteral("Accept-Language"), english ? QByteArrayLiteral("en") : QByteArrayLiteral("zh-CN"));
}

ApiResponse CandidateClient::registerPassport(const QString &email, const QString &password, const QString &mobile)
{
    QJsonObject body{ { QStringLiteral("email"), email }, { QStringLiteral("password"), password } };
    if (!mobile.isEmpty())
        body.insert(QStringLiteral("mobile"), mobile);
    return sendRaw("POST", QStringLiteral("/passport/register"), json(body));
}

ApiResponse CandidateClient::login(const QString &login, const QString &password)
{
    return sendRaw("POST", QStringLiteral("/passport/login"),
                   json({ { QStringLiteral("login"), login }, { QStringLiteral("password"), password } }));
}

QString CandidateClient::signIn(const QString &loginName, const QString &password)
{
    const ApiResponse r = login(loginName, password);
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

ApiResponse CandidateClient::logout(const QString &token)
{
    return sendRaw("POST", QStringLiteral("/passport/logout"), {}, token);
}

ApiResponse CandidateClient::changeEmail(const QString &token, const QString &password, const QString &newEmail)
{
    return sendRaw("PUT", QStringLiteral("/passport/email"),
                   json({ { QStringLiteral("password"), password }, { QStringLiteral("new_email"), newEmail } }), token);
}

ApiResponse CandidateClient::qualification(const QString &token, int idType, const QString &idNumber,
                                           const QString &name)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("id_type"), QString::number(idType));
    q.addQueryItem(QStringLiteral("id_number"), idNumber);
    q.addQueryItem(QStringLiteral("name"), name);
    return m_api.send("GET", kBase + QStringLiteral("/candidate/qualification?") + q.toString(QUrl::FullyEncoded), {},
                      bearer(token));
}

ApiResponse CandidateClient::bind(const QString &token, int idType, const QString &idNumber, const QString &name,
                                  bool confirm)
{
    return sendRaw("POST", QStringLiteral("/candidate/registration"),
                   json({ { QStringLiteral("id_type"), QString::number(idType) },
                          { QStringLiteral("id_number"), idNumber },
                          { QStringLiteral("name"), name },
                          { QStringLiteral("confirm"), confirm } }),
                   token);
}

ApiResponse CandidateClient::registration(const QString &token)
{
    return m_api.send("GET", kBase + QStringLiteral("/candidate/registration"), {}, bearer(token));
}

ApiResponse CandidateClient::bookSubject(const QString &token, const QString &subject, const QString &campus,
                                         const QString &school)
{
    QJsonObject body{ { QStringLiteral("subject"), subject }, { QStringLiteral("campus"), campus } };
    if (!school.isEmpty())
        body.insert(QStringLiteral("school"), school);
    return sendRaw("POST", QStringLiteral("/candidate/subjects"), json(body), token);
}

ApiResponse CandidateClient::cancelSubject(const QString &token, const QString &subject)
{
    return sendRaw("DELETE", QStringLiteral("/candidate/subjects/") + subject, {}, token);
}

ApiResponse CandidateClient::paySubject(const QString &token, const QString &subject, const QString &bank)
{
    return sendRaw("POST", QStringLiteral("/candidate/subjects/%1/pay").arg(subject),
                   bank.isEmpty() ? QByteArray() : json({ { QStringLiteral("bank"), bank } }), token);
}

ApiResponse CandidateClient::refreshPayments(const QString &token)
{
    return sendRaw("POST", QStringLiteral("/candidate/payments/refresh"), {}, token);
}

ApiResponse CandidateClient::publicCapacity(const QString &session, const QString &school)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("session"), session);
    q.addQueryItem(QStringLiteral("school"), school);
    return m_api.send("GET", kBase + QStringLiteral("/public/capacity?") + q.toString(QUrl::FullyEncoded), {}, {});
}

ApiResponse CandidateClient::sendRaw(const QByteArray &verb, const QString &path, const QByteArray &body,
                                     const QString &token)
{
    return m_api.send(verb, kBase + path, body, bearer(token));
}

} // namespace cet::central::sim
