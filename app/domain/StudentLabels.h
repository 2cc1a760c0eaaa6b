#pragma once

#include "Result.h"
#include "StudentRecord.h"

#include <QCoreApplication>
#include <QString>

namespace cet {

class StudentLabels
{
    Q_DECLARE_TR_FUNCTIONS(cet::StudentLabels)
public:
    StudentLabels() = delete;
};

// 学历 as the data value of files and the server: 专科 / 本科 / 硕士研究生 / 博士研究生 (empty for Unknown).
QString educationLabel(Education education);
// Translated for display ("Junior college", "Bachelor", "Master", "Doctorate").
QString educationDisplayName(Education education);
// Accepts the data values, common short forms (大专, 硕士, 研究生 → 硕士研究生, 博士), codes 1..4 and the
// English names. Errors: "student.education_unknown".
Result<Education> educationFromLabel(const QString &label);

// 性别 as the data value: 男 / 女 (empty for Unknown).
QString genderLabel(Gender gender);
// Translated for display ("Male", "Female").
QString genderDisplayName(Gender gender);
// Accepts 男/女, M/F, Male/Female (any case), 1/2. Errors: "student.gender_unknown".
Result<Gender> genderFromLabel(const QString &label);

// Column / field name for display (English source text: "Name", "Gender", ...).
QString studentFieldLabel(StudentField field);

} // namespace cet
