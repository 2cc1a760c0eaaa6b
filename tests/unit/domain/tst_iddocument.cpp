// Unit tests of the ID-document rules: type labels, normalisation, validation, birth date,
// gender (masking: tst_idmask). Several hundred ID numbers are generated (valid GB 11643 numbers over many
// areas, dates and sequences, then mutated) and every invalid one must fail with a specific code.
#include "IdDocument.h"
#include "IdNumber.h"

#include <QtTest>

using namespace cet;

namespace {

const QDate kToday(2025, 6, 1);

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString withCheck(const QString &first17)
{
    return first17 + residentIdCheckChar(first17);
}

// Deterministic pseudo-random numbers (no dependency on QRandomGenerator's algorithm).
struct Lcg
{
    quint32 state;
    quint32 next(quint32 bound)
    {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    }
};

const QStringList &areas()
{
    static const QStringList list = { QStringLiteral("110101"), QStringLiteral("110105"), QStringLiteral("120103"),
        QStringLiteral("130102"), QStringLiteral("140105"), QStringLiteral("150102"), QStringLiteral("210102"),
        QStringLiteral("220102"), QStringLiteral("230103"), QStringLiteral("310104"), QStringLiteral("310115"),
        QStringLiteral("320102"), QStringLiteral("330106"), QStringLiteral("330101"), QStringLiteral("340104"),
        QStringLiteral("350203"), QStringLiteral("360102"), QStringLiteral("370202"), QStringLiteral("410105"),
        QStringLiteral("420106"), QStringLiteral("430104"), QStringLiteral("440106"), QStringLiteral("440305"),
        QStringLiteral("450103"), QStringLiteral("460105"), QStringLiteral("500103"), QStringLiteral("510107"),
        QStringLiteral("520102"), QStringLiteral("530102"), QStringLiteral("540102"), QStringLiteral("610113"),
        QStringLiteral("620102"), QStringLiteral("630102"), QStringLiteral("640104"), QStringLiteral("650102"),
        QStringLiteral("710000"), QStringLiteral("810000"), QStringLiteral("820000"), QStringLiteral("830000") };
    return list;
}

// 17 digits: area + birth date + sequence.
QString body17(const QString &area, const QDate &birth, int sequence)
{
    return area + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

QString toFullWidth(const QString &ascii)
{
    QString out;
    for (QChar c : ascii)
        out.append(QChar(char16_t(c.unicode() + 0xFEE0)));
    return out;
}

} // namespace

class TestIdDocument : public QObject
{
    Q_OBJECT

private slots:
    void checkCharKnownValues();
    void hkidCheckKnownValues();
    void validation_data();
    void validation();
    void typeFromLabel_data();
    void typeFromLabel();
    void labelsRoundTrip();
    void shortNamesDistinct();
    void normalise_data();
    void normalise();
    void birthDateAndGender_data();
    void birthDateAndGender();
    void scientificNotationMessage();
};

void TestIdDocument::checkCharKnownValues()
{
    // The examples of GB 11643-1999.
    QCOMPARE(residentIdCheckChar(QStringLiteral("11010519491231002")), QLatin1Char('X'));
    QCOMPARE(residentIdCheckChar(QStringLiteral("44052418800101001")), QLatin1Char('4'));
    QVERIFY(residentIdCheckChar(QStringLiteral("1101051949123100")).isNull());
    QVERIFY(residentIdCheckChar(QStringLiteral("1101051949123100A")).isNull());
}

void TestIdDocument::hkidCheckKnownValues()
{
    QCOMPARE(hkidCheckChar(QStringLiteral("A"), QStringLiteral("123456")), QLatin1Char('3'));
    // Two-letter prefix: no space value. AB987654: 10*9 + 11*8 + 9*7+8*6+7*5+6*4+5*3+4*2 = 371 → 11 - 8 = 3
    QCOMPARE(hkidCheckChar(QStringLiteral("AB"), QStringLiteral("987654")), QLatin1Char('3'));
    QVERIFY(hkidCheckChar(QStringLiteral("ABC"), QStringLiteral("123456")).isNull());
    QVERIFY(hkidCheckChar(QStringLiteral("A"), QStringLiteral("12345")).isNull());
    // Check value 10 is written 'A', 11 is written '0'.
    bool sawA = false;
    bool sawZero = false;
    for (int i = 0; i < 2000 && !(sawA && sawZero); ++i) {
        const QChar c = hkidCheckChar(QStringLiteral("C"), QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0')));
        sawA = sawA || c == QLatin1Char('A');
        sawZero = sawZero || c == QLatin1Char('0');
    }
    QVERIFY(sawA);
    QVERIFY(sawZero);
}

void TestIdDocument::validation_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("normaliseFirst");
    QTest::addColumn<QString>("expectedCode"); // empty = valid

    const QString valid;
    const auto row = [](const QString &tag, int type, const QString &number, bool normalise, const QString &code) {
        QTest::newRow(qPrintable(tag)) << type << number << normalise << code;
    };

    // --- generated resident ID numbers (type 1) and their mutations ---
    Lcg rng { 20250601u };
    const QString checkChars = QStringLiteral("0123456789X");
    int withX = 0;
    for (int i = 0; i < 120; ++i) {
        QString area = areas().at(int(rng.next(quint32(areas().size()))));
        const QDate birth = QDate(1950, 1, 1).addDays(rng.next(365 * 56));
        const int sequence = int(rng.next(1000));
        const QString number = withCheck(body17(area, birth, sequence));
        const QString tag = QStringLiteral("gen%1").arg(i);
        row(tag + QStringLiteral("-valid"), 1, number, false, valid);

        // Wrong check character.
        const int at = int(checkChars.indexOf(number.at(17)));
        const QString wrongCheck = number.left(17) + checkChars.at((at + 1 + int(rng.next(10))) % 11);
        row(tag + QStringLiteral("-check"), 1, wrongCheck, false, QStringLiteral("id.check_char"));

        // Impossible date, check char recomputed so that only the date is wrong.
        static const char *badDates[] = { "0230", "0231", "1301", "0001", "0431", "0000", "1232" };
        QString badDate = number.left(10) + QLatin1String(badDates[i % 7]) + number.mid(14, 3);
        row(tag + QStringLiteral("-date"), 1, withCheck(badDate), false, QStringLiteral("id.birth_date"));

        // Unknown province.
        static const char *badProvinces[] = { "00", "10", "16", "19", "20", "24", "30", "38", "40", "47", "49", "55",
            "60", "66", "70", "72", "80", "84", "90", "99" };
        const QString badArea = QLatin1String(badProvinces[i % 20]) + number.mid(2, 15);
        row(tag + QStringLiteral("-area"), 1, withCheck(badArea), false, QStringLiteral("id.area"));

        // Scientific notation as a spreadsheet shows it.
        const double asNumber = number.left(17).toDouble() * 10;
        row(tag + QStringLiteral("-sci"), 1, QString::number(asNumber, 'E', 5), false,
            QStringLiteral("id.scientific_notation"));
        row(tag + QStringLiteral("-sci-lower"), 1, QString::number(asNumber, 'e', 4).remove(QLatin1Char('+')), true,
            QStringLiteral("id.scientific_notation"));

        // Full-width digits and spaces: invalid as they are, valid once normalised.
        const QString fullWidth = toFullWidth(number);
        row(tag + QStringLiteral("-fullwidth-raw"), 1, fullWidth, false, QStringLiteral("id.format"));
        row(tag + QStringLiteral("-fullwidth-norm"), 1, fullWidth, true, valid);
        const QString spaced
            = number.left(6) + QLatin1Char(' ') + number.mid(6, 8) + QChar(0x3000) + number.mid(14) + QLatin1Char(' ');
        row(tag + QStringLiteral("-spaces-raw"), 1, spaced, false, QStringLiteral("id.format"));
        row(tag + QStringLiteral("-spaces-norm"), 1, spaced, true, valid);

        // Wrong length.
        row(tag + QStringLiteral("-short"), 1, number.left(17), false, QStringLiteral("id.format"));
        row(tag + QStringLiteral("-long"), 1, number + QLatin1Char('1'), false, QStringLiteral("id.format"));
        row(tag + QStringLiteral("-15"), 1, number.left(6) + number.mid(8, 9), false, QStringLiteral("id.format"));

        // Same number as a residence permit: only 81/82/83 areas fit.
        const bool hkMo = area == QLatin1String("810000") || area == QLatin1String("820000");
        const bool tw = area == QLatin1String("830000");
        row(tag + QStringLiteral("-as7"), 7, number, false, hkMo ? valid : QStringLiteral("id.area"));
        row(tag + QStringLiteral("-as8"), 8, number, false, tw ? valid : QStringLiteral("id.area"));

        if (number.endsWith(QLatin1Char('X'))) {
            ++withX;
            const QString lower = number.left(17) + QLatin1Char('x');
            row(tag + QStringLiteral("-lowerx-raw"), 1, lower, false, QStringLiteral("id.format"));
            row(tag + QStringLiteral("-lowerx-norm"), 1, lower, true, valid);
        }
    }
    // Make sure X check characters were exercised; add some by searching sequences.
    for (int seq = 0, found = 0; seq < 1000 && found < 10; ++seq) {
        const QString b = body17(QStringLiteral("330101"), QDate(2001, 2, 28), seq);
        if (residentIdCheckChar(b) != QLatin1Char('X'))
            continue;
        ++found;
        row(QStringLiteral("x-valid-%1").arg(seq), 1, b + QLatin1Char('X'), false, valid);
        row(QStringLiteral("x-lower-raw-%1").arg(seq), 1, b + QLatin1Char('x'), false, QStringLiteral("id.format"));
        row(QStringLiteral("x-lower-norm-%1").arg(seq), 1, b + QLatin1Char('x'), true, valid);
        row(QStringLiteral("x-as-digit-%1").arg(seq), 1, b + QLatin1Char('0'), false, QStringLiteral("id.check_char"));
    }
    Q_UNUSED(withX)

    // --- dates at the edges ---
    row(QStringLiteral("leap-day-2000"), 1, withCheck(body17(QStringLiteral("110101"), QDate(2000, 2, 29), 11)), false,
        valid);
    row(QStringLiteral("feb29-1900"), 1, withCheck(QStringLiteral("11010119000229011")), false,
        QStringLiteral("id.birth_date"));
    row(QStringLiteral("feb29-2001"), 1, withCheck(QStringLiteral("11010120010229011")), false,
        QStringLiteral("id.birth_date"));
    row(QStringLiteral("year-1899"), 1, withCheck(QStringLiteral("11010118991231011")), false,
        QStringLiteral("id.birth_date"));
    row(QStringLiteral("year-1900"), 1, withCheck(QStringLiteral("11010119000101011")), false, valid);
    row(QStringLiteral("today"), 1, withCheck(body17(QStringLiteral("110101"), kToday, 11)), false, valid);
    row(QStringLiteral("tomorrow"), 1, withCheck(body17(QStringLiteral("110101"), kToday.addDays(1), 11)), false,
        QStringLiteral("id.birth_date"));
    row(QStringLiteral("year-2030"), 1, withCheck(QStringLiteral("11010120300101011")), false,
        QStringLiteral("id.birth_date"));

    // --- hand-picked resident ID cases ---
    row(QStringLiteral("gb-example"), 1, QStringLiteral("11010519491231002X"), false, valid);
    row(QStringLiteral("empty"), 1, QString(), false, QStringLiteral("id.empty"));
    row(QStringLiteral("letters"), 1, QStringLiteral("ABCDEFGHIJKLMNOPQR"), false, QStringLiteral("id.format"));
    row(QStringLiteral("X-in-middle"), 1, QStringLiteral("1101051949123X0020"), false, QStringLiteral("id.format"));
    row(QStringLiteral("sci-plain"), 1, QStringLiteral("3.30101E+17"), false, QStringLiteral("id.scientific_notation"));
    row(QStringLiteral("sci-lower"), 1, QStringLiteral("3.30101e17"), false, QStringLiteral("id.scientific_notation"));
    row(QStringLiteral("sci-fullwidth"), 1, toFullWidth(QStringLiteral("3.30101E+17")), true,
        QStringLiteral("id.scientific_notation"));
    row(QStringLiteral("sci-as-7"), 7, QStringLiteral("8.10000E+17"), false, QStringLiteral("id.scientific_notation"));
    row(QStringLiteral("unknown-type"), 0, QStringLiteral("11010519491231002X"), false,
        QStringLiteral("id.type_not_accepted"));
    row(QStringLiteral("type-9"), 9, QStringLiteral("11010519491231002X"), false,
        QStringLiteral("id.type_not_accepted"));
    row(QStringLiteral("permit7-810000"), 7, withCheck(QStringLiteral("81000019990101001")), false, valid);
    row(QStringLiteral("permit7-820000"), 7, withCheck(QStringLiteral("82000019990101002")), false, valid);
    row(QStringLiteral("permit7-830000"), 7, withCheck(QStringLiteral("83000019990101002")), false,
        QStringLiteral("id.area"));
    row(QStringLiteral("permit7-810101"), 7, withCheck(QStringLiteral("81010119990101002")), false,
        QStringLiteral("id.area"));
    row(QStringLiteral("permit8-830000"), 8, withCheck(QStringLiteral("83000019990101002")), false, valid);
    row(QStringLiteral("permit8-810000"), 8, withCheck(QStringLiteral("81000019990101002")), false,
        QStringLiteral("id.area"));
    row(QStringLiteral("permit8-badcheck"), 8, QStringLiteral("830000199901010020").left(17) + QLatin1Char('Y'), false,
        QStringLiteral("id.format"));

    // --- type 2: Taiwan travel permit ---
    for (int i = 0; i < 20; ++i) {
        const QString eight = QStringLiteral("%1").arg(rng.next(100000000), 8, 10, QLatin1Char('0'));
        row(QStringLiteral("t2-%1-8").arg(i), 2, eight, false, valid);
        row(QStringLiteral("t2-%1-10").arg(i), 2, eight + QStringLiteral("01"), false, valid);
        row(QStringLiteral("t2-%1-9").arg(i), 2, eight + QLatin1Char('1'), false, QStringLiteral("id.format"));
        row(QStringLiteral("t2-%1-7").arg(i), 2, eight.left(7), false, QStringLiteral("id.format"));
        row(QStringLiteral("t2-%1-letter").arg(i), 2, QLatin1Char('T') + eight.left(7), false,
            QStringLiteral("id.format"));
        row(QStringLiteral("t2-%1-fw").arg(i), 2, toFullWidth(eight), true, valid);
    }
    row(QStringLiteral("t2-sci"), 2, QStringLiteral("1.2345678E+7"), false, QStringLiteral("id.scientific_notation"));

    // --- type 3: HK/Macao travel permit ---
    for (int i = 0; i < 20; ++i) {
        const QString digits = QStringLiteral("%1").arg(rng.next(100000000), 8, 10, QLatin1Char('0'));
        const QString letter = i % 2 ? QStringLiteral("H") : QStringLiteral("M");
        row(QStringLiteral("t3-%1").arg(i), 3, letter + digits, false, valid);
        row(QStringLiteral("t3-%1-old").arg(i), 3, letter + digits + QStringLiteral("12"), false, valid);
        row(QStringLiteral("t3-%1-lower-norm").arg(i), 3, letter.toLower() + digits, true, valid);
        row(QStringLiteral("t3-%1-lower-raw").arg(i), 3, letter.toLower() + digits, false, QStringLiteral("id.format"));
        row(QStringLiteral("t3-%1-noletter").arg(i), 3, digits, false, QStringLiteral("id.format"));
        row(QStringLiteral("t3-%1-badletter").arg(i), 3, QLatin1Char('K') + digits, false, QStringLiteral("id.format"));
        row(QStringLiteral("t3-%1-9digits").arg(i), 3, letter + digits + QLatin1Char('1'), false,
            QStringLiteral("id.format"));
    }

    // --- type 4: passport ---
    row(QStringLiteral("pp-5"), 4, QStringLiteral("E1234"), false, valid);
    row(QStringLiteral("pp-9"), 4, QStringLiteral("E12345678"), false, valid);
    row(QStringLiteral("pp-17"), 4, QStringLiteral("ABCDEFGH123456789"), false, valid);
    row(QStringLiteral("pp-4"), 4, QStringLiteral("E123"), false, QStringLiteral("id.format"));
    row(QStringLiteral("pp-18"), 4, QStringLiteral("ABCDEFGH1234567890"), false, QStringLiteral("id.format"));
    row(QStringLiteral("pp-dash"), 4, QStringLiteral("E1234-5678"), false, QStringLiteral("id.format"));
    row(QStringLiteral("pp-lower-norm"), 4, QStringLiteral("g12345678"), true, valid);
    row(QStringLiteral("pp-spaces-norm"), 4, QStringLiteral(" P 1234 5678 "), true, valid);
    row(QStringLiteral("pp-allletters"), 4, QStringLiteral("ABCDEF"), false, valid);
    row(QStringLiteral("pp-sci"), 4, QStringLiteral("1.23457E+8"), false, QStringLiteral("id.scientific_notation"));
    for (int i = 0; i < 20; ++i) {
        const QString pp = QString(QLatin1Char("EGPDS"[i % 5]))
            + QStringLiteral("%1").arg(rng.next(100000000), 8, 10, QLatin1Char('0'));
        row(QStringLiteral("pp-gen-%1").arg(i), 4, pp, false, valid);
        row(QStringLiteral("pp-gen-%1-chinese").arg(i), 4, pp + s("号"), false, QStringLiteral("id.format"));
    }

    // --- type 5: Hong Kong ID ---
    row(QStringLiteral("hk-example"), 5, QStringLiteral("A123456(3)"), false, valid);
    row(QStringLiteral("hk-example-wrong"), 5, QStringLiteral("A123456(4)"), false, QStringLiteral("id.check_char"));
    row(QStringLiteral("hk-no-parens"), 5, QStringLiteral("A1234563"), false, QStringLiteral("id.format"));
    row(QStringLiteral("hk-fullwidth-parens"), 5, s("A123456（3）"), true, valid);
    row(QStringLiteral("hk-lower"), 5, QStringLiteral("a123456(3)"), true, valid);
    row(QStringLiteral("hk-3letters"), 5, QStringLiteral("ABC123456(3)"), false, QStringLiteral("id.format"));
    row(QStringLiteral("hk-5digits"), 5, QStringLiteral("A12345(3)"), false, QStringLiteral("id.format"));
    const QString hkPrefixes = QStringLiteral("ABCDEGKPRZ");
    for (int i = 0; i < 40; ++i) {
        QString prefix = QString(hkPrefixes.at(i % 10));
        if (i % 4 == 3)
            prefix = QStringLiteral("X") + prefix;
        const QString digits = QStringLiteral("%1").arg(rng.next(1000000), 6, 10, QLatin1Char('0'));
        const QChar check = hkidCheckChar(prefix, digits);
        const QString number = prefix + digits + QLatin1Char('(') + check + QLatin1Char(')');
        row(QStringLiteral("hk-gen-%1").arg(i), 5, number, false, valid);
        const QChar wrong = check == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        row(QStringLiteral("hk-gen-%1-check").arg(i), 5, prefix + digits + QLatin1Char('(') + wrong + QLatin1Char(')'),
            false, QStringLiteral("id.check_char"));
    }

    // --- type 6: Macao ID ---
    for (int i = 0; i < 15; ++i) {
        const QString body
            = QString(QLatin1Char("157"[i % 3])) + QStringLiteral("%1").arg(rng.next(1000000), 6, 10, QLatin1Char('0'));
        const QString check = QString::number(rng.next(10));
        row(QStringLiteral("mo-gen-%1").arg(i), 6, body + QLatin1Char('(') + check + QLatin1Char(')'), false, valid);
        row(QStringLiteral("mo-gen-%1-noparens").arg(i), 6, body + check, false, QStringLiteral("id.format"));
        row(QStringLiteral("mo-gen-%1-fwparens").arg(i), 6, body + s("（") + check + s("）"), true, valid);
        row(QStringLiteral("mo-gen-%1-first2").arg(i), 6,
            QLatin1Char('2') + body.mid(1) + QLatin1Char('(') + check + QLatin1Char(')'), false,
            QStringLiteral("id.format"));
    }
}

void TestIdDocument::validation()
{
    QFETCH(int, type);
    QFETCH(QString, number);
    QFETCH(bool, normaliseFirst);
    QFETCH(QString, expectedCode);

    const QString input = normaliseFirst ? normaliseIdNumber(number).number : number;
    const Result<void> r = validateIdNumber(static_cast<IdType>(type), input, kToday);
    if (expectedCode.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("%1: %2 %3").arg(input, r.error().code, r.error().message)));
    } else {
        QVERIFY2(!r.ok(), qPrintable(input));
        QCOMPARE(r.error().code, expectedCode);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestIdDocument::typeFromLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("errorCode");

    const auto ok
        = [](const char *tag, const QString &label, int type) { QTest::newRow(tag) << label << type << QString(); };
    const auto bad = [](const char *tag, const QString &label, const char *code) {
        QTest::newRow(tag) << label << 0 << QString::fromLatin1(code);
    };
    for (int code = 1; code <= 8; ++code) {
        QTest::newRow(qPrintable(QStringLiteral("code-%1").arg(code))) << QString::number(code) << code << QString();
        QTest::newRow(qPrintable(QStringLiteral("label-%1").arg(code)))
            << idTypeLabel(static_cast<IdType>(code)) << code << QString();
    }
    ok("shenfenzheng", s("身份证"), 1);
    ok("jumin", s("居民身份证"), 1);
    ok("zhongguo", s("中国居民身份证"), 1);
    ok("spaces", s(" 居民 身份证 "), 1);
    ok("fullwidth-code", s("１"), 1);
    ok("taibao", s("台胞证"), 2);
    ok("laiwang-variant", s("台湾居民来往大陆通行证"), 2);
    ok("huixiang", s("回乡证"), 3);
    ok("passport-en", QStringLiteral("Passport"), 4);
    ok("huzhao", s("护照"), 4);
    ok("hk-long", s("香港永久性居民身份证"), 5);
    ok("mo", s("澳门居民身份证"), 6);
    bad("junguan", s("军官证"), "id.type_not_accepted");
    bad("shibing", s("士兵证"), "id.type_not_accepted");
    bad("jingguan", s("警官证"), "id.type_not_accepted");
    bad("unknown", s("会员卡"), "id.type_unknown");
    bad("empty", QString(), "id.type_unknown");
    bad("code-0", QStringLiteral("0"), "id.type_unknown");
    bad("code-9", QStringLiteral("9"), "id.type_unknown");
}

