#include "StudentColumns.h"

#include <QTest>

using namespace cet;

class TestStudentColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chineseHeaderRow()
    {
        QCOMPARE(StudentColumns::chineseHeaderRow().join(u','),
                 QStringLiteral("姓名,性别,证件类型,证件号码,学校代码,校区代码,学历,学制,入学年份,年级,院系,专业,班级,学号,备注"));
    }
    void headerRoundTrip()
    {
        const auto mapped = StudentColumns::mapHeaderRow(StudentColumns::chineseHeaderRow());
        for (int i = 0; i < int(StudentField::Count_); ++i)
            QCOMPARE(mapped.at(i), std::optional<StudentField>(StudentField(i)));
    }
    void englishSynonyms()
    {
        QCOMPARE(StudentColumns::fieldForHeader(QStringLiteral(" ID Number ")), StudentField::IdNumber);
        QCOMPARE(StudentColumns::fieldForHeader(QStringLiteral("id_type")), StudentField::IdType);
        QCOMPARE(StudentColumns::fieldForHeader(QStringLiteral("Student No")), StudentField::StudentNo);
        QCOMPARE(StudentColumns::fieldForHeader(QStringLiteral("unknown")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStudentColumns)
#include "tst_studentcolumns.moc"
