#include "DatabaseWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <chrono>

namespace cet {

namespace {

Q_LOGGING_CATEGORY(lcWriter, "cetdesk.store.writer")

// The writer thread waits for other connections (a sync worker, a second CET Desk) longer than a
// reader would: nobody looks at it waiting, and a write that gives up is a lost edit.
constexpr int kWriterBusyTimeoutMs = 10000;

std::mutex g_registryMutex;
QHash<QString, std::weak_ptr<DatabaseWriter>> &registry()
{
    static QHash<QString, std::weak_ptr<DatabaseWriter>> writers;
    return writers;
}

} // namespace

DatabaseWriter::DatabaseWriter(const QString &path)
    : m_path(path)
    , m_state(std::make_shared<State>())
{
    m_state->path = path;
    m_thread = std::thread([state = m_state] { loop(state); });
    m_threadId = m_thread.get_id();
}

DatabaseWriter::~DatabaseWriter()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stopping = true;
    }
    m_state->wake.notify_all();
    if (std::this_thread::get_id() == m_threadId)
        m_thread.detach(); // let go by one of its own tasks: the loop ends after the queue, on its own
    else if (m_thread.joinable())
        m_thread.join();
}

std::shared_ptr<DatabaseWriter> DatabaseWriter::forPath(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    std::lock_guard lock(g_registryMutex);
    std::weak_ptr<DatabaseWriter> &slot = registry()[key];
    if (auto existing = slot.lock())
        return existing;
    auto writer = std::make_shared<DatabaseWriter>(path);
    slot = writer;
    return writer;
}

void DatabaseWriter::enqueue(Job job)
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->queue.push_back(std::move(job));
    }
    m_state->wake.notify_one();
}

void DatabaseWriter::deliver(QThread *target, std::function<void()> f)
{
    // A bare object moved to the target thread carries the call there and goes away after it.
    auto *relay = new QObject;
    relay->moveToThread(target);
    QMetaObject::invokeMethod(
        relay,
        [relay, f = std::move(f)] {
            f();
            delete relay;
        },
        Qt::QueuedConnection);
}

void DatabaseWriter::loop(const std::shared_ptr<State> &state)
{
    auto opened = Database::open(state->path, Database::Mode::ReadWrite);
    if (opened) {
        state->db = std::move(opened).value();
        if (auto r = state->db->setBusyTimeout(kWriterBusyTimeoutMs); !r)
            qCWarning(lcWriter) << "busy timeout not set:" << r.error().detail;
    } else {
        state->openError = opened.error();
        qCWarning(lcWriter) << "can not open" << state->path << state->openError.detail;
    }

    std::unique_lock lock(state->mutex);
    for (;;) {
        state->wake.wait(lock, [&] { return state->stopping || !state->queue.empty(); });
        if (state->queue.empty())
            break; // stopping, and everything handed in has run
        runOne(*state, lock);
    }
    lock.unlock();
    state->db.reset(); // the connection belongs to this thread
}

bool DatabaseWriter::runOne(State &state, std::unique_lock<std::mutex> &lock)
{
    if (state.queue.empty())
        return false;
    Job job = std::move(state.queue.front());
    state.queue.pop_front();
    lock.unlock();
    job(state.db.get(), state.openError);
    job = nullptr; // what the task held goes now, outside the lock
    lock.lock();
    return true;
}

void DatabaseWriter::yieldToQueued()
{
    Q_ASSERT(std::this_thread::get_id() == m_threadId);
    std::unique_lock lock(m_state->mutex);
    // Only what waits now: tasks that arrive meanwhile wait for the next yield.
    for (size_t waiting = m_state->queue.size(); waiting > 0 && runOne(*m_state, lock); --waiting) { }
}

int DatabaseWriter::retries() const
{
    return m_state->retries.load();
}

bool DatabaseWriter::isBusy(const Error &error)
{
    // SQLITE_BUSY / SQLITE_LOCKED as Qt's QSQLITE words them in the error text.
    return error.detail.contains(QLatin1String("database is locked"))
        || error.detail.contains(QLatin1String("database table is locked"))
        || error.detail.contains(QLatin1String("database is busy"));
}

void DatabaseWriter::pauseBeforeRetry(State &state, int attempt)
{
    ++state.retries;
    qCInfo(lcWriter) << "database busy, running the write again, attempt" << attempt + 1;
    std::this_thread::sleep_for(std::chrono::milliseconds(50 * attempt));
}

} // namespace cet
