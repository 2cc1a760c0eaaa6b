#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

class QNetworkAccessManager;
class QSslCertificate;

namespace cet {

// JSON (and the odd file) over HTTP(S) to cet-central, blocking the calling thread (its own event loop per request;
// use it from a worker thread or a console program). Not thread-safe: one per thread.
//
// - Plain http:// only to loopback (127.0.0.0/8, ::1, localhost); HTTPS verifies certificates,
//   with an optional extra CA file.
// - Transient failures (connection refused/reset, timeouts, 5xx) are retried with exponential
//   backoff and jitter; then "net.unavailable" / "net.timeout" / "server.unavailable".
// - Server errors come back as Error{code from the body, translated message, server message}.
class SyncHttp
{
public:
    SyncHttp();
    ~SyncHttp();
    SyncHttp(const SyncHttp &) = delete;
    SyncHttp &operator=(const SyncHttp &) = delete;

    // Checks the address (scheme, loopback rule) and returns it normalised (no trailing slash).
    static Result<QUrl> checkServerUrl(const QString &url);

    Result<void> setServer(const QString &url);
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    Result<void> setCaFile(const QString &path);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // attempts ≥ 1 (1 = no retry); backoff doubles from baseMs, capped at maxMs, ±50 % jitter.
    void setRetryPolicy(int attempts, int baseMs, int maxMs = 10000);
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    // Query items added to every request whose path starts with `pathPrefix` (the school an
    // administrator's sync works on goes with every sync request); an empty query removes them.
    void setExtraQuery(const QString &pathPrefix, const QUrlQuery &query);

    Result<QJsonObject> get(const QString &path, const QUrlQuery &query = {});
    Result<QJsonObject> post(const QString &path, const QJsonObject &body);
    // A GET whose 2xx answer is any bytes (a file), with its Content-Type; errors as get().
    struct Download
    {
        QByteArray body;
        QByteArray contentType;
    };
    Result<Download> download(const QString &path);
    // A POST of a file's bytes (`contentType`, e.g. image/jpeg) whose answer is JSON; errors as post().
    Result<QJsonObject> upload(const QString &path, const QByteArray &bytes, const QByteArray &contentType);

    // A request that runs on its own thread (with its own connection and this object's settings
    // at the start, retries included), so the caller can work while the server answers. The body
    // is serialised and the answer parsed on that thread. Destroying an unfinished Call aborts the
    // request and waits for its thread.
    // makeBody (building the request) and onAnswer (reading a 2xx answer) also run on that thread.
    class Call;
    using BodyFn = std::function<QByteArray()>; // the body: compact JSON text
    using AnswerFn = std::function<void(const QJsonObject &)>;
    std::unique_ptr<Call> startGet(const QString &path, const QUrlQuery &query = {}, AnswerFn onAnswer = {});
    std::unique_ptr<Call> startPost(const QString &path, BodyFn makeBody, AnswerFn onAnswer = {});
    // Waits for the call's answer (the same results as get()/post()).
    Result<QJsonObject> finish(std::unique_ptr<Call> call);

    // Statistics, for benchmarks and logs.
    qint64 requests() const { return m_requests; }

private:
    Result<QJsonObject> send(bool post, const QString &path, const QUrlQuery &query, const QByteArray &body);
    // The request with retries; a 2xx answer's bytes, else the error the answer carries.
    Result<Download> exchange(bool post, const QString &path, const QUrlQuery &query, const QByteArray &body,
                              const QByteArray &accept, const QByteArray &contentType = "application/json");
    Result<Download> exchangeOnce(bool post, const QUrl &url, const QByteArray &body, const QByteArray &accept,
                                  const QByteArray &contentType, bool &transient);
    QUrlQuery withExtraQuery(const QString &path, QUrlQuery query) const;
    bool sleepCancellable(int ms);
    bool cancelled() const;
    std::unique_ptr<Call> start(bool post, const QString &path, const QUrlQuery &query, BodyFn makeBody,
                                AnswerFn onAnswer);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QUrl m_server;
    QString m_token;
    QString m_extraPrefix;
    QUrlQuery m_extraQuery;
    QList<QSslCertificate> *m_extraCa = nullptr;
    int m_timeoutMs = 30000;
    int m_attempts = 4;
    int m_baseMs = 500;
    int m_maxMs = 10000;
    const std::atomic<bool> *m_cancel = nullptr;
    const std::atomic<bool> *m_abort = nullptr; // a Call's own stop flag
    qint64 m_requests = 0;
};

class SyncHttp::Call
{
public:
    ~Call();
    Call(const Call &) = delete;
    Call &operator=(const Call &) = delete;

private:
    friend class SyncHttp;
    Call() = default;

    std::thread m_thread;
    std::atomic<bool> m_abort{ false };
    std::optional<Result<QJsonObject>> m_result;
    qint64 m_requests = 0;
};

} // namespace cet
