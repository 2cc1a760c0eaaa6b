// Unit tests of student-record validation, labels and StudentRecord helpers.
#include "IdNumber.h"
#include "StudentLabels.h"
#include "StudentRecord.h"
#include "StudentValidation.h"

#include <QtTest>

#include <functional>

using namespace cet;

namespace {

const QDate kToday(2025, 6, 1);

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

StudentRecord validRecord()
{
    StudentRecord r;
    r.name = s("张三");
    r.gender = Gender::Female; // digit 17 of the GB example is 2
    r.idType = IdType::ResidentId;
    r.idNumber = QStringLiteral("11010519491231002X");
    r.schoolCode = QStringLiteral("99101");
    r.campusCode = QStringLiteral("991010");
    r.education = Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2024;
    r.grade = QStringLiteral("2024");
    r.department = s("计算机学院");
    r.major = s("软件工程");
    r.className = s("1班");
    r.studentNo = QStringLiteral("0024000001");
    return r;
}

using Mutation = std::function<void(StudentRecord &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestStudentValidation : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void multipleIssues();
    void education_data();
    void education();
    void gender_data();
    void gender();
    void fieldLabels();
    void recordEqualityAndText();
};

void TestStudentValidation::validate_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("code"); // empty = no issue
    const auto row = [](const char *tag, Mutation m, StudentField f, const char *code) {
        QTest::newRow(tag) << m << int(f) << QString::fromLatin1(code);
    };
    using F = StudentField;
    row(
        "valid", [](StudentRecord &) {}, F::Name, "");
    row(
        "valid-male",
        [](StudentRecord &r) {
            r.idNumber = QStringLiteral("330101200101010011");
            r.idNumber = r.idNumber.left(17) + residentIdCheckChar(r.idNumber.left(17));
            r.gender = Gender::Male;
        },
        F::Name, "");
    row(
        "valid-passport",
        [](StudentRecord &r) {
            r.idType = IdType::Passport;
            r.idNumber = QStringLiteral("E12345678");
            r.gender = Gender::Male;
        },
        F::Name, "");
    row(
        "valid-leading-zero-no", [](StudentRecord &r) { r.studentNo = QStringLiteral("000123"); }, F::Name, "");
    row(
        "valid-empty-optional",
        [](StudentRecord &r) {
            r.department.clear();
            r.major.clear();
            r.className.clear();
            r.studentNo.clear();
        },
        F::Name, "");
    row(
        "no-name", [](StudentRecord &r) { r.name = QStringLiteral("  "); }, F::Name, "student.required");
    row(
        "no-gender", [](StudentRecord &r) { r.gender = Gender::Unknown; }, F::Gender, "student.required");
    row(
        "no-idtype", [](StudentRecord &r) { r.idType = IdType::Unknown; }, F::IdType, "student.required");
    row(
        "no-idnumber", [](StudentRecord &r) { r.idNumber.clear(); }, F::IdNumber, "student.required");
    row(
        "id-check", [](StudentRecord &r) { r.idNumber = QStringLiteral("110105194912310021"); }, F::IdNumber,
        "id.check_char");
    row(
        "id-sci", [](StudentRecord &r) { r.idNumber = QStringLiteral("1.10105E+17"); }, F::IdNumber,
        "id.scientific_notation");
    row(
        "id-future",
        [](StudentRecord &r) {
            const QString b = QStringLiteral("11010520300101002");
            r.idNumber = b + residentIdCheckChar(b);
        },
        F::IdNumber, "id.birth_date");
    row(
        "id-wrong-type", [](StudentRecord &r) { r.idType = IdType::HongKongId; }, F::IdNumber, "id.format");
    row(
        "gender-mismatch", [](StudentRecord &r) { r.gender = Gender::Male; }, F::Gender, "student.gender_mismatch");
    row(
        "no-school", [](StudentRecord &r) { r.schoolCode.clear(); }, F::SchoolCode, "student.required");
    row(
        "school-4", [](StudentRecord &r) { r.schoolCode = QStringLiteral("9910"); }, F::SchoolCode,
        "student.school_code");
    row(
        "school-letter", [](StudentRecord &r) { r.schoolCode = QStringLiteral("9910A"); }, F::SchoolCode,
        "student.school_code");
    row(
        "no-campus", [](StudentRecord &r) { r.campusCode.clear(); }, F::CampusCode, "student.required");
    row(
        "campus-5", [](StudentRecord &r) { r.campusCode = QStringLiteral("99101"); }, F::CampusCode,
        "student.campus_code");
    row(
        "campus-other-school", [](StudentRecord &r) { r.campusCode = QStringLiteral("991020"); }, F::CampusCode,
        "student.campus_school_mismatch");
    row(
        "no-education", [](StudentRecord &r) { r.education = Education::Unknown; }, F::Education, "student.required");
    row(
        "years-0", [](StudentRecord &r) { r.programYears = 0; }, F::ProgramYears, "student.required");
    row(
        "years-1", [](StudentRecord &r) { r.programYears = 1; }, F::ProgramYears, "");
    row(
        "years-8", [](StudentRecord &r) { r.programYears = 8; }, F::ProgramYears, "");
    row(
        "years-9", [](StudentRecord &r) { r.programYears = 9; }, F::ProgramYears, "student.program_years");
    row(
        "years-neg", [](StudentRecord &r) { r.programYears = -1; }, F::ProgramYears, "student.program_years");
    row(
        "enrol-0", [](StudentRecord &r) { r.enrolYear = 0; }, F::EnrolYear, "student.required");
    row(
        "enrol-1989", [](StudentRecord &r) { r.enrolYear = 1989; }, F::EnrolYear, "student.enrol_year");
    row(
        "enrol-1990", [](StudentRecord &r) { r.enrolYear = 1990; }, F::EnrolYear, "");
    row(
        "enrol-next-year", [](StudentRecord &r) { r.enrolYear = 2026; }, F::EnrolYear, "");
    row(
        "enrol-two-years", [](StudentRecord &r) { r.enrolYear = 2027; }, F::EnrolYear, "student.enrol_year");
    row(
        "no-grade", [](StudentRecord &r) { r.grade.clear(); }, F::Grade, "student.required");
}

