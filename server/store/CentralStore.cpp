#include "CentralStore.h"

#include "Schema.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <unordered_map>

namespace cet::central {

namespace {

std::atomic<int> g_connectionCounter{ 0 };

QString driverText(const QSqlError &e)
{
    return e.text() + QStringLiteral(" [") + e.nativeErrorCode() + QLatin1Char(']');
}

bool isUniqueViolation(const QSqlError &e)
{
    return e.nativeErrorCode() == QLatin1String("23505") || e.databaseText().contains(QLatin1String("UNIQUE constraint failed"))
        || e.nativeErrorCode() == QLatin1String("2067") || e.nativeErrorCode() == QLatin1String("1555");
}

} // namespace

Error CentralStore::dbError(const QString &what, const QString &driver)
{
    return Error{ QStringLiteral("server.unavailable"), QStringLiteral("Database error: %1").arg(what), driver };
}

CentralStore::CentralStore(DbUrl url, QString name) : m_url(std::move(url)), m_name(std::move(name)) { }

CentralStore::~CentralStore()
{
    m_liteWrites.clear();
    m_statements->clear();
    {
        QSqlDatabase d = QSqlDatabase::database(m_name, false);
        if (d.isOpen()) {
            if (m_inTransaction)
                QSqlQuery(d).exec(QStringLiteral("ROLLBACK"));
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<CentralStore>> CentralStore::open(const QString &url)
{
    auto parsed = DbUrl::parse(url);
    if (!parsed)
        return parsed.error();
    const DbUrl u = parsed.value();
    const QString name = QStringLiteral("cetcentral-%1").arg(++g_connectionCounter);
    std::unique_ptr<CentralStore> store(new CentralStore(u, name));
    {
        QSqlDatabase d;
        if (u.kind == DbUrl::Kind::Sqlite) {
            d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            d.setDatabaseName(u.path);
            d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
            store->m_walSync = WalSync::of(u.path);
        } else {
            d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            d.setHostName(u.host);
            d.setPort(u.port);
            d.setUserName(u.user);
            d.setPassword(u.password);
            d.setDatabaseName(u.database);
            // application_name shows the schema in pg_stat_activity (tests end connections by it).
            QString options = QStringLiteral("connect_timeout=10;application_name=cet-central.%1").arg(u.schema);
            if (const QString ssl = u.sslOptions(); !ssl.isEmpty())
                options += QLatin1Char(';') + ssl;
            d.setConnectOptions(options);
        }
    }
    if (auto r = store->connect(); !r)
        return r.error();
    return store;
}

Result<void> CentralStore::connect()
{
    {
        QSqlDatabase d = db();
        if (!d.open())
            return dbError(QStringLiteral("can not open %1").arg(m_url.redacted()), driverText(d.lastError()));
    }
    QStringList setup;
    if (!isPostgres()) {
        // No mmap_size: with several connections writing, each read transaction after another
        // connection's write unmapped and remapped the file (TLB shootdowns on every core).
        // synchronous=NORMAL: commits are flushed to disk in groups, outside the write lock, by
        // syncIfChanged() (WalSync), before anyone is told that they happened.
        setup = { QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                  QStringLiteral("PRAGMA foreign_keys=ON") };
    } else {
        // PostgreSQL's own choice (auto): after five executions of a prepared statement it keeps one
        // generic plan when that costs no more than planning each time. Planning every execution
        // (force_custom_plan) cost a third of the backends' CPU on a booking, whose ten statements
        // are short index look-ups. The feared case, a generic plan made on a fresh, empty table
        // and kept while the table grows, did not show: a never-analysed table is sized by its
        // current pages, look-ups by key take the index at any size, and autovacuum's ANALYZE
        // plans again. A first push of 100,000 students into a fresh schema is as fast either way.
        setup = { QStringLiteral("SET client_min_messages TO warning"), QStringLiteral("SET TIME ZONE 'UTC'"),
                  QStringLiteral("SET plan_cache_mode TO auto") };
        if (!m_url.schema.isEmpty()) {
            setup.append(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(m_url.schema));
            setup.append(QStringLiteral("SET search_path TO \"%1\"").arg(m_url.schema));
        }
    }
    for (const QString &sql : setup) {
        auto r = execOnce(sql, {});
        if (!r && sql.startsWith(QLatin1String("CREATE SCHEMA")))
            r = execOnce(sql, {}); // a concurrent creator won the race; the schema exists now
        if (!r)
            return r.error();
    }
    return {};
}

bool CentralStore::reconnectIfLost()
{
    // Only between transactions, only PostgreSQL (a restarted server or a dropped connection), and
    // only when the connection is really gone: then the failed statement did not run.
    if (!isPostgres() || m_inTransaction)
        return false;
    {
        QSqlQuery probe(db());
        if (probe.exec(QStringLiteral("SELECT 1")))
            return false;
    }
    m_statements->clear();
    m_liteWrites.clear();
    m_pgWrites.clear();
    db().close();
    return connect().ok();
}

namespace {
void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // A null QString means "" here; NULL is bound only as a null QVariant.
        if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
}

Error queryError(const QString &sql, const QSqlError &e)
{
    Error err = CentralStore::dbError(sql.left(120), driverText(e));
    if (isUniqueViolation(e))
        err.code = QStringLiteral("store.duplicate");
    return err;
}
} // namespace

Result<Rows> CentralStore::exec(const QString &sql, const QVariantList &binds)
{
    const bool wasInTransaction = m_inTransaction;
    auto r = execOnce(sql, binds);
    if (!r && !wasInTransaction && reconnectIfLost())
        r = execOnce(sql, binds);
    if (r && !wasInTransaction && !m_inTransaction) {
        if (auto synced = syncIfChanged(); !synced)
            return synced.error();
    }
    return r;
}

Result<Rows> CentralStore::execOnce(const QString &sql, const QVariantList &binds)
{
    const bool keep = StatementCache::keeps(sql);
    std::unique_ptr<QSqlQuery> q = keep ? m_statements->take(sql) : nullptr;
    bool ok = true;
    if (!q) {
        q = std::make_unique<QSqlQuery>(db());
        q->setForwardOnly(true);
        if (keep || !binds.isEmpty())
            ok = q->prepare(sql);
    }
    if (ok) {
        if (keep || !binds.isEmpty()) {
            bindAll(*q, binds);
            ok = q->exec();
        } else {
            ok = q->exec(sql);
        }
    }
    if (!ok) {
        Error e = queryError(sql, q->lastError());
        // PostgreSQL refuses everything but ROLLBACK in a failed transaction, including freeing this
        // statement when q goes: end the transaction now (the caller returns the error anyway). A
        // statement that failed is not kept.
        if (isPostgres() && m_inTransaction && !sql.startsWith(QLatin1String("ROLLBACK")))
            rollback();
        return e;
    }
    if (!keep)
        return Rows(std::move(q), {}, {}, 0);
    return Rows(std::move(q), sql, m_statements, m_statements->generation());
}

Result<void> CentralStore::execWrite(const QString &sql, const QVariantList &binds)
{
    if (!isPostgres()) {
        auto r = m_liteWrites.run(db(), sql, binds);
        if (r && !m_inTransaction)
            return syncIfChanged();
        return r;
    }
    const bool wasInTransaction = m_inTransaction;
    auto r = m_pgWrites.run(db(), sql, binds);
    if (!r && !wasInTransaction && reconnectIfLost())
        r = m_pgWrites.run(db(), sql, binds);
    return r;
}

Result<void> CentralStore::copyIn(const QString &sql, const std::function<QByteArray()> &next)
{
    if (!isPostgres())
        return Error{ QStringLiteral("store.unsupported"), QStringLiteral("COPY needs PostgreSQL"), {} };
    // libpq runs the copy on the connection Qt's driver uses: no rows of exec() may be unread.
    return m_pgWrites.copyIn(db(), sql, next);
}

Result<QVariant> CentralStore::scalar(const QString &sql, const QVariantList &binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
}

namespace {
std::atomic<std::int64_t> g_writeWaitMs{ 60000 };

std::timed_mutex &writeTurnOf(const QString &path)
{
    static std::mutex registry;
    static std::unordered_map<QString, std::unique_ptr<std::timed_mutex>> turns;
    std::lock_guard<std::mutex> lock(registry);
    auto &m = turns[path];
    if (!m)
        m = std::make_unique<std::timed_mutex>();
    return *m;
}
} // namespace

std::chrono::milliseconds CentralStore::sqliteWriteWait()
{
    return std::chrono::milliseconds(g_writeWaitMs.load());
}

void CentralStore::setSqliteWriteWait(std::chrono::milliseconds wait)
{
    g_writeWaitMs.store(wait.count());
}

Result<void> CentralStore::begin(bool write)
{
    if (write && !isPostgres() && !m_writeTurn.owns_lock()) {
        // As long as the busy handler would wait: a thread that holds a write transaction on another
        // connection to the same file gets an error, as it did from SQLite, not a deadlock.
        std::unique_lock<std::timed_mutex> turn(writeTurnOf(m_url.path), std::defer_lock);
        const std::chrono::milliseconds wait = sqliteWriteWait();
        if (!turn.try_lock_for(wait))
            return dbError(QStringLiteral("BEGIN IMMEDIATE"),
                           QStringLiteral("database is locked (waited %1 ms)").arg(qint64(wait.count())));
        m_writeTurn = std::move(turn);
    }
    const QString sql = (write && !isPostgres()) ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    auto r = exec(sql);
    if (!r) {
        if (m_writeTurn.owns_lock())
            m_writeTurn.unlock();
        return r.error();
    }
    m_inTransaction = true;
    return {};
}

Result<void> CentralStore::beginSnapshot()
{
    auto r = exec(isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                               : QStringLiteral("BEGIN"));
    if (!r)
        return r.error();
    m_inTransaction = true;
    return {};
}

Result<void> CentralStore::commit()
{
    auto r = exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r.error();
    }
    m_inTransaction = false;
    if (m_writeTurn.owns_lock())
        m_writeTurn.unlock();
    return syncIfChanged();
}

Result<void> CentralStore::syncIfChanged()
{
    if (!m_walSync)
        return {};
    sqlite3 *handle = sqliteHandle(db());
    if (!handle)
        return {};
    const qint64 changes = sqlite3_total_changes64(handle);
    if (changes == m_changesSynced)
        return {};
    m_changesSynced = changes;
    return m_walSync->syncCommitted(handle);
}

void CentralStore::rollback()
{
    if (m_inTransaction)
        (void)exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    if (m_writeTurn.owns_lock())
        m_writeTurn.unlock();
}

Result<int> CentralStore::schemaVersion()
{
    auto v = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!v)
        return v.error();
    return v.value().isNull() ? 0 : v.value().toInt();
}

Result<void> CentralStore::migrate()
{
    Transaction tx(*this);
    if (auto r = tx.begin(true); !r)
        return r;
    if (isPostgres()) {
        // Serialises concurrent migrators (several cet-central instances starting at once).
        if (auto r = exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242001)")); !r)
            return r.error();
    }
    if (auto r = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")); !r)
        return r.error();
    auto current = schemaVersion();
    if (!current)
        return current.error();
    const QList<QStringList> steps = schema::migrations(dialect());
    if (current.value() > steps.size())
        return Error{ QStringLiteral("store.too_new"),
                      QStringLiteral("The database has schema version %1; this cet-central knows up to %2.")
                          .arg(current.value())
                          .arg(steps.size()),
                      {} };
    for (int v = current.value() + 1; v <= steps.size(); ++v) {
        for (const QString &sql : steps.at(v - 1))
            if (auto r = exec(sql); !r)
                return r.error();
        if (auto r = exec(QStringLiteral("DELETE FROM schema_version")); !r)
            return r.error();
        if (auto r = exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), { v }); !r)
            return r.error();
    }
    auto done = tx.commit();
    m_statements->clear(); // prepared before the schema changed
    return done;
}

} // namespace cet::central
