#include "TimedRulesSql.h"

#include "RegistrationSql.h"
#include "SqlValues.h"

namespace cet::central::timedrulessql {

namespace {
constexpr int kDefaultHours = 24;

// A column of the exam session in force at `now` (the latest that has opened); null without one.
Result<QVariant> sessionSetting(CentralStore &store, const QDateTime &now, QLatin1StringView column)
{
    return store.scalar(QStringLiteral("SELECT %1 FROM exam_sessions WHERE opens_at <= ? "
                                       "ORDER BY opens_at DESC, id DESC LIMIT 1")
                            .arg(column),
                        { toMs(now) });
}
} // namespace

Result<int> unbookedHours(CentralStore &store, const QDateTime &now)
{
    auto hours = sessionSetting(store, now, QLatin1StringView("unbooked_hours"));
    if (!hours)
        return hours.error();
    return hours.value().isNull() ? kDefaultHours : hours.value().toInt();
}

Result<bool> sessionExists(CentralStore &store, const QString &idOrName)
{
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    auto found = store.scalar(QStringLiteral("SELECT 1 FROM exam_sessions WHERE id = ? OR name = ?"),
                              { numeric ? id : qint64(-1), idOrName });
    if (!found)
        return found.error();
    return !found.value().isNull();
}

Result<void> setUnbookedHours(CentralStore &store, int hours)
{
    return sqlvalues::run(store, QStringLiteral("UPDATE exam_sessions SET unbooked_hours = ?"), { hours });
}

Result<bool> oralNeedsWrittenPaid(CentralStore &store, const QDateTime &now)
{
    auto needed = sessionSetting(store, now, QLatin1StringView("oral_needs_written_paid"));
    if (!needed)
        return needed.error();
    return !needed.value().isNull() && needed.value().toInt() != 0;
}

Result<void> setOralNeedsWrittenPaid(CentralStore &store, bool needed)
{
    return sqlvalues::run(store, QStringLiteral("UPDATE exam_sessions SET oral_needs_written_paid = ?"),
                          { needed ? 1 : 0 });
}

Result<QList<StaleRegistration>> withoutSubjects(CentralStore &store, const QDateTime &savedBy, int limit)
{
    auto q = store.exec(QStringLiteral("SELECT r.id, r.passport_id, r.school_code, r.name, p.email, r.saved_at "
                                       "FROM registrations r JOIN passports p ON p.passport_id = r.passport_id "
                                       "WHERE r.deleted_at IS NULL AND r.saved_at <= ? AND NOT EXISTS "
                                       "(SELECT 1 FROM registration_subjects s WHERE s.registration_id = r.id "
                                       "AND s.deleted_at IS NULL) ORDER BY r.saved_at, r.id LIMIT ?"),
                        { toMs(savedBy), limit });
    if (!q)
        return q.error();
    QList<StaleRegistration> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        StaleRegistration s;
        s.id = r.value(0).toLongLong();
        s.passportId = r.value(1).toString();
        s.school = r.value(2).toString();
        s.name = r.value(3).toString();
        s.email = r.value(4).toString();
        s.savedAt = fromMs(r.value(5).toLongLong());
        out.append(s);
    }
    return out;
}

Result<std::optional<Recipient>> recipientOf(CentralStore &store, qint64 registrationId)
{
    auto q = store.exec(QStringLiteral("SELECT r.passport_id, p.email, r.name FROM registrations r JOIN passports p "
                                       "ON p.passport_id = r.passport_id WHERE r.id = ?"),
                        { registrationId });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<Recipient>();
    Recipient out{ r.value(0).toString(), r.value(1).toString(), r.value(2).toString() };
    r.finish();
    return std::optional<Recipient>(out);
}

Result<bool> deleteIfStillEmpty(CentralStore &store, qint64 id, const QDateTime &at)
{
    auto gone = store.scalar(QStringLiteral("UPDATE registrations SET deleted_at = ?, changed_at = ? WHERE id = ? AND deleted_at IS NULL "
                                            "AND NOT EXISTS (SELECT 1 FROM registration_subjects s WHERE "
                                            "s.registration_id = ? AND s.deleted_at IS NULL) RETURNING id"),
                             { toMs(at), registrationsql::changeStamp(), id, id });
    if (!gone)
        return gone.error();
    return !gone.value().isNull();
}

} // namespace cet::central::timedrulessql
