#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

namespace cet::sql {

// Small helpers shared by the store's repositories (internal to cetdesk_store).

// An Error for a failed SQL call: a generic translated message, the SQL text in detail.
Error error(const QString &code, const QSqlError &sqlError, const QString &detailPrefix = {});

// A text value to bind to a NOT NULL text column: a null QString would bind as NULL.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

Result<int> userVersion(const QSqlDatabase &db);

// Current UTC time (clock::now(), so tests can set it) as stored in the database (ISO 8601 with
// milliseconds, 'Z').
QString nowText();

// The smallest string greater than every string that starts with `prefix` (code point order,
// i.e. SQLite's BINARY/NOCASE order of UTF-8). Empty when there is none.
QString prefixSuccessor(const QString &prefix);

// Rolls back unless commit() was called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace cet::sql
