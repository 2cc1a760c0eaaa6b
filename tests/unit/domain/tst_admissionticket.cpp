// Unit tests of admission ticket number parsing.
#include "AdmissionTicket.h"

#include <QtTest>

using namespace cet;

class TestAdmissionTicket : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestAdmissionTicket::parse_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("centre");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("sitting");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("seat");
    QTest::addColumn<bool>("oral");
    const auto ok = [](const char *tag, const char *n, const char *centre, int year, int sitting, int month,
                        const char *subject, const char *room, const char *seat, bool oral) {
        QTest::newRow(tag) << QString::fromLatin1(n) << QString() << QString::fromLatin1(centre) << year << sitting
                           << month << QString::fromLatin1(subject) << QString::fromLatin1(room)
                           << QString::fromLatin1(seat) << oral;
    };
    const auto bad = [](const char *tag, const QString &n, const char *code) {
        QTest::newRow(tag) << n << QString::fromLatin1(code) << QString() << 0 << 0 << 0 << QString() << QString()
                           << QString() << false;
    };
    ok("cet4-june-2019", "991011191101201", "991011", 2019, 1, 6, "1", "012", "01", false);
    ok("cet6-dec-2005", "330011052200130", "330011", 2005, 2, 12, "2", "001", "30", false);
    ok("french-2024", "110010241912345", "110010", 2024, 1, 6, "9", "123", "45", false);
    ok("year-99", "110010991100101", "110010", 1999, 1, 6, "1", "001", "01", false);
    ok("year-87", "110010871100101", "110010", 1987, 1, 6, "1", "001", "01", false);
    ok("year-86", "110010861100101", "110010", 2086, 1, 6, "1", "001", "01", false);
    ok("oral-F", "F99101124100101", "991011", 2024, 1, 5, "F", "001", "01", true);
    ok("oral-S-nov", "S99101124200215", "991011", 2024, 2, 11, "S", "002", "15", true);
    ok("oral-lower", "s99101124200215", "991011", 2024, 2, 11, "S", "002", "15", true);
    ok("spaces", " 991011191101201 ", "991011", 2019, 1, 6, "1", "012", "01", false);
    bad("empty", QString(), "ticket.empty");
    bad("14", QStringLiteral("99101119101230"), "ticket.length");
    bad("16", QStringLiteral("9910111910123011"), "ticket.length");
    bad("letter", QStringLiteral("99101119101230A"), "ticket.format");
    bad("oral-letter-inside", QStringLiteral("F9910112410010A"), "ticket.format");
    bad("other-letter", QStringLiteral("A99101124100101"), "ticket.format");
    bad("fullwidth", QString::fromUtf8("９９１０１１１９１０１２３０１"), "ticket.format");
    bad("sitting-0", QStringLiteral("991011190101230"), "ticket.sitting");
    bad("sitting-3", QStringLiteral("991011193101230"), "ticket.sitting");
    bad("oral-sitting-5", QStringLiteral("F99101124500101"), "ticket.sitting");
    bad("subject-0", QStringLiteral("991011191001230"), "ticket.subject");
    bad("sci", QStringLiteral("9.91011E+14"), "ticket.length");
}

void TestAdmissionTicket::parse()
{
    QFETCH(QString, number);
    QFETCH(QString, errorCode);
    const Result<AdmissionTicket> r = parseAdmissionTicket(number);
    if (!errorCode.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errorCode);
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().code));
    QFETCH(QString, centre);
    QFETCH(int, year);
    QFETCH(int, sitting);
    QFETCH(int, month);
    QFETCH(QString, subject);
    QFETCH(QString, room);
    QFETCH(QString, seat);
    QFETCH(bool, oral);
    const AdmissionTicket &t = r.value();
    QCOMPARE(t.number, number.trimmed().toUpper());
    QCOMPARE(t.centreCode(), centre);
    QCOMPARE(t.region + t.school + t.campus, centre);
    QCOMPARE(t.year, year);
    QCOMPARE(t.sitting, sitting);
    QCOMPARE(t.month(), month);
    QCOMPARE(t.subjectCode, subject);
    QCOMPARE(t.room, room);
    QCOMPARE(t.seat, seat);
    QCOMPARE(t.oral, oral);
}

QTEST_GUILESS_MAIN(TestAdmissionTicket)
#include "tst_admissionticket.moc"
