#include "WireReader.h"

#include "Wire.h"

#include <cmath>

namespace cet::protocol::wire {

Error shapeError(const QString &path, const QString &what)
{
    return Error{ codes::badShape, path.isEmpty() ? what : path + QStringLiteral(": ") + what, {} };
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

std::optional<qint64> toInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    constexpr double kLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::floor(d) != d || d > kLimit || d < -kLimit)
        return std::nullopt;
    return static_cast<qint64>(d);
}

Reader::Reader(const QJsonObject &o, const QString &path, bool strict) : m_o(o), m_path(path), m_strict(strict) { }

void Reader::fail(Error e)
{
    if (!m_error)
        m_error = std::move(e);
}

void Reader::fail(const QString &key, const QString &what)
{
    fail(shapeError(path(key), what));
}

QJsonValue Reader::take(const QString &key, bool required)
{
    m_seen.insert(key);
    if (m_error)
        return QJsonValue(QJsonValue::Undefined);
    const auto it = m_o.constFind(key);
    if (it == m_o.constEnd()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return QJsonValue(QJsonValue::Undefined);
    }
    return it.value();
}

QString Reader::string(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (m_error)
        return {};
    if (!v.isString())
        fail(key, QStringLiteral("expected a string"));
    return v.toString();
}

QString Reader::optionalString(const QString &key)
{
    const QJsonValue v = take(key, false);
    if (m_error || v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(key, QStringLiteral("expected a string"));
    return v.toString();
}

QString Reader::nullableString(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (m_error || v.isNull())
        return {};
    if (!v.isString())
        fail(key, QStringLiteral("expected a string or null"));
    return v.toString();
}

qint64 Reader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = take(key, true);
    if (m_error)
        return 0;
    const auto n = toInteger(v);
    if (!n) {
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
    if (*n < min || *n > max) {
        fail(key, QStringLiteral("out of range (%1..%2)").arg(min).arg(max));
        return 0;
    }
    return *n;
}

std::optional<qint64> Reader::nullableInteger(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (m_error || v.isNull())
        return std::nullopt;
    const auto n = toInteger(v);
    if (!n || *n < 0) {
        fail(key, QStringLiteral("expected an integer ≥ 0 or null"));
        return std::nullopt;
    }
    return n;
}

bool Reader::boolean(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (m_error)
        return false;
    if (!v.isBool())
        fail(key, QStringLiteral("expected true or false"));
    return v.toBool();
}

QJsonObject Reader::object(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (m_error)
        return {};
    if (!v.isObject())
        fail(key, QStringLiteral("expected an object"));
    return v.toObject();
}

std::optional<QJsonObject> Reader::nullableObject(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (m_error || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, QStringLiteral("expected an object or null"));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonArray Reader::array(const QString &key)
{
    const QJsonValue v = take(key, true);
    if (m_error)
        return {};
    if (!v.isArray())
        fail(key, QStringLiteral("expected an array"));
    return v.toArray();
}

QJsonValue Reader::any(const QString &key, bool required)
{
    return take(key, required);
}

QDateTime Reader::time(const QString &key)
{
    const QString s = string(key);
    if (m_error)
        return {};
    const auto t = fromWireTime(s);
    if (!t) {
        fail(key, QStringLiteral("expected an ISO 8601 UTC time"));
        return {};
    }
    return *t;
}

std::optional<Error> Reader::finish()
{
    if (!m_error && m_strict) {
        for (auto it = m_o.constBegin(); it != m_o.constEnd(); ++it) {
            if (!m_seen.contains(it.key())) {
                fail(it.key(), QStringLiteral("unknown field"));
                break;
            }
        }
    }
    return m_error;
}

} // namespace cet::protocol::wire
