#include "WalSync.h"

#include <sqlite3.h>

#include <QHash>

#include <unordered_map>

namespace cet::central {

namespace {

Result<void> flushLog(sqlite3 *db)
{
    sqlite3_file *log = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log) != SQLITE_OK || !log || !log->pMethods)
        return Error{ QStringLiteral("server.unavailable"),
                      QStringLiteral("Database error: the write-ahead log is not open"), {} };
    const int rc = log->pMethods->xSync(log, SQLITE_SYNC_NORMAL);
    if (rc != SQLITE_OK)
        return Error{ QStringLiteral("server.unavailable"),
                      QStringLiteral("Database error: the write-ahead log could not be flushed to disk"),
                      QString::fromUtf8(sqlite3_errstr(rc)) };
    return {};
}

} // namespace

std::shared_ptr<WalSync> WalSync::of(const QString &path)
{
    static std::mutex registry;
    static std::unordered_map<QString, std::weak_ptr<WalSync>> groups;
    std::lock_guard<std::mutex> lock(registry);
    std::shared_ptr<WalSync> group = groups[path].lock();
    if (!group) {
        group = std::make_shared<WalSync>();
        groups[path] = group;
    }
    return group;
}

Result<void> WalSync::syncCommitted(sqlite3 *db)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    // The commit finished before this ticket was taken, so any flush that starts later covers it.
    const quint64 ticket = ++m_requested;
    while (m_synced < ticket) {
        if (m_flushing) {
            m_flushed.wait(lock);
            continue;
        }
        m_flushing = true;
        const quint64 covers = m_requested;
        lock.unlock();
        const Result<void> flushed = flushLog(db);
        lock.lock();
        m_flushing = false;
        if (flushed)
            m_synced = std::max(m_synced, covers);
        m_flushed.notify_all();
        if (!flushed)
            return flushed; // the waiting callers try again, each with a flush of its own turn
    }
    return {};
}

} // namespace cet::central
