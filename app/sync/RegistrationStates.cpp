#include "RegistrationStates.h"

#include "StudentFields.h"
#include "SyncHttp.h"
#include "Wire.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace cet {

namespace {

Error badAnswer(const QString &what)
{
    return Error{ QStringLiteral("protocol.bad_answer"),
                  QCoreApplication::translate("cet::RegistrationStates",
                                              "The server's answer about registrations is not understood (%1).")
                      .arg(what),
                  what };
}

Result<StudentRegistration> registrationFrom(const QJsonObject &x)
{
    auto key = protocol::parseStudentKey(x.value(QStringLiteral("student")).toString(), QStringLiteral("student"));
    if (!key)
        return badAnswer(QStringLiteral("registrations[].student"));
    const auto state = registrationStateFromName(x.value(QStringLiteral("state")).toString());
    if (!state)
        return badAnswer(QStringLiteral("registrations[].state"));
    if (!x.value(QStringLiteral("subjects")).isArray())
        return badAnswer(QStringLiteral("registrations[].subjects"));
    StudentRegistration r;
    r.idType = key.value().idType;
    r.idNumber = key.value().idNumber;
    r.state = *state;
    r.savedAt = protocol::fromWireTime(x.value(QStringLiteral("saved_at")).toString()).value_or(QDateTime());
    for (const QJsonValue &v : x.value(QStringLiteral("subjects")).toArray()) {
        const QJsonObject s = v.toObject();
        if (!s.value(QStringLiteral("subject")).isString())
            return badAnswer(QStringLiteral("registrations[].subjects[].subject"));
        r.subjects << RegisteredSubject{ s.value(QStringLiteral("subject")).toString(),
                                         s.value(QStringLiteral("campus_code")).toString(),
                                         s.value(QStringLiteral("payment_state")).toString() == QLatin1String("paid") };
    }
    return r;
}

} // namespace

Result<RegistrationStates> RegistrationStates::fromJson(const QJsonObject &o)
{
    RegistrationStates out;
    out.generatedAt = protocol::fromWireTime(o.value(QStringLiteral("generated_at")).toString()).value_or(QDateTime());
    if (!o.value(QStringLiteral("cursor")).isString() || o.value(QStringLiteral("cursor")).toString().isEmpty())
        return badAnswer(QStringLiteral("cursor"));
    out.cursor = o.value(QStringLiteral("cursor")).toString();
    out.complete = o.value(QStringLiteral("complete")).toBool();
    if (!o.value(QStringLiteral("registrations")).isArray())
        return badAnswer(QStringLiteral("registrations"));
    const QJsonArray list = o.value(QStringLiteral("registrations")).toArray();
    out.registrations.reserve(list.size());
    for (const QJsonValue &v : list) {
        auto r = registrationFrom(v.toObject());
        if (!r)
            return r.error();
        out.registrations << std::move(r).value();
    }
    return out;
}

Result<RegistrationStates> fetchRegistrationStates(SyncHttp &http, const QString &school, const QString &since)
{
    QUrlQuery query;
    if (!school.isEmpty())
        query.addQueryItem(QStringLiteral("school"), school);
    if (!since.isEmpty())
        query.addQueryItem(QStringLiteral("since"), since);
    auto answer = http.get(QStringLiteral("/api/v1/school/registrations"), query);
    if (!answer)
        return answer.error();
    return RegistrationStates::fromJson(answer.value());
}

} // namespace cet
