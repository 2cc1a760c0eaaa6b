#include "DbUrl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace cet::central {

namespace {
Error badUrl(const QString &why)
{
    return Error{ QStringLiteral("store.bad_url"), QStringLiteral("Bad database URL: %1").arg(why), {} };
}
} // namespace

Result<DbUrl> DbUrl::parse(const QString &url)
{
    DbUrl d;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        d.kind = Kind::Sqlite;
        d.path = url.mid(7);
        if (d.path.startsWith(QLatin1String("//")))
            d.path = d.path.mid(2);
        if (d.path.isEmpty())
            return badUrl(QStringLiteral("sqlite: needs a file path"));
        return d;
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("postgres") && u.scheme() != QLatin1String("postgresql")))
        return badUrl(QStringLiteral("expected sqlite:PATH or postgres://user:pw@host:port/db"));
    d.kind = Kind::Postgres;
    d.host = u.host();
    d.port = u.port(5432);
    d.user = u.userName(QUrl::FullyDecoded);
    d.password = u.password(QUrl::FullyDecoded);
    d.database = u.path().mid(1);
    if (d.host.isEmpty() || d.database.isEmpty())
        return badUrl(QStringLiteral("host and database name are required"));
    const QUrlQuery q(u);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("schema"))
            return badUrl(QStringLiteral("unknown parameter %1").arg(key));
        static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
        if (!name.match(value).hasMatch())
            return badUrl(QStringLiteral("schema must match [a-z_][a-z0-9_]*"));
        d.schema = value;
    }
    return d;
}

QString DbUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgres://%1@%2:%3/%4%5")
        .arg(user, host)
        .arg(port)
        .arg(database, schema.isEmpty() ? QString() : QStringLiteral("?schema=") + schema);
}

} // namespace cet::central
