#pragma once

#include "Result.h"

#include <QString>

namespace cet::central {

// A parsed database URL: "sqlite:PATH" or
// "postgres[ql]://user[:pw]@host[:port]/db[?schema=NAME&sslmode=MODE&sslrootcert=F&sslcert=F&sslkey=F]".
// The TLS parameters go to libpq as they are (sslmode=verify-full with sslrootcert= makes the
// connection refuse a server whose certificate or name does not check out). A URL without a
// password takes the one set by setPassword() (cet-central --db-password-file), else the
// environment's CETCENTRAL_DB_PASSWORD, else none (libpq may still find one in ~/.pgpass), so the
// password need not appear on a command line that every user of the machine can read.
struct DbUrl
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path;     // sqlite
    QString host, user, password, database, schema; // postgres (schema: [a-z_][a-z0-9_]*, optional)
    int port = 5432;
    QString sslMode, sslRootCert, sslCert, sslKey; // postgres, empty: libpq's default

    static Result<DbUrl> parse(const QString &url); // error code "store.bad_url"
    QString redacted() const;                       // without the password, for logs
    // libpq options for QSqlDatabase::setConnectOptions ("sslmode=verify-full;sslrootcert=…").
    QString sslOptions() const;
    // The password for URLs that have none (process-wide).
    static void setPassword(const QString &password);
};

} // namespace cet::central
