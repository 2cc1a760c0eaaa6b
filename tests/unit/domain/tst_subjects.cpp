// Unit tests of the subject catalogue, the subject combination rules and the subjects a
// restriction list entry bars.
#include "Subject.h"
#include "SubjectRestriction.h"
#include "SubjectRules.h"

#include <QtTest>

using namespace cet;

class TestSubjects : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data();
    void catalogue();
    void unknownCode();
    void writtenCombination_data();
    void writtenCombination();
    void oralAllowed_data();
    void oralAllowed();
    void restriction();
};

void TestSubjects::catalogue_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("oral");
    QTest::addColumn<int>("slot");
    QTest::addColumn<bool>("juneOnly");
    QTest::addColumn<QString>("label");
    using L = SubjectLanguage;
    const auto row
        = [](const char *code, L lang, int level, bool oral, TimeSlot slot, bool juneOnly, const char *label) {
              QTest::newRow(code) << QString::fromLatin1(code) << int(lang) << level << oral << int(slot) << juneOnly
                                  << QString::fromUtf8(label);
          };
    row("1", L::English, 4, false, TimeSlot::WrittenMorning, false, "英语四级");
    row("2", L::English, 6, false, TimeSlot::WrittenAfternoon, false, "英语六级");
    row("3", L::Japanese, 4, false, TimeSlot::WrittenMorning, true, "日语四级");
    row("4", L::Japanese, 6, false, TimeSlot::WrittenAfternoon, true, "日语六级");
    row("5", L::German, 4, false, TimeSlot::WrittenMorning, true, "德语四级");
    row("6", L::German, 6, false, TimeSlot::WrittenAfternoon, true, "德语六级");
    row("7", L::Russian, 4, false, TimeSlot::WrittenMorning, true, "俄语四级");
    row("8", L::Russian, 6, false, TimeSlot::WrittenAfternoon, true, "俄语六级");
    row("9", L::French, 4, false, TimeSlot::WrittenMorning, true, "法语四级");
    row("F", L::English, 4, true, TimeSlot::Oral, false, "英语四级口试 (CET-SET4)");
    row("S", L::English, 6, true, TimeSlot::Oral, false, "英语六级口试 (CET-SET6)");
}

void TestSubjects::catalogue()
{
    QFETCH(QString, code);
    QFETCH(int, language);
    QFETCH(int, level);
    QFETCH(bool, oral);
    QFETCH(int, slot);
    QFETCH(bool, juneOnly);
    QFETCH(QString, label);
    const Result<Subject> r = subjectByCode(code);
    QVERIFY(r.ok());
    const Subject &s = r.value();
    QCOMPARE(s.code, code);
    QCOMPARE(int(s.language), language);
    QCOMPARE(s.level, level);
    QCOMPARE(s.isOral(), oral);
    QCOMPARE(s.isWritten(), !oral);
    QCOMPARE(int(s.slot), slot);
    QCOMPARE(s.juneOnly, juneOnly);
    QCOMPARE(s.label, label);
    QVERIFY(!s.displayName().isEmpty());
    QVERIFY(subjectByCode(code.toLower()).ok());
}

void TestSubjects::unknownCode()
{
    QCOMPARE(allSubjects().size(), 11);
    for (const char *c : { "0", "A", "10", "", "f1" }) {
        const Result<Subject> r = subjectByCode(QString::fromLatin1(c));
        QVERIFY2(!r.ok(), c);
        QCOMPARE(r.error().code, QStringLiteral("subject.unknown"));
    }
    QCOMPARE(writtenSubjectCodes(4),
        QStringList({ QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("7"),
            QStringLiteral("9") }));
    QCOMPARE(writtenSubjectCodes(6),
        QStringList({ QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("8") }));
    QCOMPARE(oralSubjectCodes(), QStringList({ QStringLiteral("F"), QStringLiteral("S") }));
}

void TestSubjects::writtenCombination_data()
{
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("errorCode");
    const auto row = [](const char *tag, std::initializer_list<const char *> codes, const char *error) {
        QStringList list;
        for (const char *c : codes)
            list.append(QString::fromLatin1(c));
        QTest::newRow(tag) << list << QString::fromLatin1(error);
    };
    row("none", {}, "");
    row("cet4", { "1" }, "");
    row("cet4+cet6", { "1", "2" }, "");
    row("cet4+jp6", { "1", "4" }, "");
    row("fr4+en6", { "9", "2" }, "");
    row("with-oral", { "1", "F", "2", "S" }, "");
    row("cet4+jp4", { "1", "3" }, "subject.same_level");
    row("cet6+de6", { "2", "6" }, "subject.same_level");
    row("ru4+fr4", { "7", "9" }, "subject.same_level");
    row("three", { "1", "2", "5" }, "subject.same_level");
    row("dup", { "1", "1" }, "subject.duplicate");
    row("unknown", { "1", "X" }, "subject.unknown");
    // Every pair of same-level written subjects is refused, every mixed-level pair accepted.
    const QStringList written = { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
        QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9") };
    for (const QString &a : written) {
        for (const QString &b : written) {
            if (a >= b)
                continue;
            const bool sameLevel = subjectByCode(a).value().level == subjectByCode(b).value().level;
            QTest::newRow(qPrintable(QStringLiteral("pair-%1-%2").arg(a, b)))
                << QStringList({ a, b }) << (sameLevel ? QStringLiteral("subject.same_level") : QString());
        }
    }
}

void TestSubjects::writtenCombination()
{
    QFETCH(QStringList, codes);
    QFETCH(QString, errorCode);
    const Result<void> r = checkWrittenCombination(codes);
    if (errorCode.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().code));
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errorCode);
        if (errorCode == QLatin1String("subject.same_level"))
            QCOMPARE(r.error().message, QStringLiteral("Only one written subject of the same level can be taken"));
    }
}

