#pragma once

// SQL of candidate registrations (registrations, registration_subjects) and the candidate's view
// of the student records (学籍) that a registration binds to.

#include "CentralStore.h"

#include <optional>

namespace cet::central::registrationsql {

// A live student record as the candidate side reads it, with its school's and campus's names.
struct StudentView
{
    QString school, schoolName, campus, campusName;
    int idType = 0;
    QString idNumber, name;
    int gender = 0, education = 0, programYears = 0, enrolYear = 0;
    QString grade, department, major, className, studentNo;
};

struct RegistrationRow
{
    qint64 id = 0;
    QString passportId, school, campus;
    int idType = 0;
    QString idNumber, name;
    QDateTime savedAt;
};

struct SubjectRow
{
    QString subject, school, campus;
    QDateTime bookedAt;
    QString paymentState; // "unpaid" | "paid" | ...
    QString method;       // "candidate" | "school"
    bool collectiveLock = false;
};

// A registration of a school as its desk sees it: the student it binds and its live subjects.
struct SchoolRegistration
{
    qint64 id = 0;
    int idType = 0;
    QString idNumber;
    QDateTime savedAt;
    bool live = false;
    QList<SubjectRow> subjects;
};

// The stamp that every change to a registration or to its subjects writes to changed_at:
// milliseconds of the machine's real clock, not the service's clock. It is bookkeeping for the
// desks' fetches, like a sequence number; a simulation or a test that plays days ahead or behind
// must not stamp changes where a desk's cursor has already passed.
qint64 changeStamp();

// The school's registrations changed at or after `sinceStamp` (live or deleted), or with no
// stamp every live one; with their live subjects.
Result<QList<SchoolRegistration>> ofSchool(CentralStore &store, const QString &school,
                                           std::optional<qint64> sinceStamp);

// Live (not deleted) records with this ID document in any school, most recently changed first.
Result<QList<StudentView>> findStudents(CentralStore &store, int idType, const QString &idNumber);

// The live registration of a passport, or of a student (id_type, id_number).
Result<std::optional<RegistrationRow>> findByPassport(CentralStore &store, const QString &passportId);
Result<std::optional<RegistrationRow>> findByStudent(CentralStore &store, int idType, const QString &idNumber);
// findByPassport(), and on PostgreSQL the row locked until the transaction ends (in the same
// statement), so that two requests of one candidate about their subjects see each other's changes
// (SQLite's write transactions are serial already). With it, in the same round trip, the subjects
// text of its candidate's restriction-list entry (restrictions.subjects; nullopt when not listed),
// which every booking and payment checks next.
struct LockedRegistration
{
    RegistrationRow registration;
    std::optional<QString> restriction;
};
Result<std::optional<LockedRegistration>> lockByPassport(CentralStore &store, const QString &passportId);
// store.duplicate when the passport or the student already has a live registration.
Result<qint64> insert(CentralStore &store, const RegistrationRow &row);
// The registration's live subjects, by subject code.
Result<QList<SubjectRow>> subjects(CentralStore &store, qint64 registrationId);

} // namespace cet::central::registrationsql