void TestStudentValidation::validate()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, field);
    QFETCH(QString, code);
    StudentRecord r = validRecord();
    mutate(r);
    const QList<FieldIssue> issues = validateStudent(r, kToday);
    if (code.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().error.code));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(int(issues.first().field), field);
    QCOMPARE(issues.first().error.code, code);
    QCOMPARE(issues.first().severity, FieldIssue::Severity::Error);
    QVERIFY(!issues.first().error.message.isEmpty());
}

void TestStudentValidation::multipleIssues()
{
    const QList<FieldIssue> issues = validateStudent(StudentRecord(), kToday);
    QList<StudentField> fields;
    for (const FieldIssue &i : issues)
        fields.append(i.field);
    const QList<StudentField> expected = { StudentField::Name, StudentField::Gender, StudentField::IdType,
        StudentField::IdNumber, StudentField::SchoolCode, StudentField::CampusCode, StudentField::Education,
        StudentField::ProgramYears, StudentField::EnrolYear, StudentField::Grade };
    QCOMPARE(fields, expected);
}

void TestStudentValidation::education_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("education");
    QTest::newRow("zhuanke") << s("专科") << int(Education::JuniorCollege);
    QTest::newRow("dazhuan") << s("大专") << int(Education::JuniorCollege);
    QTest::newRow("benke") << s("本科") << int(Education::Bachelor);
    QTest::newRow("benke-spaces") << s(" 本 科 ") << int(Education::Bachelor);
    QTest::newRow("master") << s("硕士研究生") << int(Education::Master);
    QTest::newRow("shuoshi") << s("硕士") << int(Education::Master);
    QTest::newRow("doctor") << s("博士研究生") << int(Education::Doctorate);
    QTest::newRow("code-2") << QStringLiteral("2") << int(Education::Bachelor);
    QTest::newRow("english") << QStringLiteral("Bachelor") << int(Education::Bachelor);
    QTest::newRow("unknown") << s("幼儿园") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestStudentValidation::education()
{
    QFETCH(QString, label);
    QFETCH(int, education);
    const Result<Education> r = educationFromLabel(label);
    if (education < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("student.education_unknown"));
        return;
    }
    QVERIFY(r.ok());
    QCOMPARE(int(r.value()), education);
    // The data value round-trips.
    QCOMPARE(educationFromLabel(educationLabel(r.value())).value(), r.value());
    QVERIFY(!educationDisplayName(r.value()).isEmpty());
}

