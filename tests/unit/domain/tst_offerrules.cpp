// Unit tests of the rules a campus's offers must meet (shared by the desktop and the server).
#include "OfferRules.h"

#include <QtTest>

using namespace cet;

namespace {

OfferSettings offer(const QString &subject)
{
    OfferSettings o;
    o.campusCode = QStringLiteral("100011");
    o.subject = subject;
    o.capacity = 100;
    o.feeFen = 3000;
    o.windowStart = QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC);
    o.windowEnd = QDateTime(QDate(2026, 9, 20), QTime(17, 0), Qt::UTC);
    o.examAt = QDateTime(QDate(2026, 12, 19), QTime(1, 0), Qt::UTC);
    return o;
}

SessionSpan session()
{
    return { QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC),
             QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC) };
}

QString codeOf(const Result<void> &r)
{
    return r ? QString() : r.error().code;
}

} // namespace

class TestOfferRules : public QObject
{
    Q_OBJECT

private slots:
    void campusCode_data();
    void campusCode();
    void campusName();
    void fee_data();
    void fee();
    void subject();
    void oralNeedsWritten();
    void oralFee();
    void window();
    void capacity();
    void checkOfferOrder();
};

void TestOfferRules::campusCode_data()
{
    QTest::addColumn<QString>("campus");
    QTest::addColumn<QString>("school");
    QTest::addColumn<bool>("ok");
    QTest::newRow("one-digit") << "100011" << "10001" << true;
    QTest::newRow("zero-digit") << "100010" << "10001" << true;
    QTest::newRow("other-school") << "100021" << "10001" << false;
    QTest::newRow("two-digits") << "1000112" << "10001" << false;
    QTest::newRow("no-digit") << "10001" << "10001" << false;
    QTest::newRow("letter") << "10001A" << "10001" << false;
    QTest::newRow("full-width-digit") << QStringLiteral("10001１") << "10001" << false;
    QTest::newRow("no-school") << "1" << "" << false;
}

void TestOfferRules::campusCode()
{
    QFETCH(QString, campus);
    QFETCH(QString, school);
    QFETCH(bool, ok);
    const Result<void> r = checkCampusCode(campus, school);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(r.error().code, QStringLiteral("campus.bad_code"));
        QVERIFY(r.error().message.contains(campus));
    }
}

void TestOfferRules::campusName()
{
    QVERIFY(checkCampusName(QStringLiteral("主校区")).ok());
    QCOMPARE(codeOf(checkCampusName(QStringLiteral("  "))), QStringLiteral("campus.name_required"));
    QCOMPARE(codeOf(checkCampusName(QString())), QStringLiteral("campus.name_required"));
}

void TestOfferRules::fee_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen"); // -1: refused
    QTest::newRow("whole") << "30" << qint64(3000);
    QTest::newRow("two-decimals") << "30.00" << qint64(3000);
    QTest::newRow("one-decimal") << "30.5" << qint64(3050);
    QTest::newRow("cents") << "0.07" << qint64(7);
    QTest::newRow("trailing-dot") << "12." << qint64(1200);
    QTest::newRow("spaces") << " 45.10 " << qint64(4510);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("three-decimals") << "30.001" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("comma") << "30,00" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("yuan-sign") << QStringLiteral("¥30") << qint64(-1);
}

void TestOfferRules::fee()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const Result<qint64> r = parseFeeYuan(text);
    if (fen < 0) {
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("offer.bad_fee"));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(text));
    QCOMPARE(r.value(), fen);
    QCOMPARE(parseFeeYuan(formatFeeYuan(fen)).value(), fen);
    QCOMPARE(formatFeeYuan(3050), QStringLiteral("30.50"));
    QCOMPARE(formatFeeYuan(7), QStringLiteral("0.07"));
}

void TestOfferRules::subject()
{
    const QStringList known = QStringLiteral("1 2 3 4 5 6 7 8 9 F S").split(QLatin1Char(' '));
    for (const QString &code : known)
        QVERIFY2(checkOfferSubject(code).ok(), qPrintable(code));
    QCOMPARE(codeOf(checkOfferSubject(QStringLiteral("X"))), QStringLiteral("offer.unknown_subject"));
    QCOMPARE(codeOf(checkOfferSubject(QStringLiteral("0"))), QStringLiteral("offer.unknown_subject"));
    QCOMPARE(codeOf(checkOfferSubject(QString())), QStringLiteral("offer.unknown_subject"));
}