void TestIdDocument::typeFromLabel()
{
    QFETCH(QString, label);
    QFETCH(int, type);
    QFETCH(QString, errorCode);
    const Result<IdType> r = idTypeFromLabel(label);
    if (errorCode.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(label));
        QCOMPARE(static_cast<int>(r.value()), type);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, errorCode);
    }
}

void TestIdDocument::labelsRoundTrip()
{
    QCOMPARE(acceptedIdTypes().size(), 8);
    for (IdType t : acceptedIdTypes()) {
        QVERIFY(!idTypeLabel(t).isEmpty());
        QVERIFY(!idTypeDisplayName(t).isEmpty());
        QCOMPARE(idTypeFromCode(idTypeCode(t)), t);
    }
    QCOMPARE(idTypeCode(IdType::Unknown), 0);
    QCOMPARE(idTypeFromCode(9), IdType::Unknown);
    QCOMPARE(idTypeLabel(IdType::ResidentId), s("中华人民共和国居民身份证"));
}

void TestIdDocument::normalise_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("changed");
    QTest::newRow("clean") << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X") << false;
    QTest::newRow("lower-x") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("fullwidth") << toFullWidth(QStringLiteral("11010519491231002X"))
                               << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("ideographic-space") << s("110105　19491231002X") << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("tabs-nbsp") << (QStringLiteral("\t110105") + QChar(0x00A0) + QStringLiteral("19491231002X\n"))
                               << QStringLiteral("11010519491231002X") << true;
    QTest::newRow("apostrophe") << QStringLiteral("'11010519491231002X") << QStringLiteral("11010519491231002X")
                                << true;
    QTest::newRow("fw-parens") << s("A123456（3）") << QStringLiteral("A123456(3)") << true;
    QTest::newRow("sci-kept") << QStringLiteral("3.30101E+17") << QStringLiteral("3.30101E+17") << false;
    QTest::newRow("sci-lower-upcased") << QStringLiteral("3.30101e17") << QStringLiteral("3.30101E17") << true;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestIdDocument::normalise()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QFETCH(bool, changed);
    const NormalisedIdNumber n = normaliseIdNumber(raw);
    QCOMPARE(n.number, expected);
    QCOMPARE(n.changed, changed);
}

