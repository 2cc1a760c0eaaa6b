#pragma once

// The candidate API over HTTP for tests and load generators: one call per endpoint, answers as
// ApiResponse (status, JSON, error code and message). Built on an ApiClient, whose headers
// (Accept-Language) it shares.

#include "ApiClient.h"

namespace cet::central::sim {

class CandidateClient
{
public:
    // Starts with Chinese messages (QNetworkAccessManager would otherwise send the test machine's
    // locale as Accept-Language).
    explicit CandidateClient(ApiClient &api) : m_api(api) { setEnglish(false); }

    // Messages in English (Accept-Language: en) or, with false, in Chinese (Accept-Language: zh-CN).
    void setEnglish(bool english);

    ApiResponse registerPassport(const QString &email, const QString &password, const QString &mobile = {});
    ApiResponse login(const QString &login, const QString &password);
    // The token of a successful sign-in, or an empty string.
    QString signIn(const QString &login, const QString &password);
    ApiResponse logout(const QString &token);
    ApiResponse changeEmail(const QString &token, const QString &password, const QString &newEmail);
    ApiResponse qualification(const QString &token, int idType, const QString &idNumber, const QString &name);
    ApiResponse bind(const QString &token, int idType, const QString &idNumber, const QString &name, bool confirm = true);
    ApiResponse registration(const QString &token);
    // school: the campus's school when it is not the candidate's own (oral tests only).
    ApiResponse bookSubject(const QString &token, const QString &subject, const QString &campus,
                            const QString &school = {});
    ApiResponse cancelSubject(const QString &token, const QString &subject);
    // bank: "success", "failure", "lost" (the simulated bank's outcome); empty sends no body.
    ApiResponse paySubject(const QString &token, const QString &subject, const QString &bank = {});
    ApiResponse refreshPayments(const QString &token);
    ApiResponse publicCapacity(const QString &session, const QString &school);

    // A raw body to an endpoint (malformed-input tests): verb, path under /api/v1, body as is.
    ApiResponse sendRaw(const QByteArray &verb, const QString &path, const QByteArray &body, const QString &token = {});

private:
    ApiClient &m_api;
};

} // namespace cet::central::sim
