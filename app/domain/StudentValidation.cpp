#include "StudentValidation.h"

#include "IdNumber.h"
#include "StudentLabels.h"

namespace cet {

namespace {

bool isDigits(const QString &s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

FieldIssue issue(StudentField field, const char *code, const QString &message)
{
    FieldIssue i;
    i.field = field;
    i.severity = FieldIssue::Severity::Error;
    i.error = Error { QString::fromLatin1(code), message, {} };
    return i;
}

FieldIssue required(StudentField field)
{
    return issue(field, "student.required", StudentValidation::tr("%1 is required.").arg(studentFieldLabel(field)));
}

} // namespace

QList<FieldIssue> validateStudent(const StudentRecord &r, const QDate &today)
{
    QList<FieldIssue> issues;
    if (r.name.trimmed().isEmpty())
        issues.append(required(StudentField::Name));
    if (r.gender == Gender::Unknown)
        issues.append(required(StudentField::Gender));
    if (idTypeCode(r.idType) == 0)
        issues.append(required(StudentField::IdType));

    if (r.idNumber.isEmpty()) {
        issues.append(required(StudentField::IdNumber));
    } else if (idTypeCode(r.idType) != 0) {
        const Result<void> id = validateIdNumber(r.idType, r.idNumber, today);
        if (!id) {
            FieldIssue i;
            i.field = StudentField::IdNumber;
            i.error = id.error();
            issues.append(i);
        } else if (r.gender != Gender::Unknown && r.idNumber.size() == 18
            && genderFromIdNumber(r.idNumber) != r.gender) {
            issues.append(issue(StudentField::Gender, "student.gender_mismatch",
                StudentValidation::tr("The gender is %1, but the ID number belongs to a person of "
                                      "gender %2.")
                    .arg(genderDisplayName(r.gender), genderDisplayName(genderFromIdNumber(r.idNumber)))));
        }
    }

    if (r.schoolCode.isEmpty())
        issues.append(required(StudentField::SchoolCode));
    else if (!isDigits(r.schoolCode, 5))
        issues.append(issue(StudentField::SchoolCode, "student.school_code",
            StudentValidation::tr("The school code must have 5 digits.")));

    if (r.campusCode.isEmpty())
        issues.append(required(StudentField::CampusCode));
    else if (!isDigits(r.campusCode, 6))
        issues.append(issue(StudentField::CampusCode, "student.campus_code",
            StudentValidation::tr("The campus code must have 6 digits.")));
    else if (isDigits(r.schoolCode, 5) && !r.campusCode.startsWith(r.schoolCode))
        issues.append(issue(StudentField::CampusCode, "student.campus_school_mismatch",
            StudentValidation::tr("The campus code %1 does not belong to the school %2: it must "
                                  "start with the school code.")
                .arg(r.campusCode, r.schoolCode)));

    if (r.education == Education::Unknown)
        issues.append(required(StudentField::Education));

    if (r.programYears == 0)
        issues.append(required(StudentField::ProgramYears));
    else if (r.programYears < 1 || r.programYears > 8)
        issues.append(issue(StudentField::ProgramYears, "student.program_years",
            StudentValidation::tr("The program length must be 1 to 8 years.")));

    const int lastYear = (today.isValid() ? today.year() : QDate::currentDate().year()) + 1;
    if (r.enrolYear == 0)
        issues.append(required(StudentField::EnrolYear));
    else if (r.enrolYear < 1990 || r.enrolYear > lastYear)
        issues.append(issue(StudentField::EnrolYear, "student.enrol_year",
            StudentValidation::tr("The enrolment year must be between 1990 and %1.").arg(lastYear)));

    if (r.grade.trimmed().isEmpty())
        issues.append(required(StudentField::Grade));
    return issues;
}

QList<FieldIssue> validateStudent(const StudentRecord &record)
{
    return validateStudent(record, QDate::currentDate());
}

} // namespace cet
