// maskIdNumber, the one way ID numbers are shown unrevealed: every ID type, every length that
// changes the rule, and the property every masked number has: most characters hidden (18-character
// numbers: the 8 digits of the birth date and sequence).
#include "IdMask.h"

#include <QtTest>

using namespace cet;

class TestIdMask : public QObject
{
    Q_OBJECT
private slots:
    void mask_data();
    void mask();
    void hidesMostOfEveryLength();
};

void TestIdMask::mask_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");
    auto row = [](const char *name, IdType type, const char *number, const char *masked) {
        QTest::newRow(name) << int(type) << QString::fromLatin1(number) << QString::fromLatin1(masked);
    };
    row("resident id", IdType::ResidentId, "330101200101010000", "330101********0000");
    row("resident id, X", IdType::ResidentId, "11010519491231002X", "110105********002X");
    row("taiwan travel permit, 8", IdType::TaiwanTravelPermit, "12345678", "1*****78");
    row("taiwan travel permit, 10", IdType::TaiwanTravelPermit, "1234567801", "12******01");
    row("hk/macao travel permit", IdType::HkMacaoTravelPermit, "H12345678", "H1*****78");
    row("passport, 9", IdType::Passport, "E12345678", "E1*****78");
    row("passport, 8", IdType::Passport, "G1234567", "G*****67");
    row("passport, 7", IdType::Passport, "K123456", "K*****6");
    row("passport, 6", IdType::Passport, "P12345", "P****5");
    row("passport, 5", IdType::Passport, "X1234", "X***4");
    row("passport, 4", IdType::Passport, "AB12", "****");
    row("passport, 1", IdType::Passport, "A", "*");
    row("hong kong id", IdType::HongKongId, "A123456(3)", "A1******3)");
    row("hong kong id, 8", IdType::HongKongId, "A1234563", "A*****63");
    row("macao id", IdType::MacaoId, "1234567(8)", "12******8)");
    row("macao id, 8", IdType::MacaoId, "12345678", "1*****78");
    row("hk/macao residence permit", IdType::HkMacaoResidencePermit, "810000199901010012", "810000********0012");
    row("taiwan residence permit", IdType::TaiwanResidencePermit, "83000019990101002X", "830000********002X");
    row("unknown type", IdType::Unknown, "ABCDEFGHIJKL", "AB********KL");
    row("empty", IdType::ResidentId, "", "");
}

void TestIdMask::mask()
{
    QFETCH(int, type);
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(maskIdNumber(static_cast<IdType>(type), number), masked);
}

void TestIdMask::hidesMostOfEveryLength()
{
    const QString digits = QStringLiteral("1234567890123456789012345");
    for (qsizetype n = 1; n <= digits.size(); ++n) {
        const QString number = digits.left(n);
        for (int type = 0; type <= 8; ++type) {
            const QString masked = maskIdNumber(IdType(type), number);
            QCOMPARE(masked.size(), n);
            const qsizetype hidden = masked.count(u'*');
            // 18 characters keep the layout staff know from ID cards (area code, last 4).
            if (n == 18)
                QCOMPARE(hidden, 8);
            else
                QVERIFY2(2 * hidden > n, qPrintable(masked));
        }
    }
}

QTEST_GUILESS_MAIN(TestIdMask)
#include "tst_idmask.moc"
