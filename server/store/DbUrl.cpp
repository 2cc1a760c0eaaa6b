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

QString &configuredPassword()
{
    static QString password;
    return password;
}

const QStringList &sslModes()
{
    static const QStringList modes{ QStringLiteral("disable"),   QStringLiteral("allow"),
                                    QStringLiteral("prefer"),    QStringLiteral("require"),
                                    QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    return modes;
}
} // namespace

void DbUrl::setPassword(const QString &password)
{
    configuredPassword() = password;
}

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
    if (d.password.isEmpty())
        d.password = !configuredPassword().isEmpty() ? configuredPassword()
                                                     : qEnvironmentVariable("CETCENTRAL_DB_PASSWORD");
    const QUrlQuery q(u);
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("schema")) {
            static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!name.match(value).hasMatch())
                return badUrl(QStringLiteral("schema must match [a-z_][a-z0-9_]*"));
            d.schema = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return badUrl(QStringLiteral("sslmode must be one of %1").arg(sslModes().join(QStringLiteral(", "))));
            d.sslMode = value;
        } else if (key == QLatin1String("sslrootcert") || key == QLatin1String("sslcert")
                   || key == QLatin1String("sslkey")) {
            // libpq's option string separates options by ';' (Qt) and values by spaces.
            static const QRegularExpression plain(QStringLiteral("^[^;\\s'\"\\\\]+$"));
            if (!plain.match(value).hasMatch())
                return badUrl(QStringLiteral("%1 must be a file path without spaces, quotes or ';'").arg(key));
            (key == QLatin1String("sslrootcert") ? d.sslRootCert
                                                 : key == QLatin1String("sslcert") ? d.sslCert : d.sslKey) = value;
        } else {
            return badUrl(QStringLiteral("unknown parameter %1").arg(key));
        }
    }
    return d;
}

QString DbUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    QStringList params;
    if (!schema.isEmpty())
        params << QStringLiteral("schema=") + schema;
    if (!sslMode.isEmpty())
        params << QStringLiteral("sslmode=") + sslMode;
    return QStringLiteral("postgres://%1@%2:%3/%4%5")
        .arg(user, host)
        .arg(port)
        .arg(database, params.isEmpty() ? QString() : QLatin1Char('?') + params.join(QLatin1Char('&')));
}

QString DbUrl::sslOptions() const
{
    QStringList o;
    if (!sslMode.isEmpty())
        o << QStringLiteral("sslmode=") + sslMode;
    if (!sslRootCert.isEmpty())
        o << QStringLiteral("sslrootcert=") + sslRootCert;
    if (!sslCert.isEmpty())
        o << QStringLiteral("sslcert=") + sslCert;
    if (!sslKey.isEmpty())
        o << QStringLiteral("sslkey=") + sslKey;
    return o.join(QLatin1Char(';'));
}

} // namespace cet::central