void TestSubjects::oralAllowed_data()
{
    QTest::addColumn<QString>("oral");
    QTest::addColumn<QStringList>("written");
    QTest::addColumn<QString>("errorCode");
    const QString ok;
    QTest::newRow("F-with-1") << QStringLiteral("F") << QStringList { QStringLiteral("1") } << ok;
    QTest::newRow("f-lower-with-1") << QStringLiteral("f") << QStringList { QStringLiteral("1") } << ok;
    QTest::newRow("S-with-2") << QStringLiteral("S") << QStringList { QStringLiteral("1"), QStringLiteral("2") } << ok;
    QTest::newRow("F-alone") << QStringLiteral("F") << QStringList() << QStringLiteral("subject.oral_needs_written");
    QTest::newRow("S-alone") << QStringLiteral("S") << QStringList() << QStringLiteral("subject.oral_needs_written");
    QTest::newRow("F-with-2") << QStringLiteral("F") << QStringList { QStringLiteral("2") }
                              << QStringLiteral("subject.oral_needs_written");
    QTest::newRow("S-with-1") << QStringLiteral("S") << QStringList { QStringLiteral("1") }
                              << QStringLiteral("subject.oral_needs_written");
    QTest::newRow("F-with-jp4") << QStringLiteral("F") << QStringList { QStringLiteral("3") }
                                << QStringLiteral("subject.oral_needs_written");
    QTest::newRow("written-code") << QStringLiteral("1") << QStringList { QStringLiteral("1") }
                                  << QStringLiteral("subject.not_oral");
    QTest::newRow("unknown") << QStringLiteral("Q") << QStringList { QStringLiteral("1") }
                             << QStringLiteral("subject.unknown");
}

void TestSubjects::oralAllowed()
{
    QFETCH(QString, oral);
    QFETCH(QStringList, written);
    QFETCH(QString, errorCode);
    const Result<void> r = checkOralAllowed(oral, written);
    if (errorCode.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().code));
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errorCode);
        QVERIFY(!r.error().message.isEmpty());
    }
    QCOMPARE(writtenSubjectRequiredFor(QStringLiteral("F")), QStringLiteral("1"));
    QCOMPARE(writtenSubjectRequiredFor(QStringLiteral("S")), QStringLiteral("2"));
    QVERIFY(writtenSubjectRequiredFor(QStringLiteral("1")).isEmpty());
    QCOMPARE(oralSubjectsRequiring(QStringLiteral("1")), QStringList{ QStringLiteral("F") });
    QCOMPARE(oralSubjectsRequiring(QStringLiteral(" 2")), QStringList{ QStringLiteral("S") });
    QVERIFY(oralSubjectsRequiring(QStringLiteral("3")).isEmpty());
    QVERIFY(oralSubjectsRequiring(QStringLiteral("F")).isEmpty());
    QVERIFY(oralSubjectsRequiring(QString()).isEmpty());
}

void TestSubjects::restriction()
{
    // Nothing barred by default.
    QVERIFY(!SubjectRestriction().restricts(QStringLiteral("1")));
    QVERIFY(SubjectRestriction().isEmpty());
    // A barred written subject bars its oral test; other subjects stay open.
    const auto cet6 = SubjectRestriction::parse(QStringLiteral(" 2 "));
    QVERIFY(cet6.ok());
    QVERIFY(cet6.value().restricts(QStringLiteral("2")));
    QVERIFY(cet6.value().restricts(QStringLiteral("s")));
    QVERIFY(!cet6.value().restricts(QStringLiteral("1")));
    QVERIFY(!cet6.value().restricts(QStringLiteral("F")));
    // Only the oral test: the written one stays open.
    const auto oral = SubjectRestriction::parse(QStringLiteral("F"));
    QVERIFY(oral.value().restricts(QStringLiteral("F")) && !oral.value().restricts(QStringLiteral("1")));
    // Every subject.
    for (const QString &all : { QStringLiteral("*"), QStringLiteral("ALL") }) {
        const auto every = SubjectRestriction::parse(all);
        QVERIFY(every.ok());
        QCOMPARE(every.value().text(), QStringLiteral("*"));
        for (const Subject &s : allSubjects())
            QVERIFY(every.value().restricts(s.code));
    }
    // Stored in catalogue order without repeats, whatever the separators.
    QCOMPARE(SubjectRestriction::parse(QStringLiteral("S，2 1,2")).value().text(), QStringLiteral("1,2,S"));
    // Nothing named, or a code not in the catalogue: refused.
    QCOMPARE(SubjectRestriction::parse(QStringLiteral(" , ")).error().code, QStringLiteral("restriction.subjects"));
    QCOMPARE(SubjectRestriction::parse(QStringLiteral("2,X")).error().code, QStringLiteral("subject.unknown"));
}

QTEST_GUILESS_MAIN(TestSubjects)
#include "tst_subjects.moc"
