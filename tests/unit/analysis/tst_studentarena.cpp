#include "StudentArena.h"
#include "StudentHash.h"

#include <QTest>

using namespace cet;

namespace {

// A different record per index, some with long notes so that rows fill chunks quickly and land
// on chunk boundaries; some with empty fields and Unknown codes.
StudentRecord recordFor(int i)
{
    StudentRecord r;
    r.name = QStringLiteral("学生%1").arg(i);
    r.gender = Gender(i % 3);
    r.idType = IdType(i % 9);
    r.idNumber = i % 7 == 0 ? QString() : QStringLiteral("11010520%1").arg(i, 10, 10, QLatin1Char('0'));
    r.schoolCode = QStringLiteral("99101");
    r.campusCode = QStringLiteral("99101%1").arg(i % 10);
    r.education = Education(i % 5);
    r.programYears = i % 9;
    r.enrolYear = i % 4 == 0 ? 0 : 2000 + i % 26;
    r.grade = QString::number(2000 + i % 26);
    r.department = i % 2 ? QStringLiteral("计算机学院") : QString();
    r.major = QStringLiteral("专业%1").arg(i % 13);
    r.className = QStringLiteral("%1班").arg(i % 8);
    r.studentNo = QStringLiteral("%1").arg(i, 9, 10, QLatin1Char('0'));
    r.note = i % 5 == 0 ? QString(1000 + i % 997, QChar(u'注')) : QString();
    return r;
}

} // namespace

class TestStudentArena : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void empty()
    {
        StudentArena arena;
        QCOMPARE(arena.size(), 0);
        QCOMPARE(arena.bytesUsed(), 0);
    }

    void roundTripManyRowsAcrossChunks()
    {
        constexpr int rows = 20000; // about 4.5 M characters: several chunks
        StudentArena arena;
        arena.reserve(rows);
        for (int i = 0; i < rows; ++i)
            QCOMPARE(arena.append(recordFor(i)), qsizetype(i));
        QCOMPARE(arena.size(), qsizetype(rows));
        QVERIFY(arena.bytesUsed() > 3 * StudentArena::ChunkChars * 2);

        for (int i = 0; i < rows; ++i) {
            const StudentRecord expected = recordFor(i);
            const StudentRecord got = arena.record(i);
            if (!got.sameContent(expected))
                QFAIL(qPrintable(QStringLiteral("row %1 differs: %2").arg(i).arg(got.name)));
            for (int f = 0; f < int(StudentField::Count_); ++f) {
                if (arena.text(i, StudentField(f)) != expected.fieldText(StudentField(f)))
                    QFAIL(qPrintable(QStringLiteral("row %1 field %2").arg(i).arg(f)));
            }
            QCOMPARE(arena.number(i, StudentField::Gender), int(expected.gender));
            QCOMPARE(arena.number(i, StudentField::IdType), int(expected.idType));
            QCOMPARE(arena.number(i, StudentField::Education), int(expected.education));
            QCOMPARE(arena.number(i, StudentField::ProgramYears), expected.programYears);
            QCOMPARE(arena.number(i, StudentField::EnrolYear), expected.enrolYear);
            QCOMPARE(arena.identityHash(i), studentIdentityHash(expected.idType, expected.idNumber));
            QCOMPARE(arena.contentHash(i), studentContentHash(expected));
        }
    }

    void viewsStayValidWhileAppending()
    {
        StudentArena arena;
        arena.append(recordFor(1));
        const QStringView name = arena.text(0, StudentField::Name);
        const QStringView idNumber = arena.text(0, StudentField::IdNumber);
        const char16_t *namePointer = name.utf16();
        for (int i = 0; i < 10000; ++i)
            arena.append(recordFor(i + 2));
        QCOMPARE(arena.text(0, StudentField::Name).utf16(), namePointer);
        QCOMPARE(name, QStringLiteral("学生1"));
        QCOMPARE(idNumber, recordFor(1).idNumber);

        // Moving the arena keeps the buffers, so views stay valid.
        StudentArena moved = std::move(arena);
        QCOMPARE(moved.text(0, StudentField::Name).utf16(), namePointer);
        QCOMPARE(name, QStringLiteral("学生1"));
    }

    void copyIsDeepAndIndependent()
    {
        StudentArena a;
        for (int i = 0; i < 3000; ++i)
            a.append(recordFor(i));
        StudentArena b = a;
        QVERIFY(a.text(5, StudentField::Name).utf16() != b.text(5, StudentField::Name).utf16());
        b.append(recordFor(99999));
        a.append(recordFor(88888));
        QCOMPARE(a.record(3000).name, recordFor(88888).name);
        QCOMPARE(b.record(3000).name, recordFor(99999).name);
        for (int i = 0; i < 3000; i += 97) {
            QVERIFY(a.record(i).sameContent(recordFor(i)));
            QVERIFY(b.record(i).sameContent(recordFor(i)));
        }
        StudentArena c;
        c = b;
        QVERIFY(c.record(3000).sameContent(recordFor(99999)));
    }

    void clearEmpties()
    {
        StudentArena arena;
        for (int i = 0; i < 100; ++i)
            arena.append(recordFor(i));
        arena.clear();
        QCOMPARE(arena.size(), 0);
        QCOMPARE(arena.append(recordFor(7)), 0);
        QVERIFY(arena.record(0).sameContent(recordFor(7)));
    }

    void negativeAndEmptyNumbers()
    {
        StudentRecord r;
        r.programYears = -3;
        r.enrolYear = 0;
        StudentArena arena;
        arena.append(r);
        QCOMPARE(arena.text(0, StudentField::ProgramYears), u"-3");
        QCOMPARE(arena.number(0, StudentField::ProgramYears), -3);
        QVERIFY(arena.text(0, StudentField::EnrolYear).isEmpty());
        QCOMPARE(arena.number(0, StudentField::EnrolYear), 0);
        QCOMPARE(arena.contentHash(0), studentContentHash(r));
    }

    void oversizedRowIsCutToFit()
    {
        // RowConverter never produces this; the arena still must not corrupt its offsets.
        StudentRecord r = recordFor(3);
        r.note = QString(70000, QChar(u'x'));
        StudentArena arena;
        arena.append(recordFor(1));
        arena.append(r);
        arena.append(recordFor(2));
        QCOMPARE(arena.record(1).name, r.name);
        qsizetype total = 0;
        for (int f = 0; f < int(StudentField::Count_); ++f)
            total += arena.text(1, StudentField(f)).size();
        QCOMPARE(total, qsizetype(0xFFFF));
        QVERIFY(arena.record(2).sameContent(recordFor(2)));
    }
};

QTEST_GUILESS_MAIN(TestStudentArena)
#include "tst_studentarena.moc"
