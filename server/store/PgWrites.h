#pragma once

// Statements without result rows (INSERT, UPDATE) run straight through libpq on the handle of
// Qt's QPSQL connection, prepared once per connection (PQprepare) and run with out-of-line
// parameters (PQexecPrepared, text format). Qt 6.4's QPSQL has no parameter binding: it sends
// "EXECUTE stmt ('literal', …)", formatting and quoting every value on the client, and the server
// lexes the literals and evaluates each as an expression (measured on a 500-op push: the audit
// insert took 15 ms with 4 ms of client CPU that way, 9 ms with 1 ms through libpq).
// Values: a null QVariant → NULL; a QString → its UTF-8 text (a null QString that is not a null
// QVariant → ''); a QByteArray → its bytes as UTF-8 text (pg::ArrayColumns; no bytea column is
// written here); bool → true/false; anything else → its toString() text. The server reads each
// with the input function of the parameter's type, as it reads a quoted literal.
// Statements use ? placeholders (outside quoted literals).
// The handle is only valid here because this library and Qt's QPSQL plugin use the same libpq
// (one shared libpq.so on Debian; one libpq from vcpkg on Windows when Qt comes from vcpkg too).
// Internal to cetcentral_store.

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <unordered_map>

struct pg_conn;

namespace cet::central {

class PgWrites
{
public:
    PgWrites() = default;
    PgWrites(const PgWrites &) = delete;
    PgWrites &operator=(const PgWrites &) = delete;

    // Runs `sql` on db's connection. Rows a Qt query has not read yet are lost, as when Qt runs
    // another statement on the connection. Errors carry the PostgreSQL message and SQLSTATE as
    // a QSqlError would.
    Result<void> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds);
    // Runs a "COPY … FROM STDIN" (text format) and sends it the chunks `next` returns until one
    // is empty. The caller holds the transaction; an error ends the copy.
    Result<void> copyIn(const QSqlDatabase &db, const QString &sql, const std::function<QByteArray()> &next);
    // Forgets the prepared statements (the connection was closed or is new).
    void clear();

private:
    // db's libpq connection, with the results a Qt query left unread collected.
    Result<pg_conn *> connection(const QSqlDatabase &db);
    struct Prepared
    {
        QByteArray name;
        int parameters = 0;
    };
    std::unordered_map<QString, Prepared> m_statements; // by the statement's text
    pg_conn *m_handle = nullptr; // the connection the statements belong to
    int m_counter = 0;
};

} // namespace cet::central
