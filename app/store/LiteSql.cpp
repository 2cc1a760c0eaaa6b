#include "LiteSql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace cet::lite {

namespace {

// Bound in place of an empty view, whose pointer may be null (which would bind NULL).
const char16_t kEmpty[1] = { 0 };

} // namespace

Result<sqlite3 *> handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0 || !db.isOpen()) {
        return Error{ QStringLiteral("store.not_sqlite"),
                      QCoreApplication::translate("cet::Database", "The local database reported an error."),
                      QStringLiteral("the connection is not an open SQLite database") };
    }
    sqlite3 *h = *static_cast<sqlite3 *const *>(v.data());
    if (!h) {
        return Error{ QStringLiteral("store.not_sqlite"),
                      QCoreApplication::translate("cet::Database", "The local database reported an error."),
                      QStringLiteral("no sqlite3 handle") };
    }
    return h;
}

Error error(sqlite3 *db, const QString &code, const QString &what)
{
    QString detail = QString::fromUtf8(sqlite3_errmsg(db));
    if (!what.isEmpty())
        detail = what + QStringLiteral(": ") + detail;
    return Error{ code, QCoreApplication::translate("cet::Database", "The local database reported an error."),
                  detail };
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

void appendUtf8(std::string &out, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    for (; p != end; ++p) {
        const char32_t u = *p;
        if (u < 0x80) {
            out.push_back(char(u));
        } else if (u < 0x800) {
            out.push_back(char(0xC0 | (u >> 6)));
            out.push_back(char(0x80 | (u & 0x3F)));
        } else if (u >= 0xD800 && u < 0xDC00 && p + 1 != end && p[1] >= 0xDC00 && p[1] < 0xE000) {
            const char32_t c = 0x10000 + ((u - 0xD800) << 10) + (char32_t(p[1]) - 0xDC00);
            ++p;
            out.push_back(char(0xF0 | (c >> 18)));
            out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(char(0x80 | (c & 0x3F)));
        } else {
            const char32_t c = (u >= 0xD800 && u < 0xE000) ? 0xFFFD : u;
            out.push_back(char(0xE0 | (c >> 12)));
            out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(char(0x80 | (c & 0x3F)));
        }
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

bool Statement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_row = false;
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
}

bool Statement::prepare(sqlite3 *db, const QString &sql)
{
    return prepare(db, sql.toUtf8().constData());
}

void Statement::bindText(int index, QStringView text)
{
    const void *p = text.isEmpty() ? static_cast<const void *>(kEmpty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_stmt, index, p, int(text.size() * 2), SQLITE_STATIC);
}

void Statement::bindUtf8(int index, const char *utf8, qsizetype size)
{
    sqlite3_bind_text(m_stmt, index, size ? utf8 : "", int(size), SQLITE_STATIC);
}

void Statement::bindTextCopy(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    m_row = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

bool Statement::run()
{
    const bool ok = step();
    reset();
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    m_row = false;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView Statement::columnUtf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(p, p ? sqlite3_column_bytes(m_stmt, column) : 0);
}

QString Statement::columnText(int column) const
{
    const QByteArrayView v = columnUtf8(column);
    return QString::fromUtf8(v.data(), v.size());
}

} // namespace cet::lite
