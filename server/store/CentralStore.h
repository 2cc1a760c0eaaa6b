#pragma once

// One connection to cet-central's database (SQLite or PostgreSQL through Qt SQL). Owned by one
// thread. Database failures become Error{"server.unavailable", English message, driver text}.
// A PostgreSQL connection that is found gone between transactions is opened again (once per
// statement), so a restarted database server costs the requests in flight, not the process.

#include "DbUrl.h"
#include "LiteWrites.h"
#include "PgWrites.h"
#include "Result.h"
#include "StatementCache.h"
#include "WalSync.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <chrono>
#include <memory>
#include <mutex>

namespace cet::central {

class CentralStore
{
public:
    using Dialect = DbUrl::Kind;

    static Result<std::unique_ptr<CentralStore>> open(const QString &url);
    ~CentralStore();
    CentralStore(const CentralStore &) = delete;
    CentralStore &operator=(const CentralStore &) = delete;

    Dialect dialect() const { return m_url.kind; }
    bool isPostgres() const { return m_url.kind == Dialect::Postgres; }
    const DbUrl &url() const { return m_url; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement with positional binds. The rows are positioned before the first one.
    // Data statements stay prepared on this connection between uses (StatementCache).
    // Read the rows to the end before the next statement on this store: on PostgreSQL Qt reads
    // them one at a time, and running another statement discards those not yet read.
    Result<Rows> exec(const QString &sql, const QVariantList &binds = {});
    // A statement without result rows (INSERT, UPDATE) on a hot path, prepared once per
    // connection: on SQLite bound and run through the sqlite3 C API (LiteWrites); on PostgreSQL
    // through libpq with out-of-line parameters (PgWrites). On PostgreSQL no rows of exec() may be
    // left unread (libpq runs it on the connection Qt's driver uses).
    Result<void> execWrite(const QString &sql, const QVariantList &binds);
    // PostgreSQL only: a "COPY … FROM STDIN" fed with the chunks `next` returns until one is empty
    // (bulk loads; store.unsupported on SQLite). Inside a transaction.
    Result<void> copyIn(const QString &sql, const std::function<QByteArray()> &next);
    // Runs one statement and returns the first column of the first row (null QVariant if none).
    Result<QVariant> scalar(const QString &sql, const QVariantList &binds = {});

    // Explicit transactions: write=true takes the write lock at once on SQLite (BEGIN IMMEDIATE).
    // There the write transactions of this process take turns, each waiting at most
    // sqliteWriteWait() for its turn (then an error, as SQLite's busy timeout would give).
    Result<void> begin(bool write);
    static std::chrono::milliseconds sqliteWriteWait();
    static void setSqliteWriteWait(std::chrono::milliseconds wait); // 60 s; tests shorten it
    // A read-only transaction that sees one snapshot (PostgreSQL: REPEATABLE READ).
    Result<void> beginSnapshot();
    Result<void> commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    Result<void> migrate();
    Result<int> schemaVersion();

    static Error dbError(const QString &what, const QString &driverText);

private:
    CentralStore(DbUrl url, QString name);

    DbUrl m_url;
    QString m_name;
    // SQLite: after a commit or a statement outside a transaction, returns once whatever it
    // changed is on disk (WalSync); nothing to do when nothing changed.
    Result<void> syncIfChanged();
    Result<void> connect();     // opens the connection and sets the session up
    bool reconnectIfLost();     // true if the connection was gone and is back
    Result<Rows> execOnce(const QString &sql, const QVariantList &binds);

    bool m_inTransaction = false;
    std::shared_ptr<StatementCache> m_statements = std::make_shared<StatementCache>();
    std::shared_ptr<WalSync> m_walSync; // SQLite only
    qint64 m_changesSynced = 0;          // sqlite3_total_changes64 when last on disk
    LiteWrites m_liteWrites;
    // SQLite: this process's write transactions on one file take turns on a mutex before BEGIN
    // IMMEDIATE. SQLite's own busy handler sleeps 1, 2, 5, 10… ms between tries, so under load the
    // write lock stood free while the waiting threads slept; a mutex hands it over at once. Other
    // processes (the CLI) still meet the busy handler.
    std::unique_lock<std::timed_mutex> m_writeTurn;
    PgWrites m_pgWrites;
};

// Rolls back unless committed.
class Transaction
{
public:
    Transaction(CentralStore &store) : m_store(store) { }
    ~Transaction()
    {
        if (m_open)
            m_store.rollback();
    }
    Result<void> begin(bool write)
    {
        auto r = m_store.begin(write);
        m_open = r.ok();
        return r;
    }
    Result<void> commit()
    {
        m_open = false;
        return m_store.commit();
    }

private:
    CentralStore &m_store;
    bool m_open = false;
};

} // namespace cet::central

namespace cet::central {
// Times are stored as UTC milliseconds since the epoch.
inline qint64 toMs(const QDateTime &t) { return t.toMSecsSinceEpoch(); }
inline QDateTime fromMs(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }
} // namespace cet::central
