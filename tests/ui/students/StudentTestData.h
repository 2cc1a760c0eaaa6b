#pragma once

// Records for the Students page tests, valid by the domain rules, built in code.

#include "IdNumber.h"
#include "StudentRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cet::test {

// A valid resident ID number, unique per `n` (n < 999 * 3650).
inline QString residentId(int n)
{
    const QDate birth = QDate(2004, 1, 1).addDays(n / 999);
    const QString first17 = QStringLiteral("110101") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(n % 999 + 1, 3, 10, QLatin1Char('0'));
    return first17 + residentIdCheckChar(first17);
}

// Student n (0-based): names alternate 张/李, departments 计算机学院/外国语学院 (every other),
// campuses 991010 / 991011 (first half / second half), 学号 "2023" + 4 digits (n + 1).
inline StudentRecord makeStudent(int n, int total)
{
    StudentRecord r;
    r.name = (n % 2 == 0 ? QStringLiteral("张") : QStringLiteral("李")) + QStringLiteral("同学%1").arg(n + 1);
    r.idType = IdType::ResidentId;
    r.idNumber = residentId(n);
    r.gender = genderFromIdNumber(r.idNumber);
    r.schoolCode = QStringLiteral("99101");
    r.campusCode = n < total / 2 ? QStringLiteral("991010") : QStringLiteral("991011");
    r.education = Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2023;
    r.grade = QStringLiteral("2023");
    r.department = n % 2 == 0 ? QStringLiteral("计算机学院") : QStringLiteral("外国语学院");
    r.major = n % 2 == 0 ? QStringLiteral("软件工程") : QStringLiteral("英语");
    r.className = QStringLiteral("%1班").arg(n % 5 + 1);
    r.studentNo = QStringLiteral("2023%1").arg(n + 1, 4, 10, QLatin1Char('0'));
    return r;
}

inline QList<StudentRecord> makeStudents(int total)
{
    QList<StudentRecord> list;
    list.reserve(total);
    for (int n = 0; n < total; ++n)
        list.append(makeStudent(n, total));
    return list;
}

} // namespace cet::test
