#pragma once

#include "Result.h"

#include <QByteArrayList>

#include <functional>

struct sqlite3;

namespace cet {

// One write transaction over the students table for an import or its undo (internal to
// cetdesk_store), on the sqlite3 handle of a Qt connection.
//
// begin() checkpoints what an earlier bulk write left in the write-ahead log, takes the write
// lock (BEGIN IMMEDIATE), raises a small page cache to 32 MiB and turns the automatic
// checkpoint off for the transaction (its COMMIT leaves the pages in the log; see
// Database::checkpoint()). suspend() drops the students_state / content-hash triggers (the bulk
// writer keeps both itself: one counter bump per transaction instead of one per row) and, for
// writes that touch a large part of the table, the secondary indexes: SQLite builds an index
// from sorted keys several times faster than it maintains it row by row. restore() recreates
// all of them from the SQL they were created with (with a small cache for a large database, to
// bound the sorter's memory), inside the same transaction, so a crash or a rollback at any point
// leaves the schema and the data exactly as before, and a commit always
// has every index.
class StudentBulkWrite
{
public:
    explicit StudentBulkWrite(sqlite3 *db);
    ~StudentBulkWrite(); // rolls back unless committed; always restores the cache size and autocheckpoint
    StudentBulkWrite(const StudentBulkWrite &) = delete;
    StudentBulkWrite &operator=(const StudentBulkWrite &) = delete;

    // settleLog: checkpoint first (pass false when the transaction writes no student rows, so a
    // re-import of an unchanged file does not pay for the previous import's checkpoint).
    Result<void> begin(bool settleLog = true);
    // students_state.changes, the plan's stateToken.
    Result<qint64> stateChanges() const;
    Result<void> suspend(bool dropIndexes);
    // Recreates what suspend() dropped and bumps students_state.changes once. `indexBuilt`, if
    // set, is called after each index is rebuilt. `stop`, if set, is asked every few thousand
    // SQLite steps while an index is built (a million-row rebuild takes seconds): when it answers
    // true the build is interrupted and restore() fails ("store.interrupted"); the caller then
    // rolls back, which brings every dropped index and trigger back.
    Result<void> restore(const std::function<void()> &indexBuilt = {}, const std::function<bool()> &stop = {});
    Result<void> commit();
    void rollback();

    // Whether writing `rows` rows (updated rows counted twice) into a table of `existing` rows is
    // faster with the secondary indexes dropped and rebuilt (measured by tests/bench/import_store).
    static bool dropIndexesPays(qint64 rows, qint64 existing);

    int droppedIndexes() const { return int(m_indexes.size()); }

private:
    sqlite3 *m_db;
    bool m_open = false;
    qint64 m_cacheSize = 0;
    qint64 m_autoCheckpoint = -1; // the connection's wal_autocheckpoint, restored by rollback()
    QByteArrayList m_indexes;  // CREATE INDEX statements of the dropped indexes
    QByteArrayList m_triggers; // CREATE TRIGGER statements of the dropped triggers
};

} // namespace cet
