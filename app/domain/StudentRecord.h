#pragma once

#include "IdType.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cet {

enum class Gender : int { Unknown = 0, Male = 1, Female = 2 };

// 学历
enum class Education : int {
    Unknown = 0,
    JuniorCollege = 1, // 专科
    Bachelor = 2,      // 本科
    Master = 3,        // 硕士研究生
    Doctorate = 4,     // 博士研究生
};

// Every field of a student record, in the order the Students table shows them.
enum class StudentField : int {
    Name,
    Gender,
    IdType,
    IdNumber,
    SchoolCode,
    CampusCode,
    Education,
    ProgramYears,
    EnrolYear,
    Grade,
    Department,
    Major,
    ClassName,
    StudentNo,
    Note,
    Count_ // not a field: the number of fields
};

// 学籍: one student of one school, as the school's registry knows them.
// Identity key: (idType, idNumber). `id` is the local row id (0 = not stored yet).
struct StudentRecord
{
    qint64 id = 0;
    QString name;              // 姓名
    Gender gender = Gender::Unknown; // 性别
    IdType idType = IdType::Unknown; // 证件类型
    QString idNumber;          // 证件号码 (normalised)
    QString schoolCode;        // 学校代码, 5 digits
    QString campusCode;        // 校区代码, 6 digits = school code + 1 digit
    Education education = Education::Unknown; // 学历
    int programYears = 0;      // 学制
    int enrolYear = 0;         // 入学年份
    QString grade;             // 年级
    QString department;        // 院系
    QString major;             // 专业
    QString className;         // 班级
    QString studentNo;         // 学号 (text: leading zeros matter)
    QString note;              // 备注

    // Bookkeeping kept by the store.
    qint64 rowVersion = 0;     // bumped by every local write
    qint64 serverVersion = 0;  // last version seen from cet-central (0 = never synced)
    QDateTime updatedAt;

    bool operator==(const StudentRecord &o) const;
    bool operator!=(const StudentRecord &o) const { return !(*this == o); }
    // Equal student data (every field of StudentField), ignoring id and bookkeeping.
    bool sameContent(const StudentRecord &o) const;

    // Field access by enum, as display/edit text (gender, idType and education as their codes;
    // 0 / Unknown as an empty string).
    QString fieldText(StudentField field) const;
};

// One problem with one field of a record.
struct FieldIssue
{
    enum class Severity { Error, Warning };
    StudentField field;
    Severity severity = Severity::Error;
    Error error;
};

} // namespace cet

Q_DECLARE_METATYPE(cet::StudentRecord)
