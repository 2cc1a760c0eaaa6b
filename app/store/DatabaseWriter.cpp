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

DatabaseWriter::DatabaseWriter(const QString &path) : m_path(path)
{
    m_thread = std::thread([this] { loop(); });
    m_threadId = m_thread.get_id();
}

DatabaseWriter::~DatabaseWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (std::this_thread::get_id() == m_threadId)
        m_thread.detach(); // the last holder was one of its own tasks; the loop ends by itself
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
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
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

void DatabaseWriter::loop()
{
    auto opened = Database::open(m_path, Database::Mode::ReadWrite);
    if (opened) {
        m_db = std::move(opened).value();
        if (auto r = m_db->setBusyTimeout(kWriterBusyTimeoutMs); !r)
            qCWarning(lcWriter) << "busy timeout not set:" << r.error().detail;
    } else {
        m_openError = opened.error();
        qCWarning(lcWriter) << "can not open" << m_path << m_openError.detail;
    }

    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            break; // stopping, and everything handed in has run
        runOne(lock);
    }
    lock.unlock();
    m_db.reset(); // the connection belongs to this thread
}

bool DatabaseWriter::runOne(std::unique_lock<std::mutex> &lock)
{
    if (m_queue.empty())
        return false;
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    job(m_db.get(), m_openError);
    lock.lock();
    return true;
}

void DatabaseWriter::yieldToQueued()
{
    Q_ASSERT(std::this_thread::get_id() == m_threadId);
    std::unique_lock lock(m_mutex);
    // Only what waits now: tasks that arrive meanwhile wait for the next yield.
    for (size_t waiting = m_queue.size(); waiting > 0 && runOne(lock); --waiting) {
    }
}

int DatabaseWriter::retries() const
{
    return m_retries.load();
}

bool DatabaseWriter::isBusy(const Error &error)
{
    // SQLITE_BUSY / SQLITE_LOCKED as Qt's QSQLITE words them in the error text.
    return error.detail.contains(QLatin1String("database is locked"))
        || error.detail.contains(QLatin1String("database table is locked"))
        || error.detail.contains(QLatin1String("database is busy"));
}

void DatabaseWriter::pauseBeforeRetry(int attempt)
{
    ++m_retries;
    qCInfo(lcWriter) << "database busy, running the write again, attempt" << attempt + 1;
    std::this_thread::sleep_for(std::chrono::milliseconds(50 * attempt));
}

} // namespace cet
