#include "StudentBulkWrite.h"

#include "LiteSql.h"

#include <QCoreApplication>

#include <sqlite3.h>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
// PERFTRACE-BEGIN
namespace { void perfTrace(const char *what) { static const bool on = std::getenv("CET_PERF_TRACE"); if (!on) return; timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); rusage u{}; getrusage(RUSAGE_SELF, &u); std::fprintf(stderr, "  [trace] %-22s cpu %9.1f ms  maxrss %6.1f MB\n", what, t.tv_sec * 1e3 + t.tv_nsec / 1e6, u.ru_maxrss / 1024.0); } }
// PERFTRACE-END

namespace cet {

namespace {

// Page cache while rows go in, in KiB (negative cache_size): the identity index and the pages
// being filled stay in memory. Index rebuilds go back to the connection's own cache size, since
// SQLite's sorter takes as much memory again as the cache (a 1,000,000-row import must stay
// within its memory budget).
static const qint64 kBulkCacheKiB = std::getenv("CET_PERF_BULKKIB") ? atoll(std::getenv("CET_PERF_BULKKIB")) : 64 * 1024; // PERFTRACE

// SQLite's sorter may use helper threads to build indexes.
static const int kSortThreads = std::getenv("CET_PERF_THREADS") ? atoi(std::getenv("CET_PERF_THREADS")) : 2; // PERFTRACE

Result<qint64> pragmaInt(sqlite3 *db, const char *sql)
{
    lite::Statement q;
    if (!q.prepare(db, sql) || !q.step() || !q.hasRow())
        return lite::error(db, QStringLiteral("store.query_failed"), QString::fromUtf8(sql));
    return q.columnInt(0);
}

} // namespace

StudentBulkWrite::StudentBulkWrite(sqlite3 *db) : m_db(db) { }

StudentBulkWrite::~StudentBulkWrite()
{
    rollback();
}

Result<void> StudentBulkWrite::begin(bool settleLog)
{
    if (!sqlite3_get_autocommit(m_db)) {
        return Error{ QStringLiteral("store.transaction_failed"),
                      QCoreApplication::translate("cet::Database", "The local database reported an error."),
                      QStringLiteral("bulk write inside an open transaction") };
    }
    auto cache = pragmaInt(m_db, "PRAGMA cache_size");
    if (!cache)
        return cache.error();
    auto autoCheckpoint = pragmaInt(m_db, "PRAGMA wal_autocheckpoint");
    if (!autoCheckpoint)
        return autoCheckpoint.error();
    // What an earlier bulk write left in the log goes into the database file now, so the log
    // holds at most one bulk write (plus the small writes since). PASSIVE: it never waits for
    // readers; whatever they still need stays in the log for a later checkpoint.
    if (settleLog && !std::getenv("CET_PERF_OLDWAL")) // PERFTRACE
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    m_cacheSize = cache.value();
    m_autoCheckpoint = autoCheckpoint.value();
    // No automatic checkpoint at COMMIT: copying the transaction's pages into the database file
    // is not needed for durability (the log is synced at COMMIT) and would cost the import as
    // much again as writing its log. Database::checkpoint() at an idle moment, the next bulk
    // write, the next ordinary write or closing the last connection does it.
    if (!std::getenv("CET_PERF_OLDWAL")) // PERFTRACE
    lite::exec(m_db, "PRAGMA wal_autocheckpoint = 0");
    perfTrace("begin");
    if (!lite::exec(m_db, "BEGIN IMMEDIATE"))
        return lite::error(m_db, QStringLiteral("store.transaction_failed"), QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
    const QByteArray pragma = "PRAGMA cache_size = -" + QByteArray::number(kBulkCacheKiB);
    if (m_cacheSize > -kBulkCacheKiB && m_cacheSize < kBulkCacheKiB / 4)
        lite::exec(m_db, pragma.constData());
    return {};
}

Result<qint64> StudentBulkWrite::stateChanges() const
{
    return pragmaInt(m_db, "SELECT changes FROM students_state WHERE id = 1");
}

Result<void> StudentBulkWrite::suspend(bool dropIndexes)
{
    lite::Statement q;
    // The triggers of migration 3; any other trigger on students stays in force.
    if (!q.prepare(m_db, "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'students' AND ("
                         "(type = 'trigger' AND name IN ('students_state_insert', 'students_state_update',"
                         " 'students_state_delete', 'students_content_hash'))"
                         " OR (?1 AND type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'))"
                         " ORDER BY type, name"))
        return lite::error(m_db, QStringLiteral("store.query_failed"), QStringLiteral("schema"));
    q.bindInt(1, dropIndexes ? 1 : 0);
    QList<QPair<QByteArray, QByteArray>> drops; // DROP statement, CREATE statement
    while (q.step() && q.hasRow()) {
        const QByteArray name = q.columnUtf8(0).toByteArray();
        const QByteArray sql = q.columnUtf8(1).toByteArray();
        const bool trigger = sql.startsWith("CREATE TRIGGER");
        drops.append({ (trigger ? "DROP TRIGGER \"" : "DROP INDEX \"") + name + '"', sql });
    }
    q.reset();
    for (const auto &[drop, create] : std::as_const(drops)) {
        if (!lite::exec(m_db, drop.constData()))
            return lite::error(m_db, QStringLiteral("store.update_failed"), QString::fromUtf8(drop));
        (create.startsWith("CREATE TRIGGER") ? m_triggers : m_indexes).append(create);
    }
    return {};
}

Result<void> StudentBulkWrite::restore()
{
    perfTrace("rows written");
    qint64 tempStore = -1;
    if (!m_indexes.isEmpty()) {
        lite::exec(m_db, QByteArray("PRAGMA threads = " + QByteArray::number(kSortThreads)).constData());
        lite::exec(m_db, QByteArray("PRAGMA cache_size = " + QByteArray(std::getenv("CET_PERF_IDXCACHE") ? std::getenv("CET_PERF_IDXCACHE") : QByteArray::number(m_cacheSize))).constData()); // PERFTRACE
        // The sorter's spill files on disk (the OS caches them), not in this process's memory.
        if (auto t = pragmaInt(m_db, "PRAGMA temp_store"))
            tempStore = t.value();
        lite::exec(m_db, "PRAGMA temp_store = FILE");
    }
    for (const QByteArray &sql : std::as_const(m_indexes)) {
        if (!lite::exec(m_db, sql.constData())) {
            Error e = lite::error(m_db, QStringLiteral("store.update_failed"), QString::fromUtf8(sql));
            if (tempStore >= 0)
                lite::exec(m_db, QByteArray("PRAGMA temp_store = " + QByteArray::number(tempStore)).constData());
            return e;
        }
    }
    if (tempStore >= 0)
        lite::exec(m_db, QByteArray("PRAGMA temp_store = " + QByteArray::number(tempStore)).constData());
    lite::exec(m_db, "PRAGMA threads = 0");
    perfTrace("indexes rebuilt");
    m_indexes.clear();
    for (const QByteArray &sql : std::as_const(m_triggers)) {
        if (!lite::exec(m_db, sql.constData()))
            return lite::error(m_db, QStringLiteral("store.update_failed"), QString::fromUtf8(sql));
    }
    m_triggers.clear();
    if (!lite::exec(m_db, "UPDATE students_state SET changes = changes + 1 WHERE id = 1"))
        return lite::error(m_db, QStringLiteral("store.update_failed"), QStringLiteral("students_state"));
    return {};
}

Result<void> StudentBulkWrite::commit()
{
    perfTrace("before COMMIT");
    if (!lite::exec(m_db, "COMMIT"))
        return lite::error(m_db, QStringLiteral("store.commit_failed"), QStringLiteral("COMMIT"));
    perfTrace("after COMMIT");
    m_open = false;
    rollback(); // restores the cache size
    return {};
}

void StudentBulkWrite::rollback()
{
    if (m_open) {
        // The dropped triggers and indexes come back with the rollback.
        lite::exec(m_db, "ROLLBACK");
        m_open = false;
        m_indexes.clear();
        m_triggers.clear();
    }
    if (m_cacheSize != 0) {
        lite::exec(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_cacheSize)).constData());
        m_cacheSize = 0;
    }
    if (m_autoCheckpoint >= 0) {
        lite::exec(m_db,
                   QByteArray("PRAGMA wal_autocheckpoint = " + QByteArray::number(m_autoCheckpoint)).constData());
        m_autoCheckpoint = -1;
    }
}

bool StudentBulkWrite::dropIndexesPays(qint64 rows, qint64 existing)
{
    // Measured (100,000 rows, 8 secondary indexes): building an index costs about 60% of
    // maintaining it row by row for as many rows, and an updated row costs about twice an inserted
    // one (callers count it twice). Rebuilding covers the whole table, so it pays once the rows
    // written outnumber the rows already there.
    return rows >= 10000 && existing < rows;
}

} // namespace cet
