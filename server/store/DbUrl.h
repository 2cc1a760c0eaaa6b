#pragma once

#include "Result.h"

#include <QString>

namespace cet::central {

// A parsed database URL: "sqlite:PATH" or "postgres[ql]://user[:pw]@host[:port]/db[?schema=NAME]".
struct DbUrl
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path;     // sqlite
    QString host, user, password, database, schema; // postgres (schema: [a-z_][a-z0-9_]*, optional)
    int port = 5432;

    static Result<DbUrl> parse(const QString &url); // error code "store.bad_url"
    QString redacted() const;                       // without the password, for logs
};

} // namespace cet::central
