#include "IdMask.h"
#include "IdNumber.h"
#include "RowConverter.h"
#include "StudentColumns.h"

#include <QTest>

#include <map>

using namespace cet;

namespace {

using F = StudentField;
const QDate kToday(2025, 6, 1);

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString withCheck(const QString &first17)
{
    return first17 + residentIdCheckChar(first17);
}

// A male resident ID number whose check character is a digit (so it can be a spreadsheet number).
QString digitOnlyId()
{
    for (int seq = 101; seq < 999; seq += 2) {
        const QString id = withCheck(QStringLiteral("33010620040315%1").arg(seq));
        if (id.back() != u'X')
            return id;
    }
    return {};
}

// A female resident ID number ending in X.
QString xId()
{
    for (int seq = 100; seq < 999; seq += 2) {
        const QString id = withCheck(QStringLiteral("11010519491231%1").arg(seq));
        if (id.back() == u'X')
            return id;
    }
    return {};
}

const QString kId = digitOnlyId();

std::map<F, QString> baseCells()
{
    return {{F::Name, s("张三")},           {F::Gender, s("男")},       {F::IdType, s("中华人民共和国居民身份证")},
            {F::IdNumber, kId},             {F::SchoolCode, s("99101")}, {F::CampusCode, s("991010")},
            {F::Education, s("本科")},      {F::ProgramYears, s("4")},   {F::EnrolYear, s("2024")},
            {F::Grade, s("2024")},          {F::Department, s("计算机学院")}, {F::Major, s("软件工程")},
            {F::ClassName, s("1班")},       {F::StudentNo, s("0012345")}, {F::Note, QString()}};
}

struct Case
{
    std::map<F, QString> cells = baseCells();
    std::map<F, CellKind> kinds;    // XLSX cell kinds; none = a delimited file
    QList<F> withoutColumns;        // columns the file does not have

    RowConversion convert() const
    {
        ColumnMapping mapping;
        SourceRow row;
        row.line = 12;
        for (int f = 0; f < int(F::Count_); ++f) {
            if (withoutColumns.contains(F(f)))
                continue;
            mapping.headers.append(StudentColumns::chineseHeader(F(f)));
            mapping.fields.append(F(f));
            row.cells.append(cells.at(F(f)));
            if (!kinds.empty()) {
                const auto k = kinds.find(F(f));
                row.kinds.append(k != kinds.end() ? k->second
                                                  : (cells.at(F(f)).isEmpty() ? CellKind::Empty : CellKind::Text));
            }
        }
        return RowConverter(mapping, kToday).convert(row);
    }
};

RowConversion convertWith(F field, const QString &value, std::optional<CellKind> kind = {})
{
    Case c;
    c.cells[field] = value;
    if (kind)
        c.kinds[field] = *kind;
    return c.convert();
}

QStringList codes(const RowConversion &c)
{
    QStringList out;
    for (const FieldIssue &i : c.issues)
        out.append(QStringLiteral("%1:%2%3")
                       .arg(studentFieldKey(i.field), i.error.code,
                            i.severity == FieldIssue::Severity::Warning ? QStringLiteral("(w)") : QString()));
    return out;
}

const FieldIssue *findIssue(const RowConversion &c, const QString &code)
{
    for (const FieldIssue &i : c.issues) {
        if (i.error.code == code)
            return &i;
    }
    return nullptr;
}

} // namespace

