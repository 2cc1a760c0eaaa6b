#pragma once

// A real database in a temporary folder with the students the photo tests match against.

#include "Database.h"
#include "IdNumber.h"
#include "StudentRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace phototest {

inline QString residentId(const QString &first17)
{
    return first17 + cet::residentIdCheckChar(first17);
}

struct PhotoStudents
{
    QTemporaryDir dir;
    std::unique_ptr<cet::Database> db;
    // Students by role in the tests.
    cet::StudentRecord zhang, li, passport, twinA, twinB, permit, travel, deleted;

    QString dbPath() const { return dir.filePath(QStringLiteral("cetdesk.sqlite")); }

    void setUp()
    {
        auto opened = cet::Database::open(dbPath());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        db = std::move(opened).value();
        const auto make = [](const char *name, cet::IdType type, const QString &number, const QString &no) {
            cet::StudentRecord r;
            r.name = QString::fromUtf8(name);
            r.idType = type;
            r.idNumber = number;
            r.studentNo = no;
            r.schoolCode = QStringLiteral("99101");
            r.campusCode = QStringLiteral("991010");
            return r;
        };
        using cet::IdType;
        QList<cet::StudentRecord> all{
            make("张三", IdType::ResidentId, residentId(QStringLiteral("11010119900307123")), QStringLiteral("2021001")),
            make("李四", IdType::ResidentId, residentId(QStringLiteral("11010119910101456")), QStringLiteral("2021002")),
            // A passport number that is also 李四's 学号: the ID number wins.
            make("Anna Müller", IdType::Passport, QStringLiteral("2021002"), QStringLiteral("2021003")),
            // Two students with one 学号 (two campuses numbering alike).
            make("王五", IdType::ResidentId, residentId(QStringLiteral("11010119920202789")), QStringLiteral("2021009")),
            make("赵六", IdType::ResidentId, residentId(QStringLiteral("11010119930303135")), QStringLiteral("2021009")),
            // One number under two ID types.
            make("陈七", IdType::TaiwanTravelPermit, QStringLiteral("12345678"), QStringLiteral("2021011")),
            make("周八", IdType::Passport, QStringLiteral("12345678"), QStringLiteral("2021012")),
            make("吴九", IdType::ResidentId, residentId(QStringLiteral("11010119940404246")), QStringLiteral("2021010")),
        };
        cet::StudentRepository repo(*db);
        auto inserted = repo.insert(all);
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().detail));
        zhang = all[0];
        li = all[1];
        passport = all[2];
        twinA = all[3];
        twinB = all[4];
        permit = all[5];
        travel = all[6];
        deleted = all[7];
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE students SET deleted_at = '2024-01-01T00:00:00.000Z' WHERE id = %1")
                           .arg(deleted.id)));
    }

    qint64 photoCount() const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM student_photos")) || !q.next())
            qFatal("count failed");
        return q.value(0).toLongLong();
    }
};

} // namespace phototest
