#include "Cet6ReviewFiling.h"

#include "Cet6ReviewCodes.h"
#include "Cet6ReviewRecord.h"
#include "IdDocument.h"
#include "StudentTable.h"

namespace cet::central {

namespace {

using protocol::OpResult;

struct Filing
{
    int studentIdType = 0;
    QString studentIdNumber;
    QString name;
    QString ticket;
    int examYear = 0, examMonth = 0, total = 0;
    bool pass = false;
    QString reason;
};

Result<Filing> filingOf(const protocol::Op &op, const QDate &today)
{
    const auto value = [&](const char *field) {
        const auto it = op.changes.constFind(QLatin1String(field));
        return it == op.changes.constEnd() ? QJsonValue(QJsonValue::Undefined) : it->newValue;
    };
    const auto bad = [](const QString &what) { return Error{ reviewops::invalid, what, {} }; };
    Filing f;
    f.studentIdType = value("student_id_type").toInt();
    f.studentIdNumber = value("student_id_number").toString().trimmed();
    f.name = value("name").toString().trimmed();
    f.ticket = value("cet4_ticket").toString().trimmed();
    f.examYear = value("exam_year").toInt();
    f.examMonth = value("exam_month").toInt();
    f.total = value("total").toInt(-1);
    const QString decision = value("decision").toString();
    f.reason = value("reason").toString().trimmed();
    if (f.studentIdType < 1 || f.studentIdType > 8 || f.studentIdNumber.isEmpty())
        return bad(QStringLiteral("student_id_type, student_id_number: expected the student's ID type 1..8 and number."));
    if (f.name.isEmpty())
        return bad(QStringLiteral("name: expected the name on the score record."));
    if (f.ticket.size() > 15)
        return bad(QStringLiteral("cet4_ticket: expected at most 15 characters (or empty when forgotten)."));
    if (f.examYear < 1987 || f.examYear > today.year() || (f.examMonth != 1 && f.examMonth != 6 && f.examMonth != 12))
        return bad(QStringLiteral("exam_year, exam_month: expected a CET4 sitting (a year from 1987, month 1, 6 or 12)."));
    if (f.total < 0 || f.total > 710)
        return bad(QStringLiteral("total: expected a CET4 total score 0..710."));
    if (decision != QLatin1String("pass") && decision != QLatin1String("fail"))
        return bad(QStringLiteral("decision: expected \"pass\" or \"fail\"."));
    f.pass = decision == QLatin1String("pass");
    return f;
}

} // namespace

Result<OpResult> fileReview(PushScope &c, const protocol::Op &op)
{
    if (op.kind == protocol::Op::Kind::Delete)
        return rejectedResult(op.opId, reviewops::invalid, QStringLiteral("A filed review is not deleted by a desk."));
    const QString passportKey = filedPassportKey(op.key);
    auto existing = cet6reviewsql::findByPassport(c.store, passportKey);
    if (!existing)
        return existing.error();
    OpResult r;
    r.opId = op.opId;
    if (existing.value()) { // the same filing again (another op id): it stands as it was filed
        if (existing.value()->school != c.school)
            return rejectedResult(op.opId, reviewops::forbidden,
                                  QStringLiteral("Review %1 is not of school %2.").arg(op.key, c.school));
        auto record = loadReviewRecord(c.store, c.school, *existing.value());
        if (!record)
            return record.error();
        r.version = existing.value()->version;
        r.record = record.value();
        return r;
    }
    auto filing = filingOf(op, c.today);
    if (!filing)
        return rejectedResult(op.opId, filing.error().code, filing.error().message);
    const Filing &f = filing.value();
    if (c.sealed)
        return rejectedResult(op.opId, reviewops::closed,
                              QStringLiteral("The exam session has sealed; reviews can no longer be filed."));
    if (!f.pass && f.reason.isEmpty())
        return rejectedResult(op.opId, reviewops::reasonRequired,
                              QStringLiteral("A failed review needs a reason the candidate can act on."));
    auto student = studenttable::find(c.store, c.school, idTypeFromCode(f.studentIdType), f.studentIdNumber);
    if (!student)
        return student.error();
    if (!student.value() || student.value()->deleted)
        return rejectedResult(op.opId, reviewops::studentUnknown,
                              QStringLiteral("No student %1 in school %2's roster.").arg(f.studentIdNumber, c.school));

    cet6reviewsql::ReviewRow row;
    row.passportId = passportKey;
    row.school = c.school;
    row.campus = student.value()->record.campusCode;
    row.studentIdType = f.studentIdType;
    row.studentIdNumber = f.studentIdNumber;
    row.name = f.name;
    row.idType = f.studentIdType;
    row.idNumber = f.studentIdNumber;
    row.ticket = f.ticket;
    row.state = f.pass ? QStringLiteral("passed") : QStringLiteral("failed");
    row.reasonCode = f.pass ? reviewops::decidedPass : reviewops::decidedFail;
    row.reason = f.reason;
    row.submittedAt = c.now;
    row.decidedAt = c.now;
    row.decidedBy = c.actor;
    row.filedBy = c.actor;
    row.filedExamYear = f.examYear;
    row.filedExamMonth = f.examMonth;
    row.filedTotal = f.total;
    row.version = 1;
    row.seq = c.nextSeq();
    row.changedBy = c.actor;
    row.changedAt = c.now;
    row.originOpId = op.opId;
    auto id = cet6reviewsql::insert(c.store, row);
    if (!id)
        return id.error();
    row.id = id.value();
    auto record = loadReviewRecord(c.store, c.school, row);
    if (!record)
        return record.error();
    c.addAudit(QStringLiteral("review.file"), kCet6ReviewEntity, QString::number(row.id), std::nullopt,
               auditJson(record.value()), op.opId);
    r.version = row.version;
    r.seq = row.seq;
    r.record = record.value();
    return r;
}

} // namespace cet::central
