#include "CentralService.h"
#include "CentralStore.h"
#include "IdDocument.h"
#include "RegistrationSql.h"
#include "RegistrationState.h"
#include "StudentFields.h"

#include <QJsonArray>

namespace cet::central {

namespace {

// The desk's state names; "none" for a registration deleted since the desk's cursor.
QString stateOf(const registrationsql::SchoolRegistration &r)
{
    if (!r.live)
        return QStringLiteral("none");
    if (r.subjects.isEmpty())
        return registrationStateName(RegistrationState::Bound);
    for (const auto &s : r.subjects) {
        if (s.paymentState != QLatin1String("paid"))
            return registrationStateName(RegistrationState::Booked);
    }
    return registrationStateName(RegistrationState::Paid);
}

QJsonObject toJson(const registrationsql::SchoolRegistration &r)
{
    QJsonArray subjects;
    for (const auto &s : r.subjects)
        subjects.append(QJsonObject{ { QStringLiteral("subject"), s.subject },
                                     { QStringLiteral("campus_code"), s.campus },
                                     { QStringLiteral("payment_state"), s.paymentState } });
    return QJsonObject{ { QStringLiteral("student"), protocol::studentKey(idTypeFromCode(r.idType), r.idNumber) },
                        { QStringLiteral("state"), stateOf(r) },
                        { QStringLiteral("saved_at"), protocol::toWireTime(r.savedAt) },
                        { QStringLiteral("subjects"), subjects } };
}

} // namespace

Result<QJsonObject> CentralService::schoolRegistrations(const Session &session, const QString &school,
                                                        const QString &since)
{
    auto scope = scopeSchool(session, school);
    if (!scope)
        return scope.error();
    std::optional<qint64> sinceStamp;
    if (!since.isEmpty()) {
        bool ok = false;
        sinceStamp = since.toLongLong(&ok);
        if (!ok || *sinceStamp < 0)
            return Error{ protocol::codes::badShape, QStringLiteral("query.since: not a cursor of this endpoint"), {} };
    }
    // A stamp is taken before its transaction commits, so a change may become visible a little
    // after a later stamp was read. The cursor handed back stays behind the clock (two minutes);
    // what falls in between is sent twice, which costs a few rows and loses none.
    const qint64 cursor = registrationsql::changeStamp() - m_registrationCursorLagMs;
    auto rows = registrationsql::ofSchool(*m_store, scope.value(), sinceStamp);
    if (!rows)
        return rows.error();
    // One entry per student: a candidate whose registration was deleted and who registered again
    // has two rows, and the live one is the student's state.
    QHash<QString, qsizetype> byStudent;
    QJsonArray list;
    for (const auto &r : rows.value()) {
        const QJsonObject entry = toJson(r);
        const QString student = entry.value(QStringLiteral("student")).toString();
        const auto seen = byStudent.constFind(student);
        if (seen == byStudent.constEnd()) {
            byStudent.insert(student, list.size());
            list.append(entry);
        } else if (r.live) {
            list[*seen] = entry;
        }
    }
    return QJsonObject{ { QStringLiteral("generated_at"), protocol::toWireTime(now()) },
                        { QStringLiteral("cursor"), QString::number(cursor) },
                        { QStringLiteral("complete"), !sinceStamp.has_value() },
                        { QStringLiteral("registrations"), list } };
}

} // namespace cet::central