void TestStudentValidation::gender_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("gender");
    QTest::newRow("nan") << s("男") << int(Gender::Male);
    QTest::newRow("nv") << s("女") << int(Gender::Female);
    QTest::newRow("M") << QStringLiteral("M") << int(Gender::Male);
    QTest::newRow("f") << QStringLiteral("f") << int(Gender::Female);
    QTest::newRow("Male") << QStringLiteral("Male") << int(Gender::Male);
    QTest::newRow("FEMALE") << QStringLiteral("FEMALE") << int(Gender::Female);
    QTest::newRow("1") << QStringLiteral("1") << int(Gender::Male);
    QTest::newRow("2") << QStringLiteral("2") << int(Gender::Female);
    QTest::newRow("space") << s(" 男 ") << int(Gender::Male);
    QTest::newRow("other") << QStringLiteral("X") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestStudentValidation::gender()
{
    QFETCH(QString, label);
    QFETCH(int, gender);
    const Result<Gender> r = genderFromLabel(label);
    if (gender < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("student.gender_unknown"));
        return;
    }
    QVERIFY(r.ok());
    QCOMPARE(int(r.value()), gender);
    QCOMPARE(genderFromLabel(genderLabel(r.value())).value(), r.value());
    QVERIFY(!genderDisplayName(r.value()).isEmpty());
}

void TestStudentValidation::fieldLabels()
{
    const QStringList expected = { QStringLiteral("Name"), QStringLiteral("Gender"), QStringLiteral("ID type"),
        QStringLiteral("ID number"), QStringLiteral("School code"), QStringLiteral("Campus code"),
        QStringLiteral("Education"), QStringLiteral("Program years"), QStringLiteral("Enrolment year"),
        QStringLiteral("Grade"), QStringLiteral("Department"), QStringLiteral("Major"), QStringLiteral("Class"),
        QStringLiteral("Student no."), QStringLiteral("Note") };
    QCOMPARE(int(StudentField::Count_), expected.size());
    for (int i = 0; i < int(StudentField::Count_); ++i)
        QCOMPARE(studentFieldLabel(static_cast<StudentField>(i)), expected.at(i));
    QCOMPARE(educationLabel(Education::Master), s("硕士研究生"));
    QCOMPARE(genderLabel(Gender::Female), s("女"));
}

void TestStudentValidation::recordEqualityAndText()
{
    StudentRecord a = validRecord();
    StudentRecord b = a;
    QVERIFY(a == b);
    b.rowVersion = 7;
    QVERIFY(a != b);
    QVERIFY(a.sameContent(b));
    b.studentNo = QStringLiteral("24000001");
    QVERIFY(!a.sameContent(b));

    QCOMPARE(a.fieldText(StudentField::StudentNo), QStringLiteral("0024000001"));
    QCOMPARE(a.fieldText(StudentField::Gender), QStringLiteral("2"));
    QCOMPARE(a.fieldText(StudentField::IdType), QStringLiteral("1"));
    QCOMPARE(a.fieldText(StudentField::Education), QStringLiteral("2"));
    QCOMPARE(a.fieldText(StudentField::ProgramYears), QStringLiteral("4"));
    QCOMPARE(a.fieldText(StudentField::EnrolYear), QStringLiteral("2024"));
    QCOMPARE(a.fieldText(StudentField::Name), s("张三"));
    QCOMPARE(StudentRecord().fieldText(StudentField::EnrolYear), QString());
    QCOMPARE(StudentRecord().fieldText(StudentField::Gender), QString());
    for (int i = 0; i < int(StudentField::Count_); ++i)
        QVERIFY(!validRecord().fieldText(static_cast<StudentField>(i)).isEmpty() || i == int(StudentField::Note));
}

QTEST_GUILESS_MAIN(TestStudentValidation)
#include "tst_studentvalidation.moc"
