#include "ColumnMapping.h"
#include "StudentColumns.h"

#include <QTest>

using namespace cet;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

ColumnMapping fullMapping()
{
    return ColumnGuess::guess(StudentColumns::chineseHeaderRow());
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void synonyms_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        const auto family = [](StudentField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                QTest::newRow(name) << QString::fromUtf8(name) << int(field);
        };
        family(StudentField::Name, {"姓名", "学生姓名", "Name", "Student Name", "NAME"});
        family(StudentField::Gender, {"性别", "Gender", "Sex"});
        family(StudentField::IdType, {"证件类型", "身份证件类型", "ID Type", "id_type"});
        family(StudentField::IdNumber, {"证件号码", "证件号", "身份证号", "身份证号码", "身份证件号", "ID Number",
                                        "ID No.", "IDNo", "id-no"});
        family(StudentField::SchoolCode, {"学校代码", "School Code"});
        family(StudentField::CampusCode, {"校区代码", "考点校区", "Campus Code"});
        family(StudentField::Education, {"学历", "学历层次", "培养层次", "Education"});
        family(StudentField::ProgramYears, {"学制", "Program Years"});
        family(StudentField::EnrolYear, {"入学年份", "入学年度", "入学时间", "Enrolment Year", "Enrollment Year"});
        family(StudentField::Grade, {"年级", "Grade"});
        family(StudentField::Department, {"院系", "学院", "系别", "Department", "College", "School"});
        family(StudentField::Major, {"专业", "专业名称", "Major"});
        family(StudentField::ClassName, {"班级", "班级名称", "Class"});
        family(StudentField::StudentNo, {"学号", "学生编号", "Student No.", "Student ID", "student number"});
        family(StudentField::Note, {"备注", "Note", "Remark", "Remarks"});
        // Decorations that real templates add.
        family(StudentField::Name, {"姓名*", "*姓名", " 姓 名 ", "姓名：", "姓名:", "【姓名】必填"});
        family(StudentField::IdNumber, {"证件号码（必填）", "证件号码(必填)", "证件号码*（18位）", "ＩＤ　Ｎｏ．",
                                        "身份证号码[必填]"});
        family(StudentField::StudentNo, {"学号*:", "STUDENT ID"});
    }
    void synonyms()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        if (header == s("【姓名】必填")) // a prefix in brackets is not a decoration: no guess
            QCOMPARE(StudentColumns::fieldForHeader(header), std::nullopt);
        else
            QCOMPARE(StudentColumns::fieldForHeader(header), std::optional<StudentField>(StudentField(field)));
    }

    void unknownHeaders()
    {
        for (const char *h : {"", "序号", "联系电话", "Email", "(必填)", "*", "学校名称"})
            QCOMPARE(StudentColumns::fieldForHeader(s(h)), std::nullopt);
    }

    void guessMapsEachFieldOnce()
    {
        const QStringList headers {s("序号"), s("姓名"), s("学生姓名"), s("身份证号"), s("学院"), s("院系")};
        const ColumnMapping m = ColumnGuess::guess(headers);
        QCOMPARE(m.headers, headers);
        QCOMPARE(m.fields.size(), headers.size());
        QCOMPARE(m.fields.at(0), std::nullopt);
        QCOMPARE(m.fields.at(1), StudentField::Name);
        QCOMPARE(m.fields.at(2), std::nullopt); // the first column naming a field wins
        QCOMPARE(m.fields.at(3), StudentField::IdNumber);
        QCOMPARE(m.fields.at(4), StudentField::Department);
        QCOMPARE(m.fields.at(5), std::nullopt);
        QCOMPARE(m.columnOf(StudentField::IdNumber), qsizetype(3));
        QCOMPARE(m.columnOf(StudentField::Major), std::nullopt);
    }

    void requiredAndMissing()
    {
        QVERIFY(fullMapping().missingRequired().isEmpty());
        QVERIFY(ColumnGuess::missingMessages(fullMapping()).isEmpty());
        const QList<StudentField> required = ColumnMapping::requiredFields();
        QVERIFY(required.contains(StudentField::Name));
        QVERIFY(required.contains(StudentField::IdNumber));
        QVERIFY(!required.contains(StudentField::Gender)); // from the ID number
        QVERIFY(!required.contains(StudentField::IdType)); // assumed for resident ID numbers
        QVERIFY(!required.contains(StudentField::StudentNo));

        const ColumnMapping partial = ColumnGuess::guess({s("姓名"), s("性别"), s("证件类型"), s("学校代码"),
                                                          s("校区代码"), s("学历"), s("学制"), s("入学年份")});
        QCOMPARE(partial.missingRequired(), (QList<StudentField> {StudentField::IdNumber, StudentField::Grade}));
        const QStringList messages = ColumnGuess::missingMessages(partial);
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.at(0).contains(s("证件号码")) && messages.at(0).contains(QStringLiteral("ID number")),
                 qPrintable(messages.at(0)));
        QVERIFY(messages.at(1).contains(s("年级")));
    }

    void signatureIgnoresCaseAndSpaces()
    {
        ColumnMapping a;
        a.headers = {QStringLiteral(" Name"), QStringLiteral("ID No ")};
        ColumnMapping b;
        b.headers = {QStringLiteral("NAME"), QStringLiteral("id no")};
        QCOMPARE(a.signature(), b.signature());
        ColumnMapping c;
        c.headers = {QStringLiteral("Name ID"), QStringLiteral("No")};
        QVERIFY(a.signature() != c.signature());
        ColumnMapping d;
        d.headers = {QString(), QStringLiteral("Name"), QStringLiteral("ID No")};
        QVERIFY(a.signature() != d.signature());
    }

    void profileWins()
    {
        const QStringList headers {s("姓名"), s("编号"), s("学号"), s("备注")};
        // The user mapped 编号 to the 学号, ignored the 学号 column and the 备注 column.
        ColumnMapping profile;
        profile.headers = {s("姓名 "), s("编号"), s("学号"), s("备注")};
        profile.fields = {StudentField::Name, StudentField::StudentNo, std::nullopt, std::nullopt};
        const ColumnMapping m = ColumnGuess::guess(headers, profile);
        QCOMPARE(m.headers, headers);
        QCOMPARE(m.fields, profile.fields);

        // A profile of other headers is not applied.
        ColumnMapping other = profile;
        other.headers[1] = s("工号");
        const ColumnMapping guessed = ColumnGuess::guess(headers, other);
        QCOMPARE(guessed.fields.at(1), std::nullopt);
        QCOMPARE(guessed.fields.at(2), StudentField::StudentNo);
        QCOMPARE(guessed.fields.at(3), StudentField::Note);

        // A malformed profile (fields of another size) is not applied either.
        ColumnMapping broken = profile;
        broken.fields.removeLast();
        QCOMPARE(ColumnGuess::guess(headers, broken).fields.at(2), StudentField::StudentNo);
    }

    void fieldKeys()
    {
        QStringList keys;
        for (int f = 0; f < int(StudentField::Count_); ++f) {
            keys.append(studentFieldKey(StudentField(f)));
            QCOMPARE(studentFieldFromKey(keys.last()), std::optional<StudentField>(StudentField(f)));
        }
        QCOMPARE(keys.join(u','), QStringLiteral("name,gender,id_type,id_number,school_code,campus_code,education,"
                                                 "program_years,enrol_year,grade,department,major,class_name,"
                                                 "student_no,note"));
        QCOMPARE(studentFieldFromKey(QStringLiteral("Name")), std::nullopt);
        QCOMPARE(studentFieldFromKey(QString()), std::nullopt);
    }

    void jsonRoundTrip()
    {
        ColumnMapping m = ColumnGuess::guess({s("序号"), s("姓名"), s("身份证号"), QStringLiteral("\"quoted\"")});
        const QString json = m.toJson();
        QCOMPARE(json, s("{\"fields\":[null,\"name\",\"id_number\",null],"
                         "\"headers\":[\"序号\",\"姓名\",\"身份证号\",\"\\\"quoted\\\"\"]}"));
        const auto back = ColumnMapping::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(back->headers, m.headers);
        QCOMPARE(back->fields, m.fields);

        const auto full = ColumnMapping::fromJson(fullMapping().toJson());
        QVERIFY(full.has_value());
        QCOMPARE(full->fields, fullMapping().fields);
    }

    void jsonShapeChecks_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("not json") << QStringLiteral("{headers");
        QTest::newRow("empty") << QString();
        QTest::newRow("array") << QStringLiteral(R"([["a"],["name"]])");
        QTest::newRow("no headers") << QStringLiteral(R"({"fields":["name"]})");
        QTest::newRow("no fields") << QStringLiteral(R"({"headers":["a"]})");
        QTest::newRow("headers not array") << QStringLiteral(R"({"headers":"a","fields":["name"]})");
        QTest::newRow("fields not array") << QStringLiteral(R"({"headers":["a"],"fields":{"0":"name"}})");
        QTest::newRow("sizes differ") << QStringLiteral(R"({"headers":["a","b"],"fields":["name"]})");
        QTest::newRow("header not string") << QStringLiteral(R"({"headers":[1],"fields":["name"]})");
        QTest::newRow("field not string") << QStringLiteral(R"({"headers":["a"],"fields":[3]})");
        QTest::newRow("field unknown") << QStringLiteral(R"({"headers":["a"],"fields":["shoe_size"]})");
        QTest::newRow("field twice") << QStringLiteral(R"({"headers":["a","b"],"fields":["name","name"]})");
    }
    void jsonShapeChecks()
    {
        QFETCH(QString, json);
        QCOMPARE(ColumnMapping::fromJson(json).has_value(), false);
    }
    void jsonEmptyMappingIsValid()
    {
        const auto m = ColumnMapping::fromJson(QStringLiteral(R"({"headers":[],"fields":[]})"));
        QVERIFY(m.has_value());
        QVERIFY(m->headers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
