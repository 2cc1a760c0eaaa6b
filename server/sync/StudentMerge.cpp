#include "StudentMerge.h"

#include "StudentValidation.h"

namespace cet::central {

namespace {

Error rejected(const QString &code, const QString &message)
{
    return Error{ code, message, {} };
}

std::optional<Error> checkKeyField(StudentField f, const protocol::FieldChange &c, const StudentRecord &keyed)
{
    if (f != StudentField::IdType && f != StudentField::IdNumber)
        return std::nullopt;
    if (protocol::sameFieldValue(f, c.newValue, protocol::studentFieldValue(keyed, f)))
        return std::nullopt;
    return rejected(protocol::codes::studentInvalid,
                    QStringLiteral("%1 is part of the record's key and can not change; delete and create instead")
                        .arg(protocol::studentFieldName(f)));
}

std::optional<Error> validate(const StudentRecord &r, const QString &school, const QDate &today)
{
    if (r.schoolCode != school)
        return rejected(protocol::codes::studentWrongSchool,
                        QStringLiteral("school_code %1 is not your school %2").arg(r.schoolCode, school));
    for (const FieldIssue &issue : validateStudent(r, today)) {
        if (issue.severity != FieldIssue::Severity::Error)
            continue;
        return Error{ protocol::codes::studentInvalid,
                      QStringLiteral("%1: %2 (%3)")
                          .arg(protocol::studentFieldName(issue.field), issue.error.message, issue.error.code),
                      issue.error.code };
    }
    return std::nullopt;
}

} // namespace

MergeOutcome mergeStudentUpsert(const std::optional<StudentRecord> &live, const protocol::Op &op,
                                const protocol::StudentKey &key, const QString &school, const QDate &today,
                                const std::optional<StudentRecord> &tombstone)
{
    MergeOutcome out;
    StudentRecord keyed;
    keyed.idType = key.idType;
    keyed.idNumber = key.idNumber;

    if (!live) {
        out.record = tombstone ? *tombstone : keyed;
        out.record.schoolCode = school;
        for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
            const StudentField f = *protocol::studentFieldFromName(it.key()); // checked by Op::fromJson
            if (auto e = checkKeyField(f, it.value(), keyed)) {
                out.rejection = e;
                return out;
            }
            auto set = protocol::setStudentField(out.record, f, it.value().newValue, it.key());
            if (!set) {
                out.rejection = set.error();
                return out;
            }
        }
        out.record.idType = key.idType;
        out.record.idNumber = key.idNumber;
        if (auto e = validate(out.record, school, today)) {
            out.rejection = e;
            return out;
        }
        out.changed = out.created = true;
        return out;
    }

    out.record = *live;
    for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
        const StudentField f = *protocol::studentFieldFromName(it.key());
        if (auto e = checkKeyField(f, it.value(), keyed)) {
            out.rejection = e;
            return out;
        }
        const QJsonValue server = protocol::studentFieldValue(*live, f);
        const protocol::FieldChange &c = it.value();
        if (protocol::sameFieldValue(f, server, c.newValue))
            continue; // already so
        if (protocol::sameFieldValue(f, server, c.oldValue)) {
            auto set = protocol::setStudentField(out.record, f, c.newValue, it.key());
            if (!set) {
                out.rejection = set.error();
                return out;
            }
            out.changed = true;
            continue;
        }
        protocol::FieldConflict conflict;
        conflict.field = it.key();
        conflict.mine = c.newValue;
        conflict.base = c.oldValue;
        conflict.theirs = server;
        out.conflicts.append(conflict);
    }
    if (out.changed) {
        if (auto e = validate(out.record, school, today)) {
            out.rejection = e;
            out.changed = false;
            out.conflicts.clear();
        }
    }
    return out;
}

StudentRecord proposedStudent(const protocol::Op &op, const protocol::StudentKey &key)
{
    StudentRecord r;
    for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
        const auto f = protocol::studentFieldFromName(it.key());
        if (f)
            (void)protocol::setStudentField(r, *f, it.value().newValue, QString());
    }
    r.idType = key.idType;
    r.idNumber = key.idNumber;
    return r;
}

} // namespace cet::central
