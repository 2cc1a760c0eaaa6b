#pragma once

// The candidate API over HTTP for tests and load generators: one call per endpoint, answers as
// ApiResponse (status, JSON, error code and message). Built on an ApiClient, whose headers
// (Accept-Language) it shares.

#include "ApiClient.h"

namespace cet::test {

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

    // A raw body to an endpoint (malformed-input tests): verb, path under /api/v1, body as is.
    ApiResponse sendRaw(const QByteArray &verb, const QString &path, const QByteArray &body, const QString &token = {});

private:
    ApiClient &m_api;
};

} // namespace cet::test
