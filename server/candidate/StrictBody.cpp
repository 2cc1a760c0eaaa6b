#include "StrictBody.h"

#include "CandidateMessages.h"

#include <QJsonDocument>
#include <algorithm>
#include <QJsonParseError>

namespace cet::central::candidate {

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
        const bool typeOk = f.type == Type::String ? v.isString() : v.isBool();
        if (!typeOk)
            return error(codes::wrongType, f.name);
    }
    return StrictBody(o);
}

} // namespace cet::central::candidate
