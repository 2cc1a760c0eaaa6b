#include "AccountLookup.h"

#include "PassportService.h"

#include "Audit.h"
#include "IdMask.h"
#include "IdNumber.h"
#include "PassportSql.h"
#include "RebindJson.h"
#include "RegistrationSql.h"

#include <QJsonArray>

namespace cet::central::cs {

namespace {

// "none" without a registration, "saved" without subjects, "paid" when every subject is paid,
// "booked" otherwise.
QString registrationState(const std::optional<registrationsql::RegistrationRow> &registration,
                          const QList<registrationsql::SubjectRow> &subjects)
{
    if (!registration)
        return QStringLiteral("none");
    if (subjects.isEmpty())
        return QStringLiteral("saved");
    const bool allPaid = std::all_of(subjects.cbegin(), subjects.cend(),
                                     [](const registrationsql::SubjectRow &s) { return s.paymentState == QLatin1String("paid"); });
    return allPaid ? QStringLiteral("paid") : QStringLiteral("booked");
}

} // namespace

Result<QString> checkedIdNumber(int idType, const QString &idNumber)
{
    if (idType < 1 || idType > 8)
        return csError(codes::badIdType);
    return normaliseIdNumber(idNumber).number;
}

Result<QJsonObject> AccountLookup::lookup(const CsStaff &staff, const LookupQuery &query)
{
    if (auto allowed = requireDesk(staff); !allowed)
        return allowed.error();
    if (query.reason.trimmed().isEmpty())
        return csError(codes::reasonRequired);
    auto number = checkedIdNumber(query.idType, query.idNumber);
    if (!number)
        return number.error();
    QString school;
    auto found = find(query, number.value(), school);
    if (!found && found.error().code != codes::notFound)
        return found.error();

    AuditEntry e;
    e.at = m_now();
    e.actor = staff.name;
    e.role = staff.role;
    e.action = QStringLiteral("cs.lookup");
    e.entity = QStringLiteral("candidate");
    e.entityKey = QStringLiteral("%1:%2").arg(query.idType).arg(number.value());
    e.school = school;
    e.after = auditJson(QJsonObject { { QStringLiteral("name"), query.name.trimmed() },
                                      { QStringLiteral("found"), found.ok() } });
    e.reason = query.reason.trimmed();
    if (auto r = writeAudit(m_store, e); !r)
        return r.error();
    return found;
}

Result<QJsonObject> AccountLookup::find(const LookupQuery &query, const QString &number, QString &school)
{
    auto students = registrationsql::findStudents(m_store, query.idType, number);
    if (!students)
        return students.error();
    const QString name = query.name.trimmed();
    const auto student = std::find_if(students.value().cbegin(), students.value().cend(),
                                      [&](const registrationsql::StudentView &s) { return s.name == name; });
    if (name.isEmpty() || student == students.value().cend())
        return csError(codes::notFound);
    school = student->school;

    auto registration = registrationsql::findByStudent(m_store, query.idType, number);
    if (!registration)
        return registration.error();
    QList<registrationsql::SubjectRow> subjects;
    QJsonValue passport = QJsonValue::Null;
    QString guidance = QStringLiteral("register_anew");
    if (registration.value()) {
        auto booked = registrationsql::subjects(m_store, registration.value()->id);
        if (!booked)
            return booked.error();
        subjects = booked.value();
        auto account = passportsql::findById(m_store, registration.value()->passportId);
        if (!account)
            return account.error();
        if (account.value()) {
            passport = QJsonObject { { QStringLiteral("passport_id"), account.value()->passportId },
                                     { QStringLiteral("email_masked"), candidate::maskEmail(account.value()->email) },
                                     { QStringLiteral("mobile_masked"), candidate::maskMobile(account.value()->mobile) } };
        }
        auto signedIn = rebindsql::hasLiveSession(m_store, registration.value()->passportId, m_now());
        if (!signedIn)
            return signedIn.error();
        guidance = signedIn.value() ? QStringLiteral("change_email_self") : QStringLiteral("rebind");
    }
    QJsonArray subjectList;
    for (const registrationsql::SubjectRow &s : subjects)
        subjectList.append(QJsonObject { { QStringLiteral("subject"), s.subject },
                                         { QStringLiteral("payment_state"), s.paymentState } });
    auto earlier = rebindsql::forCandidate(m_store, query.idType, number);
    if (!earlier)
        return earlier.error();
    QJsonArray rebindings;
    for (const rebindsql::RequestRow &r : earlier.value())
        rebindings.append(requestJson(r));

    return QJsonObject {
        { QStringLiteral("candidate"),
          QJsonObject { { QStringLiteral("name"), student->name }, { QStringLiteral("id_type"), query.idType },
                        { QStringLiteral("id_number_masked"), maskIdNumber(IdType(query.idType), number) },
                        { QStringLiteral("school_code"), student->school },
                        { QStringLiteral("school_name"), student->schoolName } } },
        { QStringLiteral("passport"), passport },
        { QStringLiteral("registration"),
          QJsonObject { { QStringLiteral("state"), registrationState(registration.value(), subjects) },
                        { QStringLiteral("subjects"), subjectList } } },
        { QStringLiteral("rebindings"), rebindings },
        { QStringLiteral("guidance"), guidance },
    };
}

} // namespace cet::central::cs
