#include "StrictBody.h"

#include "CandidateMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <algorithm>
#include <QJsonParseError>

namespace cet::central::candidate {

namespace {

// 2^53: beyond it a JSON number no longer holds every integer exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::floor(d) == d && std::fabs(d) <= kMaxExactInteger;
}

bool hasType(const QJsonValue &v, StrictBody::Type type)
{
    using Type = StrictBody::Type;
    switch (type) {
    case Type::String:
        return v.isString();
    case Type::Boolean:
        return v.isBool();
    case Type::Integer:
        return isInteger(v);
    case Type::StringList:
    case Type::IntegerList: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [type](const QJsonValue &e) {
            return type == Type::StringList ? e.isString() : isInteger(e);
        });
    }
    }
    return false;
}

} // namespace

QStringList StrictBody::strings(const QString &name) const
{
    QStringList out;
    for (const QJsonValue &v : m_object.value(name).toArray())
        out.append(v.toString());
    return out;
}

QList<qint64> StrictBody::integers(const QString &name) const
{
    QList<qint64> out;
    for (const QJsonValue &v : m_object.value(name).toArray())
        out.append(qint64(v.toDouble()));
    return out;
}

Result<StrictBody> StrictBody::parse(const QByteArray &body, const QList<Field> &fields)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error(codes::badJson, QString::number(parseError.offset));
    if (!doc.isObject())
        return error(codes::notObject);
    const QJsonObject o = doc.object();
    // Unknown fields first, in the body's (sorted) key order, so that the answer is stable.
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const bool declared
            = std::any_of(fields.cbegin(), fields.cend(), [&](const Field &f) { return f.name == it.key(); });
        if (!declared)
            return error(codes::unknownField, it.key());
    }
    for (const Field &f : fields) {
        if (!o.contains(f.name)) {
            if (f.required)
                return error(codes::missingField, f.name);
            continue;
        }
        const QJsonValue v = o.value(f.name);
        const bool typeOk = hasType(v, f.type);
        if (!typeOk)
            return error(codes::wrongType, f.name);
    }
    return StrictBody(o);
}

} // namespace cet::central::candidate
