#pragma once

// Valid student records (domain rules) as wire JSON, and push ops, for the HTTP tests.

#include "IdNumber.h"
#include "StudentFields.h"
#include "StudentRecord.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace cet::test {

// A valid resident ID number, unique per `n`.
inline QString residentId(int n)
{
    const QDate birth = QDate(2004, 1, 1).addDays(n / 999);
    const QString first17 = QStringLiteral("110101") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(n % 999 + 1, 3, 10, QLatin1Char('0'));
    return first17 + residentIdCheckChar(first17);
}

// Student n of school `school` (campus = school + "1").
inline StudentRecord makeStudent(int n, const QString &school)
{
    StudentRecord r;
    r.name = QStringLiteral("测试同学%1").arg(n + 1);
    r.idType = IdType::ResidentId;
    r.idNumber = residentId(n);
    r.gender = genderFromIdNumber(r.idNumber);
    r.schoolCode = school;
    r.campusCode = school + QLatin1Char('1');
    r.education = Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2023;
    r.grade = QStringLiteral("2023");
    r.department = QStringLiteral("计算机学院");
    r.major = QStringLiteral("软件工程");
    r.className = QStringLiteral("1班");
    r.studentNo = QStringLiteral("2023%1").arg(n + 1, 4, 10, QLatin1Char('0'));
    return r;
}

// An upsert op creating `r` (every field [null, value]).
inline QJsonObject createOp(const QString &opId, const StudentRecord &r)
{
    QJsonObject changes;
    const QJsonObject fields = protocol::studentToJson(r);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("id_type") || it.key() == QLatin1String("id_number"))
            continue;
        changes.insert(it.key(), QJsonArray { QJsonValue(), it.value() });
    }
    return { { QStringLiteral("op_id"), opId }, { QStringLiteral("entity"), QStringLiteral("student") },
        { QStringLiteral("key"), protocol::studentKey(r) }, { QStringLiteral("base_version"), 0 },
        { QStringLiteral("kind"), QStringLiteral("upsert") }, { QStringLiteral("changes"), changes } };
}

// An upsert op changing one field.
inline QJsonObject editOp(const QString &opId, const QString &key, qint64 baseVersion, const QString &field,
    const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return { { QStringLiteral("op_id"), opId }, { QStringLiteral("entity"), QStringLiteral("student") },
        { QStringLiteral("key"), key }, { QStringLiteral("base_version"), baseVersion },
        { QStringLiteral("kind"), QStringLiteral("upsert") },
        { QStringLiteral("changes"), QJsonObject { { field, QJsonArray { oldValue, newValue } } } } };
}

inline QJsonObject pushBody(const QJsonArray &ops, const QJsonValue &epoch = QJsonValue())
{
    return { { QStringLiteral("epoch"), epoch }, { QStringLiteral("ops"), ops } };
}

} // namespace cet::test
