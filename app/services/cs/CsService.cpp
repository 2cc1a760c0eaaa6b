#include "CsService.h"

#include "CsClient.h"
#include "CsErrors.h"
#include "TokenStore.h"


namespace cet {

CsService::CsService(QObject *parent) : QObject(parent)
{
    m_thread = std::thread([this] { work(); });
}

CsService::~CsService()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_cancel = true;
    m_wake.notify_all();
    m_thread.join();
}

void CsService::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void CsService::work()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
    // The client's network access manager belongs to this thread.
    m_client.reset();
}

void CsService::setAccount(const QString &serverUrl, const QString &user)
{
    m_server = serverUrl;
    m_user = user;
}

Result<CsClient *> CsService::client(const QString &server, const QString &user)
{
    if (server.isEmpty() || user.isEmpty())
        return csError(Error{ QStringLiteral("sync.sign_in_needed"), {}, {} });
    // Read every time: a sign-in since the last call may have replaced the token.
    const QString token = TokenStore().read(server, user);
    if (!m_client) {
        m_client = std::make_unique<CsClient>();
        m_client->http().setCancelFlag(&m_cancel);
    }
    if (auto r = m_client->setSession(server, token); !r)
        return r.error();
    return m_client.get();
}

template<typename T>
void CsService::run(QObject *context, std::function<Result<T>(CsClient &)> call, Done<T> done, bool changes)
{
    setPending(m_pending + 1);
    QPointer<QObject> guard(context);
    post([this, guard, call = std::move(call), done = std::move(done), changes, server = m_server, user = m_user] {
            Result<T> result = [&]() -> Result<T> {
                auto c = client(server, user);
                if (!c)
                    return c.error();
                return call(*c.value());
            }();
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, changes, result = std::move(result)] {
                    setPending(m_pending - 1);
                    if (changes && result)
                        emit requestsChanged();
                    if (guard && done)
                        done(result);
                },
                Qt::QueuedConnection);
        });
}

void CsService::setPending(int pending)
{
    m_pending = pending;
    emit pendingChanged(pending);
}

void CsService::lookup(const CsLookupQuery &query, QObject *context, Done<CsLookupResult> done)
{
    run<CsLookupResult>(context, [query](CsClient &c) { return c.lookup(query); }, std::move(done));
}

void CsService::file(const CsNewRequest &request, QObject *context, Done<CsRequest> done)
{
    run<CsRequest>(context, [request](CsClient &c) { return c.file(request); }, std::move(done), true);
}

void CsService::list(const QString &state, bool mine, QObject *context, Done<QList<CsRequest>> done)
{
    run<QList<CsRequest>>(context, [state, mine](CsClient &c) { return c.list(state, mine); }, std::move(done));
}

void CsService::withdraw(qint64 id, QObject *context, Done<CsRequest> done)
{
    run<CsRequest>(context, [id](CsClient &c) { return c.withdraw(id); }, std::move(done), true);
}

void CsService::approve(qint64 id, const QString &note, QObject *context, Done<CsRequest> done)
{
    run<CsRequest>(context, [id, note](CsClient &c) { return c.approve(id, note); }, std::move(done), true);
}

void CsService::approveMany(const QList<qint64> &ids, const QString &note, QObject *context,
                            Done<QList<CsBatchResult>> done)
{
    run<QList<CsBatchResult>>(context, [ids, note](CsClient &c) { return c.approveMany(ids, note); }, std::move(done),
                              true);
}

void CsService::refuse(qint64 id, const QString &reason, QObject *context, Done<CsRequest> done)
{
    run<CsRequest>(context, [id, reason](CsClient &c) { return c.refuse(id, reason); }, std::move(done), true);
}

void CsService::hold(qint64 id, QObject *context, Done<CsRequest> done)
{
    run<CsRequest>(context, [id](CsClient &c) { return c.hold(id); }, std::move(done), true);
}

void CsService::release(qint64 id, QObject *context, Done<CsRequest> done)
{
    run<CsRequest>(context, [id](CsClient &c) { return c.release(id); }, std::move(done), true);
}

} // namespace cet