class TestRowConverter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validRow()
    {
        const RowConversion c = Case().convert();
        QVERIFY2(c.issues.isEmpty(), qPrintable(codes(c).join(u' ')));
        QVERIFY(!c.hasError());
        QCOMPARE(c.normalisations, quint8(0));
        const StudentRecord &r = c.record;
        QCOMPARE(r.name, s("张三"));
        QCOMPARE(r.gender, Gender::Male);
        QCOMPARE(r.idType, IdType::ResidentId);
        QCOMPARE(r.idNumber, kId);
        QCOMPARE(r.schoolCode, s("99101"));
        QCOMPARE(r.campusCode, s("991010"));
        QCOMPARE(r.education, Education::Bachelor);
        QCOMPARE(r.programYears, 4);
        QCOMPARE(r.enrolYear, 2024);
        QCOMPARE(r.grade, s("2024"));
        QCOMPARE(r.department, s("计算机学院"));
        QCOMPARE(r.major, s("软件工程"));
        QCOMPARE(r.className, s("1班"));
        QCOMPARE(r.studentNo, s("0012345")); // leading zeros kept
        QVERIFY(r.note.isEmpty());
        QCOMPARE(r.id, 0);
    }

    void trimsAndKeepsTextFields()
    {
        Case c;
        c.cells[F::Name] = s("  欧阳 娜娜\u3000");
        c.cells[F::Note] = s(" 转专业 ");
        const RowConversion r = c.convert();
        QCOMPARE(r.record.name, s("欧阳 娜娜"));
        QCOMPARE(r.record.note, s("转专业"));
        QVERIFY(r.issues.isEmpty());
    }

    void errorCodes_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // the only issue, "field:code"
        QTest::addColumn<QString>("mentions"); // a text the message must contain
        const auto add = [](const char *tag, F f, const QString &v, const char *expected, const QString &mentions) {
            QTest::newRow(tag) << int(f) << v << QString::fromLatin1(expected) << mentions;
        };
        add("gender label", F::Gender, s("未知"), "gender:label.gender", s("未知"));
        add("id type label", F::IdType, s("学生卡"), "id_type:label.id_type", s("学生卡"));
        add("id type refused", F::IdType, s("军官证"), "id_type:id.type_not_accepted", s("军官证"));
        add("education label", F::Education, s("小学"), "education:label.education", s("小学"));
        add("years word", F::ProgramYears, s("四年制"), "program_years:number.format", s("四年制"));
        add("years fraction", F::ProgramYears, s("3.5"), "program_years:number.format", s("3.5"));
        add("enrol word", F::EnrolYear, s("去年"), "enrol_year:number.format", s("去年"));
        add("enrol short", F::EnrolYear, s("24"), "enrol_year:number.format", s("24"));
        add("enrol bad date", F::EnrolYear, s("20241301"), "enrol_year:number.format", s("20241301"));
        add("name too long", F::Name, QString(201, u'张'), "name:text.too_long", s("201"));
        add("name empty", F::Name, QString(), "name:student.required", s("Name"));
        add("grade empty", F::Grade, s("  "), "grade:student.required", s("Grade"));
        add("education empty", F::Education, QString(), "education:student.required", s("Education"));
        add("school code", F::SchoolCode, s("9910"), "school_code:student.school_code", QString());
        add("campus code", F::CampusCode, s("99101"), "campus_code:student.campus_code", QString());
        add("campus of another school", F::CampusCode, s("881010"), "campus_code:student.campus_school_mismatch",
            s("881010"));
        add("program years", F::ProgramYears, s("9"), "program_years:student.program_years", QString());
        add("enrol year old", F::EnrolYear, s("1980"), "enrol_year:student.enrol_year", s("2026"));
        add("enrol year future", F::EnrolYear, s("2027"), "enrol_year:student.enrol_year", s("2026"));
        add("gender mismatch", F::Gender, s("女"), "gender:student.gender_mismatch", QString());
        add("id format", F::IdNumber, s("3301062004031512"), "id_number:id.format", s("16"));
        add("id area", F::IdNumber, withCheck(s("99010620040315123")), "id_number:id.area", s("99"));
        add("id birth date", F::IdNumber, withCheck(s("33010620041315123")), "id_number:id.birth_date",
            s("20041315"));
        add("id birth in future", F::IdNumber, withCheck(s("33010620250715123")), "id_number:id.birth_date",
            s("20250715"));
        add("id check char", F::IdNumber, kId.left(17) + (kId.back() == u'1' ? u'2' : u'1'), "id_number:id.check_char",
            QString());
        add("id sci text", F::IdNumber, s("3.30106E+17"), "id_number:id.scientific_notation", s("3.30106E+17"));
        add("id sci lower e", F::IdNumber, s("3.30106e17"), "id_number:id.scientific_notation", s("3.30106e17"));
        add("id sci plain", F::IdNumber, s("33010E17"), "id_number:id.scientific_notation", s("33010E17"));
        add("id too long", F::IdNumber, QString(300, u'1'), "id_number:text.too_long", s("300"));
    }
    void errorCodes()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);
        const RowConversion c = convertWith(F(field), value);
        QCOMPARE(codes(c), QStringList {expected});
        QVERIFY(c.hasError());
        const QString message = c.issues.first().error.message;
        QVERIFY2(!message.isEmpty() && message.contains(mentions), qPrintable(message));
    }

    void xlsxNumberCellForIdNumber()
    {
        // Exact: a warning, and the row is accepted.
        const RowConversion exact = convertWith(F::IdNumber, kId, CellKind::Number);
        QCOMPARE(codes(exact), QStringList {QStringLiteral("id_number:id.number_cell(w)")});
        QVERIFY(!exact.hasError());
        QCOMPARE(exact.record.idNumber, kId);
        // Messages mask the number like every list does; the row number says which one it is.
        const QString exactMessage = exact.issues.first().error.message;
        QVERIFY2(!exactMessage.contains(kId) && exactMessage.contains(maskIdNumber(IdType::Unknown, kId)),
                 qPrintable(exactMessage));

        // Digits lost: what Excel keeps of an 18-digit number.
        const QString lost = kId.left(1) + u'.' + kId.mid(1, 14) + u"E+17";
        const RowConversion broken = convertWith(F::IdNumber, lost, CellKind::Number);
        QCOMPARE(codes(broken), QStringList {QStringLiteral("id_number:id.scientific_notation")});
        const QString message = broken.issues.first().error.message;
        QVERIFY2(message.contains(lost) && message.contains(QStringLiteral("as a number"))
                     && message.contains(QStringLiteral("lost")) && message.contains(QStringLiteral("as text")),
                 qPrintable(message));
    }

    void brokenIdNumberWithoutTypeColumn()
    {
        // Only the ID number is reported: the type would be assumed once the number is fixed.
        Case c;
        c.withoutColumns = {F::IdType};
        c.cells[F::IdNumber] = s("3.30106E+17");
        const RowConversion r = c.convert();
        QCOMPARE(codes(r), QStringList {QStringLiteral("id_number:id.scientific_notation")});
    }

    void studentNumber()
    {
        const RowConversion number = convertWith(F::StudentNo, s("12345.0"), CellKind::Number);
        QCOMPARE(codes(number), QStringList {QStringLiteral("student_no:student_no.number_cell(w)")});
        QCOMPARE(number.record.studentNo, s("12345"));
        QVERIFY(number.normalisations & quint8(Normalisation::NumberAsText));
        QVERIFY(number.issues.first().error.message.contains(s("12345")));

        const RowConversion sci = convertWith(F::StudentNo, s("2.40001E+9"));
        QCOMPARE(codes(sci), QStringList {QStringLiteral("student_no:student_no.number_cell(w)")});
        QCOMPARE(sci.record.studentNo, s("2.40001E+9")); // kept as it is: the user must fix it

        const RowConversion text = convertWith(F::StudentNo, s("０００１２３"));
        QVERIFY(text.issues.isEmpty());
        QCOMPARE(text.record.studentNo, s("000123"));
        QCOMPARE(text.normalisations, quint8(Normalisation::FullWidth));
    }

    void normalisationFlags()
    {
        QString fullWidth;
        for (const QChar ch : kId)
            fullWidth.append(QChar(char16_t(ch.unicode() + 0xFEE0)));
        const RowConversion fw = convertWith(F::IdNumber, fullWidth);
        QVERIFY(fw.issues.isEmpty());
        QCOMPARE(fw.record.idNumber, kId);
        QCOMPARE(fw.normalisations, quint8(Normalisation::FullWidth));

        const RowConversion spaces = convertWith(F::IdNumber, kId.left(6) + u' ' + kId.mid(6, 8) + u'\u3000' + kId.mid(14));
        QVERIFY(spaces.issues.isEmpty());
        QCOMPARE(spaces.record.idNumber, kId);
        QCOMPARE(spaces.normalisations, quint8(Normalisation::Spaces));

        // Spaces around a value are trimmed without counting.
        QCOMPARE(convertWith(F::IdNumber, u' ' + kId + u' ').normalisations, quint8(0));

        Case lower;
        lower.cells[F::IdNumber] = xId().toLower();
        lower.cells[F::Gender] = s("女");
        const RowConversion x = lower.convert();
        QVERIFY2(x.issues.isEmpty(), qPrintable(codes(x).join(u' ')));
        QCOMPARE(x.record.idNumber, xId());
        QCOMPARE(x.normalisations, quint8(Normalisation::LowerCaseX));

        const RowConversion fraction = convertWith(F::EnrolYear, s("2024.0"));
        QCOMPARE(fraction.record.enrolYear, 2024);
        QCOMPARE(fraction.normalisations, quint8(Normalisation::NumberAsText));

        const RowConversion codeSpaces = convertWith(F::SchoolCode, s("991 01"));
        QCOMPARE(codeSpaces.record.schoolCode, s("99101"));
        QCOMPARE(codeSpaces.normalisations, quint8(Normalisation::Spaces));
    }

    void genderFromId()
    {
        const RowConversion male = convertWith(F::Gender, QString());
        QVERIFY(male.issues.isEmpty());
        QCOMPARE(male.record.gender, Gender::Male);
        QCOMPARE(male.normalisations, quint8(Normalisation::GenderFromId));

        Case female;
        female.withoutColumns = {F::Gender};
        female.cells[F::IdNumber] = xId();
        const RowConversion f = female.convert();
        QVERIFY(f.issues.isEmpty());
        QCOMPARE(f.record.gender, Gender::Female);

        // Not for a passport: the gender stays required.
        Case passport;
        passport.cells[F::Gender] = QString();
        passport.cells[F::IdType] = s("护照");
        passport.cells[F::IdNumber] = s("E12345678");
        QCOMPARE(codes(passport.convert()), QStringList {QStringLiteral("gender:student.required")});
    }

    void idTypeDefaulted()
    {
        const RowConversion empty = convertWith(F::IdType, QString());
        QVERIFY(empty.issues.isEmpty());
        QCOMPARE(empty.record.idType, IdType::ResidentId);
        QCOMPARE(empty.normalisations, quint8(Normalisation::IdTypeDefaulted));

        Case noColumn;
        noColumn.withoutColumns = {F::IdType, F::Gender};
        const RowConversion both = noColumn.convert();
        QVERIFY(both.issues.isEmpty());
        QCOMPARE(both.record.idType, IdType::ResidentId);
        QCOMPARE(both.normalisations, quint8(quint8(Normalisation::IdTypeDefaulted) | quint8(Normalisation::GenderFromId)));

        // A number that is not a valid resident ID: the type can not be assumed.
        const QString bad = kId.left(17) + (kId.back() == u'1' ? u'2' : u'1');
        Case invalidCase;
        invalidCase.cells[F::IdType] = QString();
        invalidCase.cells[F::IdNumber] = bad;
        const RowConversion invalid = invalidCase.convert();
        QCOMPARE(codes(invalid), QStringList {QStringLiteral("id_type:student.required")});
        const QString invalidMessage = invalid.issues.first().error.message;
        QVERIFY2(!invalidMessage.contains(bad) && invalidMessage.contains(maskIdNumber(IdType::Unknown, bad)),
                 qPrintable(invalidMessage));

        Case passport;
        passport.cells[F::IdType] = QString();
        passport.cells[F::IdNumber] = s("E12345678");
        QCOMPARE(codes(passport.convert()), QStringList {QStringLiteral("id_type:student.required")});
    }

    void labelsAcceptedLoosely()
    {
        QCOMPARE(convertWith(F::IdType, s("身份证")).record.idType, IdType::ResidentId);
        QCOMPARE(convertWith(F::IdType, s("1")).record.idType, IdType::ResidentId);
        QCOMPARE(convertWith(F::Gender, s("M")).record.gender, Gender::Male);
        QCOMPARE(convertWith(F::Education, s("大专")).record.education, Education::JuniorCollege);
        QCOMPARE(convertWith(F::Education, s("硕士")).record.education, Education::Master);
        QCOMPARE(convertWith(F::Education, s("博士研究生")).record.education, Education::Doctorate);
        QCOMPARE(convertWith(F::Education, s("专科")).record.education, Education::JuniorCollege);
        Case hk;
        hk.cells[F::IdType] = s("香港身份证");
        hk.cells[F::IdNumber] = s("a123456（3）");
        const RowConversion r = hk.convert();
        QVERIFY2(r.issues.isEmpty(), qPrintable(codes(r).join(u' ')));
        QCOMPARE(r.record.idNumber, s("A123456(3)"));
        QCOMPARE(r.normalisations, quint8(quint8(Normalisation::FullWidth) | quint8(Normalisation::LowerCaseX)));
    }

    void programYears_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("years");
        QTest::newRow("digit") << s("4") << 4;
        QTest::newRow("fraction") << s("4.0") << 4;
        QTest::newRow("年") << s("4年") << 4;
        QTest::newRow("四年") << s("四年") << 4;
        QTest::newRow("五") << s("五") << 5;
        QTest::newRow("full-width") << s(" ４ ") << 4;
    }
    void programYears()
    {
        QFETCH(QString, text);
        QFETCH(int, years);
        const RowConversion c = convertWith(F::ProgramYears, text);
        QVERIFY2(c.issues.isEmpty(), qPrintable(codes(c).join(u' ')));
        QCOMPARE(c.record.programYears, years);
    }

    void enrolYear_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("year") << s("2024") << int(CellKind::Text);
        QTest::newRow("number cell") << s("2024") << int(CellKind::Number);
        QTest::newRow("number cell fraction") << s("2024.0") << int(CellKind::Number);
        QTest::newRow("date cell") << s("2024-09-01") << int(CellKind::Date);
        QTest::newRow("date time cell") << s("2024-09-01T08:30:00") << int(CellKind::Date);
        QTest::newRow("iso text") << s("2024-09-01") << int(CellKind::Text);
        QTest::newRow("slashes") << s("2024/9/1") << int(CellKind::Text);
        QTest::newRow("year month") << s("2024.09") << int(CellKind::Text);
        QTest::newRow("chinese month") << s("2024年9月") << int(CellKind::Text);
        QTest::newRow("chinese year") << s("2024年") << int(CellKind::Text);
        QTest::newRow("compact date") << s("20240901") << int(CellKind::Text);
        QTest::newRow("excel serial") << QString::number(QDate(1899, 12, 30).daysTo(QDate(2024, 9, 1)))
                                      << int(CellKind::Number);
    }
    void enrolYear()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const RowConversion c = convertWith(F::EnrolYear, text, CellKind(kind));
        QVERIFY2(c.issues.isEmpty(), qPrintable(codes(c).join(u' ')));
        QCOMPARE(c.record.enrolYear, 2024);
    }

    void codesInParentheses()
    {
        Case c;
        c.cells[F::SchoolCode] = s("(99101)测试学校");
        c.cells[F::CampusCode] = s("（991010）主校区");
        const RowConversion r = c.convert();
        QVERIFY2(r.issues.isEmpty(), qPrintable(codes(r).join(u' ')));
        QCOMPARE(r.record.schoolCode, s("99101"));
        QCOMPARE(r.record.campusCode, s("991010"));
    }

    void numberCellsInTextFields()
    {
        Case c;
        c.cells[F::Grade] = s("2024.0");
        c.cells[F::SchoolCode] = s("99101.0");
        c.kinds[F::Grade] = CellKind::Number;
        c.kinds[F::SchoolCode] = CellKind::Number;
        const RowConversion r = c.convert();
        QVERIFY(r.issues.isEmpty());
        QCOMPARE(r.record.grade, s("2024"));
        QCOMPARE(r.record.schoolCode, s("99101"));
        QCOMPARE(r.normalisations, quint8(Normalisation::NumberAsText));
        // A text cell keeps what it says: "2024.0" may be meant.
        QCOMPARE(convertWith(F::Grade, s("2024.0")).record.grade, s("2024.0"));
    }

    void severalIssuesInFieldOrderOncePerCode()
    {
        Case c;
        c.cells[F::StudentNo] = s("123");
        c.kinds[F::StudentNo] = CellKind::Number;
        c.cells[F::Note] = QString(2001, u'x');
        c.cells[F::Name] = QString();
        c.cells[F::IdType] = s("学生卡");
        c.cells[F::Education] = s("小学");
        c.cells[F::SchoolCode] = s("1");
        const RowConversion r = c.convert();
        QCOMPARE(codes(r), (QStringList {QStringLiteral("name:student.required"), QStringLiteral("id_type:label.id_type"),
                                         QStringLiteral("school_code:student.school_code"),
                                         QStringLiteral("education:label.education"),
                                         QStringLiteral("student_no:student_no.number_cell(w)"),
                                         QStringLiteral("note:text.too_long")}));
        QCOMPARE(r.record.note.size(), RowConverter::MaxNoteChars);
    }

    void shortRowAndMissingColumns()
    {
        ColumnMapping mapping = ColumnGuess::guess(StudentColumns::chineseHeaderRow());
        SourceRow row;
        row.line = 3;
        row.cells = {s("张三"), s("男")};
        const RowConversion r = RowConverter(mapping, kToday).convert(row);
        QVERIFY(r.hasError());
        QVERIFY(findIssue(r, QStringLiteral("student.required")));
        QCOMPARE(r.record.name, s("张三"));
    }

    void idNumberFlagsFromNormalise()
    {
        const NormalisedIdNumber clean = normaliseIdNumber(kId);
        QVERIFY(!clean.changed && !clean.fullWidth && !clean.spaces && !clean.lowerCase);
        const NormalisedIdNumber all = normaliseIdNumber(s(" １１0105 19491231002x"));
        QCOMPARE(all.number, QStringLiteral("11010519491231002X"));
        QVERIFY(all.changed && all.fullWidth && all.spaces && all.lowerCase);
        const NormalisedIdNumber apostrophe = normaliseIdNumber(u'\'' + kId);
        QVERIFY(apostrophe.changed && !apostrophe.fullWidth && !apostrophe.spaces && !apostrophe.lowerCase);
    }
};

QTEST_GUILESS_MAIN(TestRowConverter)
#include "tst_rowconverter.moc"
