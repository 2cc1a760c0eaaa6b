#include "Database.h"

#include "Migrations.h"
#include "StoreSql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>


namespace cet {

namespace {

QAtomicInt g_connectionCounter;

Error openError(const QString &path, const QString &detail)
{
    return Error{ QStringLiteral("store.open_failed"),
                  QCoreApplication::translate("cet::Database", "Could not open the database %1.")
                      .arg(QDir::toNativeSeparators(path)),
                  detail };
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    } // the last handle must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("CETDESK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/cetdesk.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto v = sql::userVersion(connection());
    return v ? v.value() : -1;
}

Result<void> Database::checkpoint()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        return sql::error(QStringLiteral("store.checkpoint_failed"), q.lastError());
    return {};
}

Result<void> Database::setCommits(Commits c)
{
    QSqlQuery q(connection());
    if (!q.exec(c == Commits::Durable ? QStringLiteral("PRAGMA synchronous = FULL")
                                      : QStringLiteral("PRAGMA synchronous = NORMAL")))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    return {};
}

Result<void> Database::setBusyTimeout(int milliseconds)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds)))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return openError(path, QStringLiteral("Qt SQL driver QSQLITE is not available"));
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path))
        return openError(path, QStringLiteral("file does not exist"));
    if (mode == Mode::ReadWrite) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return openError(path, QStringLiteral("can not create folder ") + dir);
    }

    const QString name = QStringLiteral("cetdesk-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    // From here on the Database owns the connection; its destructor removes it on any error.
    std::unique_ptr<Database> database(new Database(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return openError(path, db.lastError().text());

        QSqlQuery q(db);
        QStringList pragmas = { QStringLiteral("PRAGMA busy_timeout = 5000"),
                                QStringLiteral("PRAGMA foreign_keys = ON"),
                                QStringLiteral("PRAGMA synchronous = FULL"),
                                // 32 MiB page cache: the Students page's indexes stay hot.
                                QStringLiteral("PRAGMA cache_size = -32768"),
                                QStringLiteral("PRAGMA temp_store = MEMORY"),
                                // After a checkpoint, the next write truncates the log file to
                                // this: a large import does not leave a log of its size on disk.
                                QStringLiteral("PRAGMA journal_size_limit = 67108864") };
        if (mode == Mode::ReadWrite)
            pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
        for (const QString &pragma : std::as_const(pragmas)) {
            if (!q.exec(pragma))
                return openError(path, pragma + QStringLiteral(": ") + q.lastError().text());
        }
        if (mode == Mode::ReadWrite) {
            q.finish();
            if (auto r = Migrations::migrate(db); !r)
                return r.error();
        } else {
            auto v = sql::userVersion(db);
            if (!v)
                return v.error();
            if (v.value() > Migrations::latestVersion()) {
                return Error{ QStringLiteral("store.too_new"),
                              QCoreApplication::translate("cet::Database",
                                                          "The database was written by a newer version of CET "
                                                          "Desk. Please update CET Desk."),
                              path };
            }
            if (v.value() != Migrations::latestVersion()) {
                return Error{ QStringLiteral("store.schema_mismatch"),
                              QCoreApplication::translate("cet::Database",
                                                          "The database %1 has not been set up by this version of "
                                                          "CET Desk yet (schema %2, expected %3). Open it once "
                                                          "for writing to upgrade it.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(v.value())
                                  .arg(Migrations::latestVersion()),
                              path };
            }
        }
    }
    return Result<std::unique_ptr<Database>>(std::move(database));
}

} // namespace cet
