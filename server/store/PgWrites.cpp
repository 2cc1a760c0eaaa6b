#include "PgWrites.h"

#include <QSqlDriver>

#include <libpq-fe.h>

#include <memory>
#include <vector>

namespace cet::central {

namespace {

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

Error pgError(PGconn *conn, const PGresult *r, const QString &sql)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(conn)).trimmed();
    const QString code = QString::fromLatin1(state ? state : "");
    // The detail as CentralStore writes a QSqlError's: text [native code].
    Error err { QStringLiteral("server.unavailable"), QStringLiteral("Database error: %1").arg(sql.left(120)),
        QStringLiteral("%1 [%2]").arg(message, code) };
    if (code == QLatin1String("23505"))
        err.code = QStringLiteral("store.duplicate");
    return err;
}

// "?" → "$1", "$2", … outside quoted literals and identifiers.
QByteArray numbered(const QString &sql, int *count)
{
    QString out;
    out.reserve(sql.size() + 16);
    QChar quote;
    int n = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
            continue;
        }
        out += c;
    }
    *count = n;
    return out.toUtf8();
}

QByteArray text(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->toUtf8();
    case QMetaType::QByteArray: // UTF-8 text made for PostgreSQL (pg::ArrayColumns)
        return *static_cast<const QByteArray *>(v.constData());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(v.toLongLong());
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    default:
        return v.toString().toUtf8();
    }
}

} // namespace

void PgWrites::clear()
{
    m_statements.clear();
    m_handle = nullptr;
}

Result<pg_conn *> PgWrites::connection(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    // Qt 6.4 names the type "pg_conn*" (the struct behind libpq's PGconn typedef).
    const bool isPgConn
        = h.isValid() && (qstrcmp(h.typeName(), "pg_conn*") == 0 || qstrcmp(h.typeName(), "PGconn*") == 0);
    if (!db.isOpen() || !isPgConn)
        return Error { QStringLiteral("server.unavailable"),
            QStringLiteral("Database error: not an open PostgreSQL connection"), {} };
    PGconn *conn = *static_cast<PGconn *const *>(h.constData());
    if (!conn)
        return Error { QStringLiteral("server.unavailable"), QStringLiteral("Database error: no PostgreSQL handle"),
            {} };
    if (conn != m_handle) { // a new connection: the old statements are not its
        clear();
        m_handle = conn;
    }
    // A Qt query that was read to its end may not have collected its last result yet (QPSQL's
    // single-row mode): discard what is left, as QPSQL itself does before its next statement.
    while (PGresult *left = PQgetResult(conn))
        PQclear(left);
    return conn;
}

Result<void> PgWrites::copyIn(const QSqlDatabase &db, const QString &sql, const std::function<QByteArray()> &next)
{
    auto c = connection(db);
    if (!c)
        return c.error();
    PGconn *conn = c.value();
    PgResult started(PQexec(conn, sql.toUtf8().constData()));
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN)
        return pgError(conn, started.get(), sql);
    for (QByteArray chunk = next(); !chunk.isEmpty(); chunk = next()) {
        if (PQputCopyData(conn, chunk.constData(), int(chunk.size())) != 1) {
            PQputCopyEnd(conn, "client failed to send");
            while (PGresult *left = PQgetResult(conn))
                PQclear(left);
            return pgError(conn, nullptr, sql);
        }
    }
    if (PQputCopyEnd(conn, nullptr) != 1)
        return pgError(conn, nullptr, sql);
    PgResult done(PQgetResult(conn));
    const bool ok = done && PQresultStatus(done.get()) == PGRES_COMMAND_OK;
    Error err = ok ? Error{} : pgError(conn, done.get(), sql);
    while (PGresult *left = PQgetResult(conn))
        PQclear(left);
    if (!ok)
        return err;
    return {};
}

Result<void> PgWrites::run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto c = connection(db);
    if (!c)
        return c.error();
    PGconn *conn = c.value();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        Prepared p;
        const QByteArray converted = numbered(sql, &p.parameters);
        p.name = "cetcentral_w" + QByteArray::number(++m_counter);
        PgResult prepared(PQprepare(conn, p.name.constData(), converted.constData(), 0, nullptr));
        if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
            return pgError(conn, prepared.get(), sql);
        it = m_statements.emplace(sql, p).first;
    }
    if (it->second.parameters != binds.size())
        return Error { QStringLiteral("server.unavailable"), QStringLiteral("Database error: %1").arg(sql.left(120)),
            QStringLiteral("%1 values for %2 parameters").arg(binds.size()).arg(it->second.parameters) };
    std::vector<QByteArray> texts(size_t(binds.size()));
    std::vector<const char *> values(size_t(binds.size()), nullptr);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.isNull())
            continue;
        texts[size_t(i)] = text(v);
        values[size_t(i)] = texts[size_t(i)].constData(); // "" for an empty text, never null
    }
    PgResult r(
        PQexecPrepared(conn, it->second.name.constData(), int(binds.size()), values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return pgError(conn, r.get(), sql);
    return {};
}

} // namespace cet::central
