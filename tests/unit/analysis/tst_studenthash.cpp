#include "IdNumber.h"
#include "StudentHash.h"

#include <QTest>

using namespace cet;

namespace {

StudentRecord sample()
{
    StudentRecord r;
    r.name = QStringLiteral("张三");
    r.gender = Gender::Male;
    r.idType = IdType::ResidentId;
    r.idNumber = QStringLiteral("11010519491231002X");
    r.schoolCode = QStringLiteral("99101");
    r.campusCode = QStringLiteral("991010");
    r.education = Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2024;
    r.grade = QStringLiteral("2024");
    r.department = QStringLiteral("计算机学院");
    r.major = QStringLiteral("软件工程");
    r.className = QStringLiteral("1班");
    r.studentNo = QStringLiteral("0012345");
    r.note = QStringLiteral("转专业");
    return r;
}

} // namespace

// The expected values were computed independently (a few lines of Python implementing FNV-1a 64
// over UTF-16LE bytes with a 0xFFFF unit after each part). They may be stored in databases:
// if one of these comparisons fails, the hash changed and stored plans would no longer match.
class TestStudentHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identityFixedValues()
    {
        QCOMPARE(studentIdentityHash(IdType::ResidentId, u"11010519491231002X"), 0x2b9613711d3bf5d6ULL);
        QCOMPARE(studentIdentityHash(IdType::Passport, u"E12345678"), 0xa3907f02c67998b0ULL);
        QCOMPARE(studentIdentityHash(IdType::HongKongId, u"A123456(3)"), 0x82d5b6d41ee70098ULL);
        QCOMPARE(studentIdentityHash(IdType::Unknown, QStringView()), 0x1229160cbc067709ULL);
        // Latin-1 units, the first unit above it and a surrogate pair: every byte path of the hash.
        QCOMPARE(studentIdentityHash(IdType::Passport, u"José Müller ÿ\u0100😀"), 0x94ab8ea3b37d1e33ULL);
    }
    void identityDistinguishesParts()
    {
        // The separator unit keeps "1" + "2…" apart from "12" + "…".
        QVERIFY(studentIdentityHash(IdType::ResidentId, u"23") != studentIdentityHash(IdType(12), u"3"));
        QVERIFY(studentIdentityHash(IdType::ResidentId, u"E12345678")
                != studentIdentityHash(IdType::Passport, u"E12345678"));
    }
    void contentFixedValues()
    {
        QCOMPARE(studentContentHash(StudentRecord()), 0x46018dea3ac1e277ULL);
        QCOMPARE(studentContentHash(sample()), 0x3d0d3e7345c92ef6ULL);
    }
    void contentOverloadsAgree()
    {
        const StudentRecord r = sample();
        std::array<QString, int(StudentField::Count_)> texts;
        std::array<QStringView, int(StudentField::Count_)> views;
        for (int i = 0; i < int(StudentField::Count_); ++i) {
            texts[i] = r.fieldText(StudentField(i));
            views[i] = texts[i];
        }
        QCOMPARE(studentContentHash(views), studentContentHash(r));
    }
    void contentIgnoresBookkeeping()
    {
        StudentRecord a = sample();
        StudentRecord b = a;
        b.id = 42;
        b.rowVersion = 7;
        b.serverVersion = 3;
        b.updatedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(studentContentHash(a), studentContentHash(b));
    }
    void contentSeesEveryField()
    {
        const quint64 base = studentContentHash(sample());
        for (int f = 0; f < int(StudentField::Count_); ++f) {
            StudentRecord r = sample();
            switch (StudentField(f)) {
            case StudentField::Gender: r.gender = Gender::Female; break;
            case StudentField::IdType: r.idType = IdType::Passport; break;
            case StudentField::Education: r.education = Education::Master; break;
            case StudentField::ProgramYears: r.programYears = 5; break;
            case StudentField::EnrolYear: r.enrolYear = 2023; break;
            case StudentField::Name: r.name += u'x'; break;
            case StudentField::IdNumber: r.idNumber[0] = u'2'; break;
            case StudentField::SchoolCode: r.schoolCode[0] = u'8'; break;
            case StudentField::CampusCode: r.campusCode[0] = u'8'; break;
            case StudentField::Grade: r.grade += u'x'; break;
            case StudentField::Department: r.department += u'x'; break;
            case StudentField::Major: r.major += u'x'; break;
            case StudentField::ClassName: r.className += u'x'; break;
            case StudentField::StudentNo: r.studentNo = r.studentNo.mid(1); break; // a lost leading zero
            case StudentField::Note: r.note.clear(); break;
            case StudentField::Count_: break;
            }
            QVERIFY2(studentContentHash(r) != base, qPrintable(QString::number(f)));
        }
        // A value moved to the neighbouring field is a different record.
        StudentRecord moved = sample();
        moved.major = moved.department + moved.major;
        moved.department.clear();
        QVERIFY(studentContentHash(moved) != base);
    }
};

QTEST_GUILESS_MAIN(TestStudentHash)
#include "tst_studenthash.moc"
