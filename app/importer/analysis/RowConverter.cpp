#include "RowConverter.h"

#include "CellText.h"

#include "IdDocument.h"
#include "IdMask.h"
#include "IdNumber.h"
#include "StudentLabels.h"
#include "StudentValidation.h"

#include <algorithm>

namespace cet {

using namespace celltext;

namespace {

constexpr int kFieldCount = int(StudentField::Count_);

quint8 flag(Normalisation n)
{
    return quint8(n);
}

FieldIssue makeIssue(StudentField field, FieldIssue::Severity severity, const char *code, const QString &message)
{
    FieldIssue issue;
    issue.field = field;
    issue.severity = severity;
    issue.error = Error {QString::fromLatin1(code), message, {}};
    return issue;
}

} // namespace

bool RowConversion::hasError() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const FieldIssue &i) { return i.severity == FieldIssue::Severity::Error; });
}

RowConverter::RowConverter(const ColumnMapping &mapping, const QDate &today)
    : m_today(today)
{
    m_columns.fill(-1, kFieldCount);
    for (int f = 0; f < kFieldCount; ++f) {
        if (const auto column = mapping.columnOf(StudentField(f)))
            m_columns[f] = *column;
    }
}

RowConversion RowConverter::convert(const SourceRow &row) const
{
    RowConversion out;
    StudentRecord &r = out.record;
    QList<FieldIssue> &issues = out.issues;
    quint8 &flags = out.normalisations;
    bool fullWidth = false; // in codes and the student number
    bool spaces = false;
    bool fraction = false;  // "2024.0"
    static const QString empty;

    const auto columnOf = [this](StudentField f) { return m_columns[int(f)]; };
    const auto cell = [&](StudentField f) -> const QString & {
        const qsizetype c = columnOf(f);
        return c >= 0 && c < row.cells.size() ? row.cells.at(c) : empty;
    };
    const auto kind = [&](StudentField f) {
        const qsizetype c = columnOf(f);
        return c >= 0 ? row.kind(c) : CellKind::Empty;
    };
    const auto error = [&](StudentField f, const char *code, const QString &message) {
        issues.append(makeIssue(f, FieldIssue::Severity::Error, code, message));
    };
    const auto warning = [&](StudentField f, const char *code, const QString &message) {
        issues.append(makeIssue(f, FieldIssue::Severity::Warning, code, message));
    };
    // Trimmed text of a cell, or an error if it is longer than a student field can be.
    const auto text = [&](StudentField f) -> QString {
        QString t = trimmed(cell(f));
        const qsizetype limit = f == StudentField::Note ? MaxNoteChars : MaxTextChars;
        if (t.size() > limit) {
            error(f, "text.too_long",
                  tr("The %1 has %2 characters; at most %3 are allowed. Shorten it.")
                      .arg(studentFieldLabel(f))
                      .arg(t.size())
                      .arg(limit));
            t.truncate(limit);
        }
        return t;
    };
    // A number cell shown with a fraction ("2024.0") in a text field.
    const auto plainNumber = [&](StudentField f, QString t) -> QString {
        if (kind(f) == CellKind::Number && chopZeroFraction(t))
            fraction = true;
        return t;
    };

    r.name = text(StudentField::Name);

    // 证件类型 first: whether an ID number in scientific notation is broken depends on it.
    const QString typeText = text(StudentField::IdType);
    if (!typeText.isEmpty()) {
        const Result<IdType> type = parseIdType(typeText);
        if (type)
            r.idType = type.value();
        else if (type.error().code == u"id.type_not_accepted")
            error(StudentField::IdType, "id.type_not_accepted", type.error().message);
        else
            error(StudentField::IdType, "label.id_type",
                  tr("The ID type \"%1\" is not known. Use one of: %2.").arg(typeText, allIdTypeLabels()));
    }

    bool idBroken = false;
    const qsizetype issuesBefore = issues.size();
    const QString idCell = text(StudentField::IdNumber);
    const bool idTooLong = issues.size() != issuesBefore;
    if (!idCell.isEmpty() && !idTooLong) {
        if (kind(StudentField::IdNumber) == CellKind::Number) {
            r.idNumber = idCell;
            if (isAsciiDigits(idCell)) {
                warning(StudentField::IdNumber, "id.number_cell",
                        tr("The ID number %1 was stored by the spreadsheet as a number. It is still complete, but "
                           "format the column as text so that no digits are lost next time.")
                            .arg(maskIdNumber(IdType::Unknown, idCell)));
            } else {
                idBroken = true;
                error(StudentField::IdNumber, "id.scientific_notation",
                      tr("The spreadsheet stored the ID number as a number (%1) and lost its last digits, which "
                         "can not be recovered. Format the ID number column as text, enter the numbers again and "
                         "import the file again.")
                          .arg(idCell));
            }
        } else if (isCleanIdNumber(idCell)) {
            r.idNumber = idCell;
        } else {
            const NormalisedIdNumber n = normaliseIdNumber(idCell);
            r.idNumber = n.number;
            if (n.fullWidth)
                flags |= flag(Normalisation::FullWidth);
            if (n.spaces)
                flags |= flag(Normalisation::Spaces);
            if (n.lowerCase)
                flags |= flag(Normalisation::LowerCaseX);
        }
        if (kind(StudentField::IdNumber) != CellKind::Number && looksScientific(r.idNumber, r.idType)) {
            idBroken = true;
            error(StudentField::IdNumber, "id.scientific_notation",
                  tr("The ID number \"%1\" is in scientific notation: a spreadsheet stored it as a number and "
                     "lost its last digits, which can not be recovered. Format the ID number column as text, "
                     "enter the numbers again and import the file again.")
                      .arg(idCell));
        }
    } else {
        r.idNumber = idCell; // empty, or cut to the limit (already an error)
        idBroken = idTooLong;
    }

    if (typeText.isEmpty() && !idBroken && !r.idNumber.isEmpty()) {
        if (r.idNumber.size() == 18 && validateIdNumber(IdType::ResidentId, r.idNumber, m_today)) {
            r.idType = IdType::ResidentId;
            flags |= flag(Normalisation::IdTypeDefaulted);
        } else {
            error(StudentField::IdType, "student.required",
                  tr("The ID type is empty and the ID number %1 is not a valid resident ID number, so the type "
                     "can not be assumed. Enter the ID type.")
                      .arg(maskIdNumber(IdType::Unknown, r.idNumber)));
        }
    }

    const QString genderText = text(StudentField::Gender);
    if (!genderText.isEmpty()) {
        const Result<Gender> gender = parseGender(genderText);
        if (gender)
            r.gender = gender.value();
        else
            error(StudentField::Gender, "label.gender",
                  tr("The gender \"%1\" is not one of 男 or 女 (M/F, Male/Female and 1/2 are accepted too).")
                      .arg(genderText));
    } else if (!idBroken && isResidentIdStyle(r.idType) && r.idNumber.size() == 18) {
        r.gender = genderFromIdNumber(r.idNumber);
        if (r.gender != Gender::Unknown)
            flags |= flag(Normalisation::GenderFromId);
    }

    r.schoolCode = plainNumber(StudentField::SchoolCode, compactCode(text(StudentField::SchoolCode), fullWidth, spaces));
    takeParenthesisedCode(r.schoolCode);
    r.campusCode = plainNumber(StudentField::CampusCode, compactCode(text(StudentField::CampusCode), fullWidth, spaces));
    takeParenthesisedCode(r.campusCode);

    const QString educationText = text(StudentField::Education);
    if (!educationText.isEmpty()) {
        const Result<Education> education = parseEducation(educationText);
        if (education)
            r.education = education.value();
        else
            error(StudentField::Education, "label.education",
                  tr("The education level \"%1\" is not one of 专科, 本科, 硕士研究生 or 博士研究生.").arg(educationText));
    }

    const QString yearsText = compactCode(text(StudentField::ProgramYears), fullWidth, spaces);
    r.programYears = parseProgramYears(yearsText, fraction);
    if (r.programYears < 0) {
        r.programYears = 0;
        error(StudentField::ProgramYears, "number.format",
              tr("The program length \"%1\" is not a whole number of years such as 4.").arg(yearsText));
    }

    const QString enrolText = compactCode(text(StudentField::EnrolYear), fullWidth, spaces);
    r.enrolYear = parseEnrolYear(enrolText, kind(StudentField::EnrolYear), fraction);
    if (r.enrolYear < 0) {
        r.enrolYear = 0;
        error(StudentField::EnrolYear, "number.format",
              tr("The enrolment year \"%1\" is not a year such as 2024 (a date such as 2024-09-01 or 2024年9月 "
                 "is accepted too).")
                  .arg(enrolText));
    }

    r.grade = plainNumber(StudentField::Grade, text(StudentField::Grade));
    r.department = text(StudentField::Department);
    r.major = text(StudentField::Major);
    r.className = plainNumber(StudentField::ClassName, text(StudentField::ClassName));
    r.note = text(StudentField::Note);

    r.studentNo = compactCode(text(StudentField::StudentNo), fullWidth, spaces);
    if (kind(StudentField::StudentNo) == CellKind::Number) {
        if (chopZeroFraction(r.studentNo))
            fraction = true;
        warning(StudentField::StudentNo, "student_no.number_cell",
                tr("The student number %1 was stored by the spreadsheet as a number, so leading zeros may have "
                   "been lost. Check it, and format the column as text.")
                    .arg(r.studentNo));
    } else if (r.studentNo.contains(u'E') && looksLikeScientificNotation(r.studentNo)) {
        warning(StudentField::StudentNo, "student_no.number_cell",
                tr("The student number \"%1\" is in scientific notation: a spreadsheet stored it as a number and "
                   "may have lost digits. Format the column as text and enter the number again.")
                    .arg(r.studentNo));
    }

    if (fullWidth)
        flags |= flag(Normalisation::FullWidth);
    if (spaces)
        flags |= flag(Normalisation::Spaces);
    if (fraction)
        flags |= flag(Normalisation::NumberAsText);

    // The record's own rules; a field that already has a conversion error is not reported twice.
    // Nor is a missing ID type when the number is broken: it would be assumed once the number is fixed.
    bool fieldHasError[kFieldCount] = {};
    fieldHasError[int(StudentField::IdType)] = typeText.isEmpty() && idBroken;
    for (const FieldIssue &i : std::as_const(issues)) {
        if (i.severity == FieldIssue::Severity::Error)
            fieldHasError[int(i.field)] = true;
    }
    const QList<FieldIssue> rules = validateStudent(r, m_today);
    for (const FieldIssue &i : rules) {
        if (!fieldHasError[int(i.field)])
            issues.append(i);
    }
    if (issues.size() > 1)
        std::stable_sort(issues.begin(), issues.end(),
                         [](const FieldIssue &a, const FieldIssue &b) { return int(a.field) < int(b.field); });
    return out;
}

} // namespace cet
