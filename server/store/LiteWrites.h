#pragma once

// Statements without result rows (INSERT, UPDATE) run straight through the sqlite3 C API on the
// handle of Qt's QSQLITE connection, prepared once and reused (internal to cetcentral_store).
// QSqlQuery's positional binding costs about a microsecond a value (it names every placeholder),
// which a push of 500 students × 35 values pays 17,500 times. Values bind as QSQLITE binds them:
// a null QVariant → NULL, int/bool → integer, qint64 → 64-bit integer, double → real,
// QByteArray → blob, QString → text (in place), anything else → its toString() text.
// Qt's QSQLITE plugin links the system libsqlite3, the same library this links, so the handle is
// shared safely.

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace cet::central {

// The sqlite3 handle of an open QSQLITE connection, or nullptr.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

class LiteWrites
{
public:
    LiteWrites() = default;
    ~LiteWrites() { clear(); }
    LiteWrites(const LiteWrites &) = delete;
    LiteWrites &operator=(const LiteWrites &) = delete;

    // Runs `sql` on db's connection. Errors carry the SQLite message and extended code as a
    // QSqlError would (for CentralStore's error mapping).
    Result<void> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds);
    // Finalizes every statement (before the connection closes).
    void clear();

private:
    std::unordered_map<QString, sqlite3_stmt *> m_statements;
    sqlite3 *m_handle = nullptr; // the connection the statements belong to
};

} // namespace cet::central
