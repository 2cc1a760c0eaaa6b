#pragma once

#include "CsTypes.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace cet {

class CsClient;

// The customer-service desk's use cases for the pages: account lookup, filing, listing and
// deciding rebinding requests, all online. Lives on the GUI thread; every call returns at once and
// runs in order on a worker thread of its own (a CsClient there; a plain queue, not posted events,
// because a request waits in a local event loop that must not start the next call), and its result comes back on
// the GUI thread to `done` — unless `context` was destroyed meanwhile (a closed page gets nothing).
//
// The session is the signed-in staff account's (setAccount: server and user of SyncService's
// account); the token is read from the credential store on the worker, where SyncEngine put it at
// sign-in. Errors carry translated messages and stable codes (cs.*, auth.*, net.*).
class CsService : public QObject
{
    Q_OBJECT
public:
    explicit CsService(QObject *parent = nullptr);
    ~CsService() override;

    void setAccount(const QString &serverUrl, const QString &user);
    QString server() const { return m_server; }
    QString user() const { return m_user; }

    template<typename T> using Done = std::function<void(const Result<T> &)>;

    void lookup(const CsLookupQuery &query, QObject *context, Done<CsLookupResult> done);
    void file(const CsNewRequest &request, QObject *context, Done<CsRequest> done);
    void list(const QString &state, bool mine, QObject *context, Done<QList<CsRequest>> done);
    void withdraw(qint64 id, QObject *context, Done<CsRequest> done);
    void approve(qint64 id, const QString &note, QObject *context, Done<CsRequest> done);
    void approveMany(const QList<qint64> &ids, const QString &note, QObject *context, Done<QList<CsBatchResult>> done);
    void refuse(qint64 id, const QString &reason, QObject *context, Done<CsRequest> done);
    void hold(qint64 id, QObject *context, Done<CsRequest> done);
    void release(qint64 id, QObject *context, Done<CsRequest> done);

    // Calls queued or running (for tests and a busy indicator).
    int pending() const { return m_pending; }

signals:
    // A request changed state through this service (filed, withdrawn, decided, held, released):
    // lists showing requests refresh.
    void requestsChanged();
    void pendingChanged(int pending);

private:
    template<typename T>
    void run(QObject *context, std::function<Result<T>(CsClient &)> call, Done<T> done, bool changes = false);
    // On the worker: the client with the current session, or why there is none.
    Result<CsClient *> client(const QString &server, const QString &user);
    void setPending(int pending);
    void post(std::function<void()> job);
    void work();

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs; // guarded by m_mutex
    bool m_stop = false;                       // guarded by m_mutex
    std::atomic<bool> m_cancel{ false };       // stops a request in flight at destruction
    std::unique_ptr<CsClient> m_client;        // used on m_thread only
    QString m_server, m_user;
    int m_pending = 0;
};

} // namespace cet
