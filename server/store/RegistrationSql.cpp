#include "RegistrationSql.h"

namespace cet::central::registrationsql {

namespace {

const QString kRegistrationColumns
    = QStringLiteral("id, passport_id, school_code, campus_code, id_type, id_number, name, saved_at");

RegistrationRow registrationFrom(const QSqlQuery &r)
{
    RegistrationRow row;
    row.id = r.value(0).toLongLong();
    row.passportId = r.value(1).toString();
    row.school = r.value(2).toString();
    row.campus = r.value(3).toString();
    row.idType = r.value(4).toInt();
    row.idNumber = r.value(5).toString();
    row.name = r.value(6).toString();
    row.savedAt = fromMs(r.value(7).toLongLong());
    return row;
}

Result<std::optional<RegistrationRow>> findOne(CentralStore &store, const QString &where, const QVariantList &binds)
{
    auto q = store.exec(QStringLiteral("SELECT %1 FROM registrations WHERE %2 AND deleted_at IS NULL")
                            .arg(kRegistrationColumns, where),
                        binds);
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<RegistrationRow>();
    RegistrationRow row = registrationFrom(r);
    r.finish();
    return std::optional<RegistrationRow>(row);
}

// A subject's columns (subject, school_code, campus_code, booked_at, payment_state, method,
// collective_lock) from column `first` on.
SubjectRow subjectFrom(const QSqlQuery &r, int first)
{
    SubjectRow s;
    s.subject = r.value(first).toString();
    s.school = r.value(first + 1).toString();
    s.campus = r.value(first + 2).toString();
    s.bookedAt = fromMs(r.value(first + 3).toLongLong());
    s.paymentState = r.value(first + 4).toString();
    s.method = r.value(first + 5).toString();
    s.collectiveLock = r.value(first + 6).toInt() != 0;
    return s;
}

} // namespace

Result<QList<StudentView>> findStudents(CentralStore &store, int idType, const QString &idNumber)
{
    auto q = store.exec(
        QStringLiteral("SELECT s.school_code, sc.name, s.campus_code, COALESCE(c.name, ''), s.id_type, s.id_number, "
                       "s.name, s.gender, s.education, s.program_years, s.enrol_year, s.grade, s.department, s.major, "
                       "s.class_name, s.student_no FROM students s JOIN schools sc ON sc.code = s.school_code "
                       "LEFT JOIN campuses c ON c.school_code = s.school_code AND c.code = s.campus_code "
                       "WHERE s.id_number = ? AND s.id_type = ? AND s.deleted_at IS NULL "
                       "ORDER BY s.changed_at DESC, s.school_code"),
        { idNumber, idType });
    if (!q)
        return q.error();
    QList<StudentView> out;
    QSqlQuery &r = q.value();
    while (r.next()) {
        StudentView s;
        s.school = r.value(0).toString();
        s.schoolName = r.value(1).toString();
        s.campus = r.value(2).toString();
        s.campusName = r.value(3).toString();
        s.idType = r.value(4).toInt();
        s.idNumber = r.value(5).toString();
        s.name = r.value(6).toString();
        s.gender = r.value(7).toInt();
        s.education = r.value(8).toInt();
        s.programYears = r.value(9).toInt();
        s.enrolYear = r.value(10).toInt();
        s.grade = r.value(11).toString();
        s.department = r.value(12).toString();
        s.major = r.value(13).toString();
        s.className = r.value(14).toString();
        s.studentNo = r.value(15).toString();
        out.append(s);
    }
    return out;
}

Result<std::optional<RegistrationRow>> findByPassport(CentralStore &store, const QString &passportId)
{
    return findOne(store, QStringLiteral("passport_id = ?"), { passportId });
}

Result<std::optional<LockedRegistration>> lockByPassport(CentralStore &store, const QString &passportId)
{
    // FOR UPDATE OF r: the restriction entry is read, not locked (a row of the outer join's
    // optional side could not be).
    auto q = store.exec(QStringLiteral("SELECT r.id, r.passport_id, r.school_code, r.campus_code, r.id_type, "
                                       "r.id_number, r.name, r.saved_at, x.subjects FROM registrations r "
                                       "LEFT JOIN restrictions x ON x.id_type = r.id_type AND x.id_number = r.id_number "
                                       "WHERE r.passport_id = ? AND r.deleted_at IS NULL%1")
                            .arg(store.isPostgres() ? QStringLiteral(" FOR UPDATE OF r") : QString()),
                        { passportId });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<LockedRegistration>();
    LockedRegistration locked{ registrationFrom(r), std::nullopt };
    if (!r.isNull(8))
        locked.restriction = r.value(8).toString();
    r.finish();
    return std::optional<LockedRegistration>(locked);
}

Result<std::optional<RegistrationRow>> findByStudent(CentralStore &store, int idType, const QString &idNumber)
{
    return findOne(store, QStringLiteral("id_type = ? AND id_number = ?"), { idType, idNumber });
}

Result<qint64> insert(CentralStore &store, const RegistrationRow &row)
{
    auto id = store.scalar(QStringLiteral("INSERT INTO registrations (passport_id, school_code, campus_code, id_type, "
                                          "id_number, name, saved_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           { row.passportId, row.school, row.campus, row.idType, row.idNumber, row.name,
                             toMs(row.savedAt), changeStamp() });
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

Result<QList<SubjectRow>> subjects(CentralStore &store, qint64 registrationId)
{
    auto q = store.exec(QStringLiteral("SELECT subject, school_code, campus_code, booked_at, payment_state, method, "
                                       "collective_lock FROM registration_subjects "
                                       "WHERE registration_id = ? AND deleted_at IS NULL ORDER BY subject"),
                        { registrationId });
    if (!q)
        return q.error();
    QList<SubjectRow> out;
    QSqlQuery &r = q.value();
    while (r.next())
        out.append(subjectFrom(r, 0));
    return out;
}

qint64 changeStamp()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Result<QList<SchoolRegistration>> ofSchool(CentralStore &store, const QString &school, std::optional<qint64> sinceStamp)
{
    const QString which = sinceStamp ? QStringLiteral("r.school_code = ? AND r.changed_at >= ?")
                                     : QStringLiteral("r.school_code = ? AND r.deleted_at IS NULL");
    QVariantList binds{ school };
    if (sinceStamp)
        binds << *sinceStamp;
    auto q = store.exec(QStringLiteral("SELECT r.id, r.id_type, r.id_number, r.saved_at, r.deleted_at "
                                       "FROM registrations r WHERE %1 ORDER BY r.id").arg(which),
                        binds);
    if (!q)
        return q.error();
    QList<SchoolRegistration> out;
    QHash<qint64, qsizetype> byId;
    QSqlQuery &r = q.value();
    while (r.next()) {
        SchoolRegistration reg;
        reg.id = r.value(0).toLongLong();
        reg.idType = r.value(1).toInt();
        reg.idNumber = r.value(2).toString();
        reg.savedAt = fromMs(r.value(3).toLongLong());
        reg.live = r.value(4).isNull();
        byId.insert(reg.id, out.size());
        out.append(reg);
    }
    r.finish();
    if (out.isEmpty())
        return out;
    auto s = store.exec(QStringLiteral("SELECT s.registration_id, s.subject, s.school_code, s.campus_code, s.booked_at, "
                                       "s.payment_state, s.method, s.collective_lock FROM registration_subjects s "
                                       "JOIN registrations r ON r.id = s.registration_id "
                                       "WHERE %1 AND r.deleted_at IS NULL AND s.deleted_at IS NULL "
                                       "ORDER BY s.registration_id, s.subject")
                            .arg(which),
                        binds);
    if (!s)
        return s.error();
    QSqlQuery &t = s.value();
    while (t.next()) {
        const auto at = byId.constFind(t.value(0).toLongLong());
        if (at == byId.constEnd())
            continue; // stamped between the two reads: the next fetch brings it whole
        out[*at].subjects.append(subjectFrom(t, 1));
    }
    return out;
}

} // namespace cet::central::registrationsql
