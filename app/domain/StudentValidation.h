#pragma once

#include "StudentRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cet {

class StudentValidation
{
    Q_DECLARE_TR_FUNCTIONS(cet::StudentValidation)
public:
    StudentValidation() = delete;
};

// Every problem of one record, in field order. `today` bounds birth dates and the enrolment year
// (1990 .. today.year() + 1). Error codes:
//   student.required            name, gender, ID type, ID number, education, grade missing
//   student.school_code         not 5 digits
//   student.campus_code         not 6 digits
//   student.campus_school_mismatch  campus code does not start with the school code
//   student.program_years       not 1..8
//   student.enrol_year          not 1990 .. today.year() + 1
//   student.gender_mismatch     gender differs from the 18-character ID number (on Gender)
//   id.*                        the ID number is invalid for its type (see validateIdNumber)
// The 学号 is text and not checked (leading zeros are kept as they are).
QList<FieldIssue> validateStudent(const StudentRecord &record, const QDate &today);
// Same, with today = the system date.
QList<FieldIssue> validateStudent(const StudentRecord &record);

} // namespace cet
