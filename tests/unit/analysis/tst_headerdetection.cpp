#include "HeaderDetection.h"
#include "StudentColumns.h"

#include <QTest>

using namespace cet;

namespace {

SourceRow row(qint64 line, const QStringList &cells)
{
    SourceRow r;
    r.cells = cells;
    r.line = line;
    return r;
}

QStringList split(const char *utf8)
{
    return QString::fromUtf8(utf8).split(u',');
}

} // namespace

class TestHeaderDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainHeaderFirst()
    {
        const HeaderGuess g = detectHeader({row(1, StudentColumns::chineseHeaderRow()),
                                            row(2, split("张三,男,身份证,11010519491231002X"))});
        QCOMPARE(g.rowIndex, 0);
        QCOMPARE(g.line, 1);
        QCOMPARE(g.matchedColumns, 15);
    }

    void titleBlankAndNotesAbove()
    {
        const QList<SourceRow> rows {
            row(1, split("2025年秋季学籍名单")),
            row(2, {}),
            row(3, split("说明：请勿修改表头，姓名为必填")), // one cell naming nothing
            row(4, split(",,,")),
            row(6, split("序号,姓名,性别,身份证号码,学院,专业,学号")),
            row(7, split("1,张三,男,11010519491231002X,计算机学院,软件工程,001")),
        };
        const HeaderGuess g = detectHeader(rows);
        QCOMPARE(g.rowIndex, 4);
        QCOMPARE(g.line, 6); // the line as the user sees it, not the index
        QCOMPARE(g.matchedColumns, 6);
    }

    void mostMatchesWinsTiesGoEarlier()
    {
        // A notes row that happens to name two fields loses to the real header.
        const QList<SourceRow> rows {
            row(1, split("姓名,学号")),
            row(2, split("姓名,性别,证件号码,学号")),
            row(3, split("姓名,性别,证件号码,学号")),
        };
        QCOMPARE(detectHeader(rows).rowIndex, 1);
    }

    void repeatedFieldCountsOnce()
    {
        const HeaderGuess g = detectHeader({row(1, split("姓名,学生姓名,Name")), row(2, split("姓名,学号"))});
        QCOMPARE(g.rowIndex, 1);
        QCOMPARE(g.matchedColumns, 2);
    }

    void noHeader()
    {
        QCOMPARE(detectHeader({}).rowIndex, -1);
        const HeaderGuess g = detectHeader({row(1, split("张三,男")), row(2, split("姓名,foo"))});
        QCOMPARE(g.rowIndex, -1); // one match is not enough
        QCOMPARE(g.line, 0);
        QCOMPARE(g.matchedColumns, 0);
    }

    void classify_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<int>("expected");
        const auto add = [](const char *tag, const QStringList &cells, RowSkip skip) {
            QTest::newRow(tag) << cells << int(skip);
        };
        add("student", split("张三,男,11010519491231002X"), RowSkip::None);
        add("empty", {}, RowSkip::Blank);
        add("blank cells", {QString(), QStringLiteral("  "), QString::fromUtf8("\u3000")}, RowSkip::Blank);
        add("合计", split("合计,,,"), RowSkip::Totals);
        add("总计 later column", split(",总计：1234人,,"), RowSkip::Totals);
        add("小计", split("小计,23"), RowSkip::Totals);
        add("共 123 人", split("共 123 人,,"), RowSkip::Totals);
        add("共123名学生", split("共123名学生"), RowSkip::Totals);
        add("Total", split("Total,1234"), RowSkip::Totals);
        add("TOTALS", split("TOTALS"), RowSkip::Totals);
        add("totals with an ID", split("合计,男,11010519491231002X"), RowSkip::None);
        add("共 without a count", split("共青团员,男"), RowSkip::None);
        add("note", split("注：本表由教务处导出"), RowSkip::Note);
        add("note with more cells", split("注：本表由教务处导出,张三"), RowSkip::None);
        add("说明", split(",说明：学号不可重复"), RowSkip::Note);
        add("repeated header", split("姓名,性别, 证件号码 "), RowSkip::RepeatedHeader);
        add("header with trailing empty", split("姓名,性别,证件号码,"), RowSkip::RepeatedHeader);
        add("half a header", split("姓名,性别"), RowSkip::None);
    }
    void classify()
    {
        QFETCH(QStringList, cells);
        QFETCH(int, expected);
        const QStringList header = split("姓名,性别,证件号码");
        QCOMPARE(int(classifyRow(row(9, cells), header, 2)), expected);
    }

    void classifyWithoutIdColumn()
    {
        QCOMPARE(classifyRow(row(1, split("合计,3")), split("姓名,学号"), -1), RowSkip::Totals);
        QCOMPARE(classifyRow(row(1, split("张三,3")), split("姓名,学号"), -1), RowSkip::None);
        QCOMPARE(classifyRow(row(1, split("张三,3")), {}, -1), RowSkip::None);
    }
};

QTEST_GUILESS_MAIN(TestHeaderDetection)
#include "tst_headerdetection.moc"