void TestOfferRules::oralNeedsWritten()
{
    OfferSettings f = offer(QStringLiteral("F"));
    QVERIFY(checkOralHasWritten(f, { QStringLiteral("1") }).ok());
    // CET6 written does not carry the CET4 oral test.
    QCOMPARE(codeOf(checkOralHasWritten(f, { QStringLiteral("2"), QStringLiteral("3") })),
             QStringLiteral("offer.oral_without_written"));
    OfferSettings s = offer(QStringLiteral("S"));
    QCOMPARE(codeOf(checkOralHasWritten(s, { QStringLiteral("1") })), QStringLiteral("offer.oral_without_written"));
    QVERIFY(checkOralHasWritten(s, { QStringLiteral("2") }).ok());
    // An oral subject that is not offered needs nothing; written subjects need nothing.
    s.offered = false;
    QVERIFY(checkOralHasWritten(s, {}).ok());
    QVERIFY(checkOralHasWritten(offer(QStringLiteral("2")), {}).ok());
}

void TestOfferRules::oralFee()
{
    OfferSettings f = offer(QStringLiteral("F"));
    f.feeFen = 0;
    QCOMPARE(codeOf(checkOfferFee(f)), QStringLiteral("offer.fee_required"));
    f.feeFen = 1;
    QVERIFY(checkOfferFee(f).ok());
    f.feeFen = -1;
    QCOMPARE(codeOf(checkOfferFee(f)), QStringLiteral("offer.bad_fee"));
    // A written subject may be free (some schools pay for their students); an oral one not offered too.
    OfferSettings w = offer(QStringLiteral("1"));
    w.feeFen = 0;
    QVERIFY(checkOfferFee(w).ok());
    f.feeFen = 0;
    f.offered = false;
    QVERIFY(checkOfferFee(f).ok());
}

void TestOfferRules::window()
{
    OfferSettings o = offer(QStringLiteral("1"));
    QVERIFY(checkOfferWindow(o, session()).ok());
    QVERIFY(checkOfferWindow(o, std::nullopt).ok());
    // Touching the session's ends is inside.
    o.windowStart = session().opensAt;
    o.windowEnd = session().sealsAt;
    QVERIFY(checkOfferWindow(o, session()).ok());
    o.windowStart = session().opensAt.addSecs(-1);
    QCOMPARE(codeOf(checkOfferWindow(o, session())), QStringLiteral("offer.window_outside_session"));
    QVERIFY(checkOfferWindow(o, std::nullopt).ok());
    o = offer(QStringLiteral("1"));
    o.windowEnd = session().sealsAt.addSecs(60);
    QCOMPARE(codeOf(checkOfferWindow(o, session())), QStringLiteral("offer.window_outside_session"));
    o = offer(QStringLiteral("1"));
    o.windowEnd = o.windowStart;
    QCOMPARE(codeOf(checkOfferWindow(o, std::nullopt)), QStringLiteral("offer.window_outside_session"));
    o.windowEnd = QDateTime();
    QCOMPARE(codeOf(checkOfferWindow(o, std::nullopt)), QStringLiteral("offer.window_outside_session"));
}

void TestOfferRules::capacity()
{
    QVERIFY(checkCapacity(10, 10).ok());
    QVERIFY(checkCapacity(0, 0).ok());
    const Result<void> below = checkCapacity(9, 17);
    QCOMPARE(codeOf(below), QStringLiteral("offer.capacity_below_taken"));
    QVERIFY2(below.error().message.contains(QStringLiteral("17")), qPrintable(below.error().message));
    QCOMPARE(codeOf(checkCapacity(-1, 0)), QStringLiteral("offer.bad_capacity"));
}

void TestOfferRules::checkOfferOrder()
{
    const QStringList written{ QStringLiteral("1") };
    QVERIFY(checkOffer(offer(QStringLiteral("F")), written, 0, session()).ok());
    OfferSettings o = offer(QStringLiteral("S"));
    o.feeFen = 0;
    o.capacity = 3;
    // The first failing rule answers: capacity before fee before pairing.
    QCOMPARE(codeOf(checkOffer(o, written, 5, session())), QStringLiteral("offer.capacity_below_taken"));
    QCOMPARE(codeOf(checkOffer(o, written, 0, session())), QStringLiteral("offer.fee_required"));
    o.feeFen = 5000;
    QCOMPARE(codeOf(checkOffer(o, written, 0, session())), QStringLiteral("offer.oral_without_written"));
    o.subject = QStringLiteral("Q");
    QCOMPARE(codeOf(checkOffer(o, written, 0, session())), QStringLiteral("offer.unknown_subject"));
}

QTEST_GUILESS_MAIN(TestOfferRules)
#include "tst_offerrules.moc"
