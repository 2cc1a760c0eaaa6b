#include "LiteWrites.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace cet::central {

namespace {

Error liteError(sqlite3 *db, const QString &sql)
{
    const QSqlError e(QStringLiteral("Unable to execute statement"), QString::fromUtf8(sqlite3_errmsg(db)),
                      QSqlError::StatementError, QString::number(sqlite3_extended_errcode(db)));
    Error err{ QStringLiteral("server.unavailable"), QStringLiteral("Database error: %1").arg(sql.left(120)),
               e.text() + QStringLiteral(" [") + e.nativeErrorCode() + QLatin1Char(']') };
    const int code = sqlite3_extended_errcode(db);
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
        err.code = QStringLiteral("store.duplicate");
    return err;
}

int bind(sqlite3_stmt *st, int i, const QVariant &v)
{
    static const char16_t kEmpty[] = u"";
    if (v.isNull())
        return sqlite3_bind_null(st, i);
    switch (v.typeId()) {
    case QMetaType::QString: {
        const QString *s = static_cast<const QString *>(v.constData());
        if (s->isEmpty()) // a null QString means '' here, as CentralStore binds it
            return sqlite3_bind_text16(st, i, kEmpty, 0, SQLITE_STATIC);
        return sqlite3_bind_text16(st, i, s->utf16(), int(s->size() * sizeof(QChar)), SQLITE_STATIC);
    }
    case QMetaType::Int:
        return sqlite3_bind_int(st, i, v.toInt());
    case QMetaType::Bool:
        return sqlite3_bind_int(st, i, v.toBool() ? 1 : 0);
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(st, i, v.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(st, i, v.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray *b = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(st, i, b->constData(), int(b->size()), SQLITE_STATIC);
    }
    default: {
        const QString s = v.toString();
        return sqlite3_bind_text16(st, i, s.utf16(), int(s.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

void LiteWrites::clear()
{
    for (auto &entry : m_statements)
        sqlite3_finalize(entry.second);
    m_statements.clear();
    m_handle = nullptr;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!db.isOpen() || !h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

Result<void> LiteWrites::run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error{ QStringLiteral("server.unavailable"), QStringLiteral("Database error: not an open SQLite connection"),
                      {} };
    if (handle != m_handle) { // a new connection: the old statements are not its
        clear();
        m_handle = handle;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare16_v2(handle, sql.utf16(), int(sql.size() * sizeof(QChar)), &st, nullptr) != SQLITE_OK) {
            sqlite3_finalize(st);
            return liteError(handle, sql);
        }
        it = m_statements.emplace(sql, st).first;
    }
    sqlite3_stmt *st = it->second;
    if (sqlite3_bind_parameter_count(st) != binds.size())
        return Error{ QStringLiteral("server.unavailable"), QStringLiteral("Database error: %1").arg(sql.left(120)),
                      QStringLiteral("%1 values for %2 parameters").arg(binds.size()).arg(sqlite3_bind_parameter_count(st)) };
    for (int i = 0; i < binds.size(); ++i) {
        if (bind(st, i + 1, binds.at(i)) != SQLITE_OK) {
            Error e = liteError(handle, sql);
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
            return e;
        }
    }
    int rc = sqlite3_step(st);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(st);
    Error failure;
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        failure = liteError(handle, sql);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st); // the texts were bound in place: drop the pointers
    if (!ok)
        return failure;
    return {};
}

} // namespace cet::central
