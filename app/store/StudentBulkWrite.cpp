#include "StudentBulkWrite.h"

#include "LiteSql.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace cet {

namespace {

// Page cache while rows go in, in KiB (negative cache_size): the identity index and the pages
// being filled stay in memory. Measured at 1,000,000 new rows: 32 MiB writes them as fast as
// 64 MiB, and a 1,000,000-row import must stay within its memory budget of 300 MB.
constexpr qint64 kBulkCacheKiB = 32 * 1024;

// Page cache while indexes of a large database are rebuilt. SQLite's sorter keeps sorted runs of
// up to the cache size in memory per sorting thread before it writes them to its temporary
// files; with 4 MiB a 1,000,000-row import peaks 95 MB lower than with 32 MiB, at no clear cost
// in time (every rebuild reads that table from disk anyway).
constexpr qint64 kIndexCacheKiB = 4 * 1024;

// A database larger than this many times the page cache is read from disk by every index
// rebuild anyway; below it the cache saves most of those reads (100,000 rows: half the time).
constexpr qint64 kCachedDatabaseFactor = 4;

// SQLite's sorter may use helper threads to build indexes.
constexpr int kSortThreads = 2;

Result<qint64> pragmaInt(sqlite3 *db, const char *sql)
{
    lite::Statement q;
    if (!q.prepare(db, sql) || !q.step() || !q.hasRow())
        return lite::error(db, QStringLiteral("store.query_failed"), QString::fromUtf8(sql));
    return q.columnInt(0);
}

// The cache_size for rebuilding indexes: the connection's own (`cacheSize`) while the database
// mostly fits in it, kIndexCacheKiB once it is so large that memory matters more.
qint64 indexCacheSize(sqlite3 *db, qint64 cacheSize)
{
    auto pages = pragmaInt(db, "PRAGMA page_count");
    auto pageSize = pragmaInt(db, "PRAGMA page_size");
    if (!pages || !pageSize)
        return -kIndexCacheKiB;
    const qint64 cacheBytes = cacheSize < 0 ? -cacheSize * 1024 : cacheSize * pageSize.value();
    const qint64 databaseBytes = pages.value() * pageSize.value();
    return databaseBytes > kCachedDatabaseFactor * cacheBytes ? -kIndexCacheKiB : cacheSize;
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
    if (settleLog)
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    m_cacheSize = cache.value();
    m_autoCheckpoint = autoCheckpoint.value();
    // No automatic checkpoint at COMMIT: copying the transaction's pages into the database file
    // is not needed for durability (the log is synced at COMMIT) and would cost the import as
    // much again as writing its log. Database::checkpoint() at an idle moment, the next bulk
    // write, the next ordinary write or closing the last connection does it.
    lite::exec(m_db, "PRAGMA wal_autocheckpoint = 0");
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

namespace {

// SQLite virtual-machine steps between two questions to `stop` while an index is built (well
// under a millisecond of work).
constexpr int kStopCheckSteps = 20000;

int askStop(void *stop)
{
    return (*static_cast<const std::function<bool()> *>(stop))() ? 1 : 0;
}

} // namespace

Result<void> StudentBulkWrite::restore(const std::function<void()> &indexBuilt, const std::function<bool()> &stop)
{
    qint64 tempStore = -1;
    if (!m_indexes.isEmpty()) {
        lite::exec(m_db, QByteArray("PRAGMA threads = " + QByteArray::number(kSortThreads)).constData());
        lite::exec(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(indexCacheSize(m_db, m_cacheSize))).constData());
        // The sorter's spill files on disk (the OS caches them), not in this process's memory.
        if (auto t = pragmaInt(m_db, "PRAGMA temp_store"))
            tempStore = t.value();
        lite::exec(m_db, "PRAGMA temp_store = FILE");
    }
    if (stop && !m_indexes.isEmpty())
        sqlite3_progress_handler(m_db, kStopCheckSteps, askStop, const_cast<std::function<bool()> *>(&stop));
    for (const QByteArray &sql : std::as_const(m_indexes)) {
        if (!lite::exec(m_db, sql.constData())) {
            const bool interrupted = sqlite3_errcode(m_db) == SQLITE_INTERRUPT;
            Error e = lite::error(m_db, interrupted ? QStringLiteral("store.interrupted") : QStringLiteral("store.update_failed"),
                                  QString::fromUtf8(sql));
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
            if (tempStore >= 0)
                lite::exec(m_db, QByteArray("PRAGMA temp_store = " + QByteArray::number(tempStore)).constData());
            return e;
        }
        if (indexBuilt)
            indexBuilt();
    }
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (tempStore >= 0)
        lite::exec(m_db, QByteArray("PRAGMA temp_store = " + QByteArray::number(tempStore)).constData());
    lite::exec(m_db, "PRAGMA threads = 0");
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
    if (!lite::exec(m_db, "COMMIT"))
        return lite::error(m_db, QStringLiteral("store.commit_failed"), QStringLiteral("COMMIT"));
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
