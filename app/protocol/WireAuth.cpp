#include "Wire.h"
#include "WireReader.h"

namespace cet::protocol {

using wire::Reader;

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

Result<UserInfo> UserInfo::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    UserInfo u;
    u.name = r.string(QStringLiteral("name"));
    u.displayName = r.string(QStringLiteral("display_name"));
    u.role = r.string(QStringLiteral("role"));
    u.school = r.nullableString(QStringLiteral("school"));
    if (auto err = r.finish())
        return *err;
    return u;
}

QJsonObject UserInfo::toJson() const
{
    return QJsonObject{ { QStringLiteral("name"), name },
                        { QStringLiteral("display_name"), displayName },
                        { QStringLiteral("role"), role },
                        { QStringLiteral("school"), nullable(school) } };
}

Result<LoginRequest> LoginRequest::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, true);
    LoginRequest l;
    l.user = r.string(QStringLiteral("user"));
    l.password = r.string(QStringLiteral("password"));
    l.client = r.optionalString(QStringLiteral("client"));
    if (!r.failed() && (l.user.isEmpty() || l.user.size() > 100))
        r.fail(QStringLiteral("user"), QStringLiteral("expected 1..100 characters"));
    if (!r.failed() && l.password.size() > 1024)
        r.fail(QStringLiteral("password"), QStringLiteral("longer than 1024 characters"));
    if (!r.failed() && l.client.size() > 200)
        r.fail(QStringLiteral("client"), QStringLiteral("longer than 200 characters"));
    if (auto err = r.finish())
        return *err;
    return l;
}

QJsonObject LoginRequest::toJson() const
{
    QJsonObject o{ { QStringLiteral("user"), user }, { QStringLiteral("password"), password } };
    if (!client.isEmpty())
        o.insert(QStringLiteral("client"), client);
    return o;
}

Result<LoginResponse> LoginResponse::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    LoginResponse l;
    l.token = r.string(QStringLiteral("token"));
    l.expiresAt = r.time(QStringLiteral("expires_at"));
    const QJsonObject user = r.object(QStringLiteral("user"));
    if (auto err = r.finish())
        return *err;
    auto u = UserInfo::fromJson(user, r.path(QStringLiteral("user")));
    if (!u)
        return u.error();
    l.user = u.value();
    return l;
}

QJsonObject LoginResponse::toJson() const
{
    return QJsonObject{ { QStringLiteral("token"), token },
                        { QStringLiteral("expires_at"), toWireTime(expiresAt) },
                        { QStringLiteral("user"), user.toJson() } };
}

Result<MeResponse> MeResponse::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    MeResponse m;
    m.expiresAt = r.time(QStringLiteral("expires_at"));
    const QJsonObject user = r.object(QStringLiteral("user"));
    if (auto err = r.finish())
        return *err;
    auto u = UserInfo::fromJson(user, r.path(QStringLiteral("user")));
    if (!u)
        return u.error();
    m.user = u.value();
    return m;
}

QJsonObject MeResponse::toJson() const
{
    return QJsonObject{ { QStringLiteral("user"), user.toJson() },
                        { QStringLiteral("expires_at"), toWireTime(expiresAt) } };
}

} // namespace cet::protocol
