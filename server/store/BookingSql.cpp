#include "BookingSql.h"

#include "RegistrationSql.h"
#include "SqlValues.h"

namespace cet::central::bookingsql {

namespace {

const QString kColumns = QStringLiteral(
    "id, registration_id, subject, school_code, campus_code, booked_at, payment_state, collective_lock");

BookedSubject subjectFrom(const QSqlQuery &r)
{
    BookedSubject s;
    s.id = r.value(0).toLongLong();
    s.registrationId = r.value(1).toLongLong();
    s.subject = r.value(2).toString();
    s.school = r.value(3).toString();
    s.campus = r.value(4).toString();
    s.bookedAt = fromMs(r.value(5).toLongLong());
    s.paymentState = r.value(6).toString();
    s.collectiveLock = r.value(7).toInt() != 0;
    return s;
}

Result<std::optional<BookedSubject>> findOne(CentralStore &store, const QString &where, const QVariantList &binds)
{
    auto q = store.exec(
        QStringLiteral("SELECT %1 FROM registration_subjects WHERE %2 AND deleted_at IS NULL").arg(kColumns, where),
        binds);
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<BookedSubject>();
    BookedSubject s = subjectFrom(r);
    r.finish();
    return std::optional<BookedSubject>(s);
}

// Every change to a subject stamps its registration (registrations.changed_at), which is how a
// school's desk learns which registrations to fetch again. See registrationsql::changeStamp().
Result<void> stampRegistration(CentralStore &store, qint64 registrationId)
{
    return sqlvalues::run(store, QStringLiteral("UPDATE registrations SET changed_at = ? WHERE id = ?"),
                          { registrationsql::changeStamp(), registrationId });
}

Result<void> stampRegistrationOf(CentralStore &store, qint64 subjectId)
{
    return sqlvalues::run(store,
                          QStringLiteral("UPDATE registrations SET changed_at = ? WHERE id = "
                                         "(SELECT registration_id FROM registration_subjects WHERE id = ?)"),
                          { registrationsql::changeStamp(), subjectId });
}

} // namespace

Result<bool> takeSeat(CentralStore &store, const QString &school, const QString &campus, const QString &subject)
{
    // The WHERE is evaluated on the row as it is when the UPDATE gets its lock (PostgreSQL
    // re-checks it after waiting for a concurrent writer), so the last seat goes to one booking.
    auto taken = store.scalar(QStringLiteral("UPDATE offers SET taken = taken + 1, seats_changed_at = ? WHERE "
                                             "school_code = ? AND campus_code = ? AND subject = ? AND offered = 1 AND "
                                             "taken < capacity RETURNING taken"),
                              { registrationsql::changeStamp(), school, campus, subject });
    if (!taken)
        return taken.error();
    return !taken.value().isNull();
}

Result<void> giveSeatBack(CentralStore &store, const QString &school, const QString &campus, const QString &subject)
{
    return sqlvalues::run(store,
                          QStringLiteral("UPDATE offers SET taken = taken - 1, seats_changed_at = ? WHERE school_code = ? "
                                         "AND campus_code = ? AND subject = ? AND taken > 0"),
                          { registrationsql::changeStamp(), school, campus, subject });
}

Result<qint64> insertSubject(CentralStore &store, const BookedSubject &row)
{
    if (store.isPostgres()) { // the row and its registration's stamp in one round trip
        auto id = store.scalar(
            QStringLiteral("WITH booked AS (INSERT INTO registration_subjects (registration_id, subject, school_code, "
                           "campus_code, booked_at, payment_state, method, collective_lock) "
                           "VALUES (?, ?, ?, ?, ?, 'unpaid', 'candidate', 0) RETURNING id, registration_id), "
                           "stamped AS (UPDATE registrations SET changed_at = ? WHERE id = "
                           "(SELECT registration_id FROM booked)) SELECT id FROM booked"),
            { row.registrationId, row.subject, row.school, row.campus, toMs(row.bookedAt),
              registrationsql::changeStamp() });
        if (!id)
            return id.error();
        return id.value().toLongLong();
    }
    auto id = store.scalar(QStringLiteral("INSERT INTO registration_subjects (registration_id, subject, school_code, "
                                          "campus_code, booked_at, payment_state, method, collective_lock) "
                                          "VALUES (?, ?, ?, ?, ?, 'unpaid', 'candidate', 0) RETURNING id"),
                           { row.registrationId, row.subject, row.school, row.campus, toMs(row.bookedAt) });
    if (!id)
        return id.error();
    if (auto r = stampRegistration(store, row.registrationId); !r)
        return r.error();
    return id.value().toLongLong();
}

Result<std::optional<BookedSubject>> findSubject(CentralStore &store, qint64 registrationId, const QString &subject)
{
    return findOne(store, QStringLiteral("registration_id = ? AND subject = ?"), { registrationId, subject });
}

Result<std::optional<BookedSubject>> findSubjectById(CentralStore &store, qint64 id)
{
    return findOne(store, QStringLiteral("id = ?"), { id });
}

Result<bool> deleteSubject(CentralStore &store, qint64 id, const QDateTime &at)
{
    if (store.isPostgres()) { // the row and its registration's stamp in one round trip
        auto gone = store.scalar(
            QStringLiteral("WITH gone AS (UPDATE registration_subjects SET deleted_at = ? WHERE id = ? AND "
                           "deleted_at IS NULL RETURNING id, registration_id), "
                           "stamped AS (UPDATE registrations SET changed_at = ? WHERE id = "
                           "(SELECT registration_id FROM gone)) SELECT id FROM gone"),
            { toMs(at), id, registrationsql::changeStamp() });
        if (!gone)
            return gone.error();
        return !gone.value().isNull();
    }
    auto gone = store.scalar(QStringLiteral("UPDATE registration_subjects SET deleted_at = ? WHERE id = ? AND "
                                            "deleted_at IS NULL RETURNING id"),
                             { toMs(at), id });
    if (!gone)
        return gone.error();
    if (gone.value().isNull())
        return false;
    if (auto r = stampRegistrationOf(store, id); !r)
        return r.error();
    return true;
}

Result<void> markPaid(CentralStore &store, qint64 id)
{
    if (auto r = sqlvalues::run(store, QStringLiteral("UPDATE registration_subjects SET payment_state = 'paid' WHERE id = ?"),
                                { id });
        !r)
        return r;
    // The offer's paid count changes too (it is counted, not stored), so its seats are stamped.
    if (auto r = sqlvalues::run(store,
                                QStringLiteral("UPDATE offers SET seats_changed_at = ? WHERE (school_code, campus_code, "
                                               "subject) IN (SELECT school_code, campus_code, subject FROM "
                                               "registration_subjects WHERE id = ?)"),
                                { registrationsql::changeStamp(), id });
        !r)
        return r;
    return stampRegistrationOf(store, id);
}

Result<QList<BookedSubject>> unpaidBookedBy(CentralStore &store, const QDateTime &bookedBy, int limit)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM registration_subjects s WHERE deleted_at IS NULL AND "
                                       "payment_state = 'unpaid' AND collective_lock = 0 AND booked_at <= ? AND "
                                       "NOT EXISTS (SELECT 1 FROM payments p WHERE p.registration_subject_id = s.id "
                                       "AND p.state = 'pending') ORDER BY booked_at, id LIMIT ?")
                            .arg(kColumns),
                        { toMs(bookedBy), limit });
    if (!q)
        return q.error();
    QList<BookedSubject> out;
    QSqlQuery &r = q.value();
    while (r.next())
        out.append(subjectFrom(r));
    return out;
}

} // namespace cet::central::bookingsql
