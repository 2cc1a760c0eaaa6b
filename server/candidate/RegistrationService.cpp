#include "RegistrationService.h"

#include "Audit.h"
#include "CandidateMessages.h"
#include "Cet6Qualification.h"
#include "RestrictionSql.h"
#include "CentralStore.h"
#include "IdDocument.h"
#include "IdMask.h"
#include "IdNumber.h"
#include "OfferSql.h"
#include "OutboxSql.h"
#include "PassportSql.h"
#include "RegistrationSql.h"
#include "Subject.h"
#include "SubjectRules.h"
#include "Wire.h"

#include <QJsonArray>

namespace cet::central::candidate {

namespace {

using registrationsql::RegistrationRow;
using registrationsql::StudentView;

const QString kDuplicate = QStringLiteral("store.duplicate");

struct Window
{
    QString state; // "open" | "not_open" | "closed"
    QDateTime start, end;
};

Window windowOf(const QList<offersql::OfferRow> &offers, const QDateTime &now)
{
    Window w;
    for (const auto &o : offers) {
        const auto subject = subjectByCode(o.subject);
        if (!o.offered || !subject || !subject.value().isWritten())
            continue;
        if (!w.start.isValid() || o.windowStart < w.start)
            w.start = o.windowStart;
        if (!w.end.isValid() || o.windowEnd > w.end)
            w.end = o.windowEnd;
    }
    if (!w.start.isValid() || now < w.start)
        w.state = QStringLiteral("not_open");
    else if (now >= w.end)
        w.state = QStringLiteral("closed");
    else
        w.state = QStringLiteral("open");
    return w;
}

QJsonValue wireTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(protocol::toWireTime(t)) : QJsonValue();
}

QJsonObject studentJson(const StudentView &s)
{
    return QJsonObject{
        { QStringLiteral("name"), s.name },
        { QStringLiteral("gender"), s.gender },
        { QStringLiteral("id_type"), s.idType },
        { QStringLiteral("id_number"), maskIdNumber(idTypeFromCode(s.idType), s.idNumber) },
        { QStringLiteral("school"), QJsonObject{ { QStringLiteral("code"), s.school }, { QStringLiteral("name"), s.schoolName } } },
        { QStringLiteral("campus"), QJsonObject{ { QStringLiteral("code"), s.campus }, { QStringLiteral("name"), s.campusName } } },
        { QStringLiteral("education"), s.education },
        { QStringLiteral("program_years"), s.programYears },
        { QStringLiteral("enrol_year"), s.enrolYear },
        { QStringLiteral("grade"), s.grade },
        { QStringLiteral("department"), s.department },
        { QStringLiteral("major"), s.major },
        { QStringLiteral("class_name"), s.className },
        { QStringLiteral("student_no"), s.studentNo },
    };
}

// The subjects offered at the campus that the candidate qualifies for: every level-4 written
// subject; level-6 written subjects only with a CET6 qualification; an oral subject when its
// written subject qualifies; none that the restriction list bars.
QJsonArray qualifiedSubjects(const QList<offersql::OfferRow> &offers, bool cet6, const SubjectRestriction &barred)
{
    QStringList written;
    for (const auto &o : offers) {
        const auto subject = subjectByCode(o.subject);
        if (o.offered && subject && subject.value().isWritten() && (subject.value().level == 4 || cet6))
            written << o.subject;
    }
    QJsonArray out;
    for (const auto &o : offers) {
        const auto subject = subjectByCode(o.subject);
        if (!o.offered || !subject || barred.restricts(o.subject))
            continue;
        const Subject &s = subject.value();
        const bool qualifies = s.isWritten() ? written.contains(o.subject)
                                             : written.contains(writtenSubjectRequiredFor(o.subject));
        if (!qualifies)
            continue;
        out.append(QJsonObject{
            { QStringLiteral("code"), s.code },
            { QStringLiteral("label"), s.label },
            { QStringLiteral("kind"), s.isWritten() ? QStringLiteral("written") : QStringLiteral("oral") },
            { QStringLiteral("level"), s.level },
            { QStringLiteral("fee_fen"), o.feeFen },
            { QStringLiteral("remaining"), o.capacity - o.taken },
            { QStringLiteral("exam_date"), o.examDate },
            { QStringLiteral("window_start"), wireTime(o.windowStart) },
            { QStringLiteral("window_end"), wireTime(o.windowEnd) },
        });
    }
    return out;
}


// The live record with this ID document and this name. A wrong name answers like an unknown
// number, so that the look-up does not confirm whose number it is.
Result<StudentView> findStudent(CentralStore &store, const StudentKey &key)
{
    const auto type = idTypeFromLabel(key.idType.trimmed());
    if (!type)
        return error(codes::badIdType);
    const QString number = normaliseIdNumber(key.idNumber).number;
    const QString name = key.name.trimmed();
    auto found = registrationsql::findStudents(store, idTypeCode(type.value()), number);
    if (!found)
        return found.error();
    for (const StudentView &s : found.value()) {
        if (!name.isEmpty() && s.name == name)
            return s;
    }
    return error(codes::recordNotFound);
}

outboxsql::Message bindingNotice(const QString &email, const StudentView &s, const QDateTime &at)
{
    outboxsql::Message m;
    m.kind = QStringLiteral("registration.bound");
    m.channel = QStringLiteral("email");
    m.to = email;
    m.subject = QStringLiteral("报名信息绑定通知");
    m.body = QStringLiteral("%1同学：您的通行证账号已绑定报名信息（证件号码%2，%3（%4））。如非本人操作，请立即联系学校考试负责老师。")
                 .arg(s.name, maskIdNumber(idTypeFromCode(s.idType), s.idNumber), s.schoolName, s.school);
    m.createdAt = at;
    return m;
}

} // namespace

