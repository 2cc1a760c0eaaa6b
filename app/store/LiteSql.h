#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <string>

struct sqlite3;
struct sqlite3_stmt;

// The sqlite3 C API under a Qt connection, for the bulk paths of imports (internal to
// cetdesk_store). QSqlQuery costs several microseconds a row in QVariant conversions; these
// bind UTF-16 texts in place and reuse prepared statements. Qt's QSQLITE plugin links the
// system libsqlite3, the same library cetdesk_store links, so the handle is shared safely.
namespace cet::lite {

// The connection's sqlite3 handle, or an Error when the driver is not SQLite.
Result<sqlite3 *> handle(const QSqlDatabase &db);

// An Error for the handle's last failure: a generic translated message, the SQLite text in detail.
Error error(sqlite3 *db, const QString &code, const QString &what = {});

// Runs statements without results; false on failure (see error()).
bool exec(sqlite3 *db, const char *sql);

// Appends `text` to `out` as UTF-8 (an unpaired surrogate becomes U+FFFD). SQLite's own
// conversion of bound UTF-16 allocates per value; the bulk paths encode a row into one reused
// buffer instead.
void appendUtf8(std::string &out, QStringView text);

// One prepared statement, finalized by the destructor.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(sqlite3 *db, const char *sql);
    bool prepare(sqlite3 *db, const QString &sql);

    // The text must stay valid until the next reset() (SQLITE_STATIC); an empty view binds ''.
    void bindText(int index, QStringView text);
    void bindUtf8(int index, const char *utf8, qsizetype size);
    void bindTextCopy(int index, const QString &text);
    void bindInt(int index, qint64 value);
    void bindNull(int index);

    // SQLITE_ROW → true with row(); SQLITE_DONE → true without; failure → false.
    bool step();
    bool hasRow() const { return m_row; }
    // step() then reset(); for statements without results.
    bool run();
    void reset();

    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    // UTF-8 bytes valid until the next step() or reset().
    QByteArrayView columnUtf8(int column) const;
    QString columnText(int column) const;

    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    bool m_row = false;
};

} // namespace cet::lite
