#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cet {

// One connection to the local SQLite database of CET Desk.
//
// open() creates the file if needed, sets WAL, synchronous=FULL, foreign keys and a busy
// timeout, and (for the writer) runs the migrations. Each Database owns one uniquely named
// QSqlDatabase connection, usable only on the thread that opened it; open a second Database
// for a worker thread. Closing happens in the destructor.
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite);

    // Where the database lives unless told otherwise: $CETDESK_DB if set, else
    // <AppDataLocation>/cetdesk.sqlite.
    static QString defaultPath();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Copies the write-ahead log into the database file, without waiting for readers (PASSIVE;
    // what they still use stays for a later checkpoint). Bulk imports leave their pages in the
    // log so that the import does not pay for the copy: call this at an idle moment after one
    // (the next bulk write, the next ordinary write or closing the last connection do it too).
    Result<void> checkpoint();

    // synchronous=FULL (every commit reaches the disk before it returns) or NORMAL (WAL commits
    // stay atomic and ordered, but a power cut may take back the last ones). NORMAL is for work
    // whose writes can be redone from elsewhere, such as sync bookkeeping; see SyncEngine::sync.
    enum class Commits { Durable, Relaxed };
    Result<void> setCommits(Commits c);

    // How long a statement waits for another connection's write lock before it fails with
    // "database is locked" (5 s after open()).
    Result<void> setBusyTimeout(int milliseconds);

private:
    Database(QString connectionName, QString path);

    QString m_connectionName;
    QString m_path;
};

} // namespace cet
