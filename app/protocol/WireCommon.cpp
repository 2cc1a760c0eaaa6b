#include "Wire.h"
#include "WireReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace cet::protocol {

using wire::Reader;

int httpStatusFor(const QString &code)
{
    static const QHash<QString, int> statuses = {
        { codes::badJson, 400 },        { codes::badShape, 400 },     { codes::tooLarge, 413 },
        { codes::badCredentials, 401 }, { codes::locked, 429 },       { codes::badToken, 401 },
        { codes::expired, 401 },        { codes::forbidden, 403 },    { codes::notFound, 404 },
        { codes::cursorTooOld, 410 },   { codes::epochChanged, 409 }, { codes::unavailable, 503 },
        { codes::internal, 500 },
    };
    const auto it = statuses.constFind(code);
    if (it != statuses.constEnd())
        return it.value();
    return code.startsWith(QLatin1String("request.")) ? 400 : 500;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    if (body.size() > kMaxBodyBytes)
        return Error{ codes::tooLarge, QStringLiteral("request body larger than %1 bytes").arg(kMaxBodyBytes), {} };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error{ codes::badJson,
                      QStringLiteral("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()), {} };
    if (!doc.isObject())
        return Error{ codes::badJson, QStringLiteral("expected a JSON object at the top level"), {} };
    return doc.object();
}

QByteArray toBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString toWireTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.toUTC();
    if (u.time().msec() == 0)
        return u.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    return u.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

std::optional<QDateTime> fromWireTime(const QString &s)
{
    if (!s.endsWith(QLatin1Char('Z')) || s.size() < 20 || s.size() > 30)
        return std::nullopt;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

ApiError ApiError::fromError(const Error &e)
{
    ApiError a{ e.code, e.message, std::nullopt };
    if (e.code == codes::locked) {
        bool ok = false;
        const qint64 s = e.detail.toLongLong(&ok);
        a.retryAfter = ok ? s : 1;
    }
    return a;
}

Error ApiError::toError() const
{
    return Error{ code, message, retryAfter ? QString::number(*retryAfter) : QString() };
}

Result<ApiError> ApiError::fromJson(const QJsonObject &o, const QString &path)
{
    Reader top(o, path, false);
    const QJsonObject e = top.object(QStringLiteral("error"));
    if (auto err = top.finish())
        return *err;
    Reader r(e, top.path(QStringLiteral("error")), false);
    ApiError a;
    a.code = r.string(QStringLiteral("code"));
    a.message = r.optionalString(QStringLiteral("message"));
    if (r.has(QStringLiteral("retry_after")))
        a.retryAfter = r.integer(QStringLiteral("retry_after"));
    if (auto err = r.finish())
        return *err;
    return a;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject e{ { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (retryAfter)
        e.insert(QStringLiteral("retry_after"), double(*retryAfter));
    return QJsonObject{ { QStringLiteral("error"), e } };
}

Result<ChangesQuery> ChangesQuery::fromQuery(const QUrlQuery &q)
{
    ChangesQuery c;
    const auto items = q.queryItems(QUrl::FullyDecoded);
    QSet<QString> seen;
    for (const auto &[key, value] : items) {
        if (seen.contains(key))
            return wire::shapeError(key, QStringLiteral("given twice"));
        seen.insert(key);
        bool ok = false;
        if (key == QLatin1String("since")) {
            c.since = value.toLongLong(&ok);
            if (!ok || c.since < 0)
                return wire::shapeError(key, QStringLiteral("expected an integer ≥ 0"));
        } else if (key == QLatin1String("limit")) {
            c.limit = value.toInt(&ok);
            if (!ok || c.limit < 1 || c.limit > kMaxChangesLimit)
                return wire::shapeError(key, QStringLiteral("expected an integer 1..%1").arg(kMaxChangesLimit));
        } else {
            return wire::shapeError(key, QStringLiteral("unknown parameter"));
        }
    }
    return c;
}

} // namespace cet::protocol
