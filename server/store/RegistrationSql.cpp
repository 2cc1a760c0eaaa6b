#include "RegistrationSql.h"

namespace cet::central::registrationsql {

namespace {

const QString kRegistrationColumns
    = QStringLiteral("id, passport_id, school_code, campus_code, id_type, id_number, name, saved_at");

Result<std::optional<RegistrationRow>> findOne(CentralStore &store, const QString &where, const QVariantList &binds)
{
    auto q = store.exec(
        QStringLiteral("SELECT %1 FROM registrations WHERE %2 AND deleted_at IS NULL").arg(kRegistrationColumns, where),
        binds);
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    if (!r.next())
        return std::optional<RegistrationRow>();
    RegistrationRow row;
    row.id = r.value(0).toLongLong();
    row.passportId = r.value(1).toString();
    row.school = r.value(2).toString();
    row.campus = r.value(3).toString();
    row.idType = r.value(4).toInt();
    row.idNumber = r.value(5).toString();
    row.name = r.value(6).toString();
    row.savedAt = fromMs(r.value(7).toLongLong());
    r.finish();
    return std::optional<RegistrationRow>(row);
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

Result<std::optional<RegistrationRow>> findByStudent(CentralStore &store, int idType, const QString &idNumber)
{
    return findOne(store, QStringLiteral("id_type = ? AND id_number = ?"), { idType, idNumber });
}

Result<qint64> insert(CentralStore &store, const RegistrationRow &row)
{
    auto id = store.scalar(QStringLiteral("INSERT INTO registrations (passport_id, school_code, campus_code, id_type, "
                                          "id_number, name, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                           { row.passportId, row.school, row.campus, row.idType, row.idNumber, row.name,
                             toMs(row.savedAt) });
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
    while (r.next()) {
        SubjectRow s;
        s.subject = r.value(0).toString();
        s.school = r.value(1).toString();
        s.campus = r.value(2).toString();
        s.bookedAt = fromMs(r.value(3).toLongLong());
        s.paymentState = r.value(4).toString();
        s.method = r.value(5).toString();
        s.collectiveLock = r.value(6).toInt() != 0;
        out.append(s);
    }
    return out;
}

} // namespace cet::central::registrationsql