QJsonObject registrationJson(const RegistrationRow &r, const QList<registrationsql::SubjectRow> &subjects)
{
    QJsonArray list;
    for (const auto &s : subjects) {
        list.append(QJsonObject{
            { QStringLiteral("subject"), s.subject },
            { QStringLiteral("school"), s.school },
            { QStringLiteral("campus"), s.campus },
            { QStringLiteral("booked_at"), wireTime(s.bookedAt) },
            { QStringLiteral("payment_state"), s.paymentState },
            { QStringLiteral("method"), s.method },
            { QStringLiteral("collective_lock"), s.collectiveLock },
        });
    }
    return QJsonObject{
        { QStringLiteral("registration"),
          QJsonObject{ { QStringLiteral("passport_id"), r.passportId },
                       { QStringLiteral("school"), r.school },
                       { QStringLiteral("campus"), r.campus },
                       { QStringLiteral("name"), r.name },
                       { QStringLiteral("id_type"), r.idType },
                       { QStringLiteral("id_number"), maskIdNumber(idTypeFromCode(r.idType), r.idNumber) },
                       { QStringLiteral("saved_at"), wireTime(r.savedAt) } } },
        { QStringLiteral("subjects"), list },
    };
}

Result<QJsonObject> RegistrationService::qualification(const QString &passportId, const StudentKey &key)
{
    CentralStore &store = m_context.store;
    auto student = findStudent(store, key);
    if (!student)
        return student.error();
    const StudentView &s = student.value();
    auto offers = offersql::forCampus(store, s.school, s.campus);
    if (!offers)
        return offers.error();
    const Window w = windowOf(offers.value(), m_context.now());
    auto mine = registrationsql::findByPassport(store, passportId);
    if (!mine)
        return mine.error();
    const bool registered
        = mine.value() && mine.value()->idType == s.idType && mine.value()->idNumber == s.idNumber;
    auto barred = restrictionsql::barredSubjects(store, s.idType, s.idNumber);
    if (!barred)
        return barred.error();
    return QJsonObject{
        { QStringLiteral("student"), studentJson(s) },
        { QStringLiteral("subjects"),
          qualifiedSubjects(offers.value(), hasCet6Qualification(m_context, s.idType, s.idNumber), barred.value()) },
        { QStringLiteral("window"),
          QJsonObject{ { QStringLiteral("state"), w.state },
                       { QStringLiteral("start"), wireTime(w.start) },
                       { QStringLiteral("end"), wireTime(w.end) } } },
        { QStringLiteral("registered"), registered },
    };
}

Result<QJsonObject> RegistrationService::bind(const QString &passportId, const StudentKey &key, bool confirmed)
{
    if (!confirmed)
        return error(codes::notConfirmed);
    CentralStore &store = m_context.store;
    auto student = findStudent(store, key);
    if (!student)
        return student.error();
    const StudentView &s = student.value();
    const QDateTime at = m_context.now();
    auto offers = offersql::forCampus(store, s.school, s.campus);
    if (!offers)
        return offers.error();
    const Window w = windowOf(offers.value(), at);
    if (w.state == QLatin1String("not_open"))
        return error(codes::notOpen);
    if (w.state == QLatin1String("closed"))
        return error(codes::closed);

    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto mine = registrationsql::findByPassport(store, passportId);
    if (!mine)
        return mine.error();
    if (mine.value()) {
        if (mine.value()->idType != s.idType || mine.value()->idNumber != s.idNumber)
            return error(codes::passportBound);
        return registration(passportId);
    }
    auto theirs = registrationsql::findByStudent(store, s.idType, s.idNumber);
    if (!theirs)
        return theirs.error();
    if (theirs.value())
        return error(codes::recordBound);
    auto passport = passportsql::findById(store, passportId);
    if (!passport)
        return passport.error();
    if (!passport.value())
        return error(codes::signInNeeded);

    RegistrationRow row;
    row.passportId = passportId;
    row.school = s.school;
    row.campus = s.campus;
    row.idType = s.idType;
    row.idNumber = s.idNumber;
    row.name = s.name;
    row.savedAt = at;
    auto id = registrationsql::insert(store, row);
    if (!id) {
        // A concurrent binding of the same record (or by the same passport) committed first.
        if (id.error().code == kDuplicate)
            return error(codes::recordBound);
        return id.error();
    }
    row.id = id.value();
    if (auto m = outboxsql::insert(store, bindingNotice(passport.value()->email, s, at)); !m)
        return m.error();
    AuditEntry audit;
    audit.at = at;
    audit.actor = passportId;
    audit.role = QStringLiteral("candidate");
    audit.action = QStringLiteral("registration.bind");
    audit.entity = QStringLiteral("registration");
    audit.entityKey = QString::number(row.id);
    audit.school = s.school;
    audit.after = auditJson(registrationJson(row, {}).value(QStringLiteral("registration")).toObject());
    if (auto r = writeAudit(store, audit); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return registrationJson(row, {});
}

Result<QJsonObject> RegistrationService::registration(const QString &passportId)
{
    CentralStore &store = m_context.store;
    auto mine = registrationsql::findByPassport(store, passportId);
    if (!mine)
        return mine.error();
    if (!mine.value())
        return error(codes::noRegistration);
    auto subjects = registrationsql::subjects(store, mine.value()->id);
    if (!subjects)
        return subjects.error();
    return registrationJson(*mine.value(), subjects.value());
}

} // namespace cet::central::candidate
