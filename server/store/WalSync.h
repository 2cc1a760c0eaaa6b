#pragma once

// Group commit for cet-central's SQLite database (internal to cetcentral_store).
//
// With synchronous=FULL every COMMIT waits for its own fsync of the write-ahead log while it still
// holds SQLite's write lock, so concurrent bookings queue behind one another's disk flushes (a
// third of a booking's time in the lock on this machine). Instead the connections run with
// synchronous=NORMAL (a COMMIT writes the log but does not flush it) and, after each commit that
// changed something, call syncCommitted(): the first caller flushes the log (fdatasync through
// SQLite's own file handle) for everything committed so far; the callers that arrive while it
// flushes wait and are covered by the next flush. A request is answered only after its commit is
// on disk, as before, but one flush now serves several commits and none is made inside the lock.
// What another request may see in the short moment between a commit and its flush is a commit
// that a power cut could still take back (SQLite's NORMAL mode stays consistent across one).

#include "Result.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

struct sqlite3;

namespace cet::central {

class WalSync
{
public:
    // The one group of a database file in this process.
    static std::shared_ptr<WalSync> of(const QString &path);

    // Returns once everything `db` (a connection to this file, in WAL mode) has committed is on
    // disk.
    Result<void> syncCommitted(sqlite3 *db);

private:
    std::mutex m_mutex;
    std::condition_variable m_flushed;
    quint64 m_requested = 0; // tickets handed out, one per commit that asked
    quint64 m_synced = 0;    // every ticket up to this one is on disk
    bool m_flushing = false;
};

} // namespace cet::central