void TestIdDocument::birthDateAndGender_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("gender");
    QTest::newRow("gb-example") << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << int(Gender::Female);
    QTest::newRow("male") << withCheck(QStringLiteral("33010120010228001")) << QDate(2001, 2, 28) << int(Gender::Male);
    QTest::newRow("bad-date") << withCheck(QStringLiteral("33010120010230001")) << QDate() << int(Gender::Male);
    QTest::newRow("short") << QStringLiteral("3301012001022800") << QDate() << int(Gender::Unknown);
}

void TestIdDocument::birthDateAndGender()
{
    QFETCH(QString, number);
    QFETCH(QDate, birth);
    QFETCH(int, gender);
    QCOMPARE(birthDateFromIdNumber(number), birth);
    QCOMPARE(int(genderFromIdNumber(number)), gender);
}

void TestIdDocument::scientificNotationMessage()
{
    const Result<void> r = validateIdNumber(IdType::ResidentId, QStringLiteral("3.30101E+17"), kToday);
    QVERIFY(!r.ok());
    const QString m = r.error().message;
    QVERIFY2(m.contains(QLatin1String("as a number")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("lost")), qPrintable(m));
    QVERIFY2(m.contains(QLatin1String("as text")), qPrintable(m));
    QVERIFY(looksLikeScientificNotation(QStringLiteral("3.30101e17")));
    QVERIFY(!looksLikeScientificNotation(QStringLiteral("330101200101010000")));
}

void TestIdDocument::shortNamesDistinct()
{
    QSet<QString> seen;
    for (IdType type : acceptedIdTypes()) {
        const QString name = idTypeShortName(type);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(int(type))));
        QVERIFY2(name.size() <= idTypeDisplayName(type).size(), qPrintable(name));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(seen.size(), 8);
}

QTEST_GUILESS_MAIN(TestIdDocument)
#include "tst_iddocument.moc"
