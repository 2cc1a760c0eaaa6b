// The score office's CET4 CSV (Cet4ScoreFile) and `cet-central import-scores` over SQLite and
// PostgreSQL: column names in English or Chinese, every bad row reported with its line, and a file
// with any bad row importing nothing.
#include "CentralFixture.h"
#include "CentralStore.h"
#include "Cet4ScoreFile.h"
#include "Cet4ScoreImport.h"
#include "Cet4ScoreSql.h"
#include "InProcessCli.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::review;
using namespace cet::central::test;

namespace {
QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

const QByteArray kGood = utf8("ticket,id_type,id_number,name,year,month,total\n"
                              "100011191100101,1,110101200001011234,张三,2019,6,520\n"
                              "100011191100101,身份证,110105199912314567,\"张,三\",2019,6,480\r\n"
                              "\n"
                              "100011192100102,1,31010420010203789x, 李四 ,2019,12,400\n");
} // namespace

class TestCet4ScoreFile : public QObject
{
    Q_OBJECT

private slots:
    void readsEnglishColumns()
    {
        auto f = Cet4ScoreFile::parse(kGood);
        QVERIFY(f.ok());
        QVERIFY(f.value().problems.isEmpty());
        QCOMPARE(f.value().rows.size(), 3);
        QCOMPARE(f.value().dataRows, 3);
        const auto &r = f.value().rows.at(1);
        QCOMPARE(r.ticket, QStringLiteral("100011191100101"));
        QCOMPARE(r.idType, 1);
        QCOMPARE(r.name, QStringLiteral("张,三"));
        QCOMPARE(r.total, 480);
        QCOMPARE(f.value().rows.at(2).idNumber, QStringLiteral("31010420010203789X")); // normalised
        QCOMPARE(f.value().rows.at(2).name, QStringLiteral("李四"));
        QCOMPARE(f.value().rows.at(2).examMonth, 12);
    }

    void readsTheChineseExportWithABom()
    {
        // The layout of the score office's older exports (and of the fixture generator): no ID type,
        // one year-month column.
        auto f = Cet4ScoreFile::parse(utf8("\xEF\xBB\xBF准考证号,证件号码,姓名,考试年月,总分\n"
                                           "100011251109923,310104200204090993,吕强紫,2025-06,302\n"
                                           "100011202120621,110105199909112893,江博丽,202012,595\n"));
        QVERIFY(f.ok());
        QVERIFY(f.value().problems.isEmpty());
        QCOMPARE(f.value().rows.size(), 2);
        QCOMPARE(f.value().rows.at(0).idType, 0);
        QCOMPARE(f.value().rows.at(0).examYear, 2025);
        QCOMPARE(f.value().rows.at(1).examMonth, 12);
    }

    void reportsEveryBadRowWithItsLine()
    {
        auto f = Cet4ScoreFile::parse(utf8("ticket,id_type,id_number,name,year,month,total\n"
                                           "100011191100101,1,110101200001011234,张三,2019,6,520\n" // 2 good
                                           "abc,1,110101200001011234,张三,2019,6,520\n" // 3 ticket
                                           "100011191100102,军官证,1,张三,2019,6,520\n" // 4 type
                                           "100011191100103,1,,张三,2019,6,520\n" // 5 id
                                           "100011191100104,1,1,,2019,6,520\n" // 6 name
                                           "100011191100105,1,1,张三,2018,6,520\n" // 7 sitting
                                           "100011191100106,1,1,张三,2019,7,520\n" // 8 month
                                           "100011191100107,1,1,张三,2019,6,711\n" // 9 total
                                           "100011191100108,1,1,张三,2019,6\n" // 10 fields
                                           "100011191100101,1,110101200001011234,张叁,2019,6,500\n" // 11 twice
                                           "100011191200101,1,1,张三,2019,6,520\n")); // 12 CET6
        QVERIFY(f.ok());
        QList<qint64> lines;
        for (const auto &p : f.value().problems)
            lines.append(p.line);
        QCOMPARE(lines, (QList<qint64> { 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }));
        QVERIFY(f.value().problems.at(8).message.contains(QStringLiteral("line 2")));
        QCOMPARE(f.value().dataRows, 11);
    }

    void refusesTheFileAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("score_file.empty");
        QTest::newRow("gbk") << QByteArray(
            "ticket,id_number,name,year,month,total\n100011191100101,1,\xD5\xC5\xC8\xFD,2019,6,500\n")
                             << QStringLiteral("score_file.not_utf8");
        QTest::newRow("unknown column") << QByteArray("ticket,id_number,name,year,month,total,remark\n")
                                        << QStringLiteral("score_file.header");
        QTest::newRow("missing total") << QByteArray("ticket,id_number,name,year,month\n")
                                       << QStringLiteral("score_file.header");
        QTest::newRow("two date forms") << QByteArray("ticket,id_number,name,year,month,考试年月,total\n")
                                        << QStringLiteral("score_file.header");
        QTest::newRow("twice") << QByteArray("ticket,准考证号,id_number,name,year,month,total\n")
                               << QStringLiteral("score_file.header");
    }

    void refusesTheFileAsAWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto f = Cet4ScoreFile::parse(bytes);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, code);
        if (code == QLatin1String("score_file.not_utf8"))
            QVERIFY(f.error().message.contains(QStringLiteral("line 2")));
    }

    void aLargeFirstImportKeepsTheIdNumberIndex_data() { addBackendRows(); }

    void aLargeFirstImportKeepsTheIdNumberIndex()
    {
        QFETCH(int, backend);
        auto db = std::make_unique<TestDatabase>(TestDatabase::Backend(backend));
        if (!db->skipReason().isEmpty())
            QSKIP(qPrintable(db->skipReason()));
        auto store = CentralStore::open(db->url());
        QVERIFY(store.ok() && store.value()->migrate().ok());
        QList<cet4scoresql::ScoreRow> rows;
        for (int i = 0; i < 12000; ++i)
            rows.append({ QStringLiteral("1000111911%1").arg(i, 5, 10, QLatin1Char('0')), 1,
                          QStringLiteral("11010120000101%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("张三"),
                          2019, 6, 400 + i % 100 });
        QVERIFY(importCet4Scores(*store.value(), rows).ok());
        QCOMPARE(cet4scoresql::count(*store.value()).value(), 12000);
        const QString indexes = store.value()->isPostgres()
            ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'cet4_scores_id_number' "
                             "AND schemaname = current_schema()")
            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'cet4_scores_id_number'");
        QCOMPARE(store.value()->scalar(indexes).value().toInt(), 1);
        QVERIFY(cet4scoresql::hasPassedScore(*store.value(), 1, QStringLiteral("110101200001010099"), 425, 2005)
                    .value());
        QVERIFY(!cet4scoresql::hasPassedScore(*store.value(), 1, QStringLiteral("110101200001010024"), 425, 2005)
                     .value());
    }

    void importScoresCommand_data() { addBackendRows(); }

    void importScoresCommand()
    {
        QFETCH(int, backend);
        auto db = std::make_unique<TestDatabase>(TestDatabase::Backend(backend));
        if (!db->skipReason().isEmpty())
            QSKIP(qPrintable(db->skipReason()));
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kGood);
        }
        {
            // Two good rows and one bad one at the end: nothing of the file may be stored.
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(utf8("ticket,id_type,id_number,name,year,month,total\n"
                         "100011191100201,1,110101200001011234,王五,2019,6,520\n"
                         "100011191100202,1,110101200001011235,赵六,2019,6,520\n"
                         "100011191100203,1,110101200001011236,孙七,2019,6,999\n"));
        }
        QString err;
        QCOMPARE(runCentralCommand({ QStringLiteral("import-scores"), bad, QStringLiteral("--db"), db->url() }, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("bad.csv:4:")), qPrintable(err));
        QCOMPARE(runCentralCommand({ QStringLiteral("import-scores"), good, QStringLiteral("--db"), db->url() }, &err), 0);
        // Again: the same rows replace themselves, nothing doubles.
        QCOMPARE(runCentralCommand({ QStringLiteral("import-scores"), good, QStringLiteral("--db"), db->url() }, &err), 0);
        QCOMPARE(runCentralCommand({ QStringLiteral("import-scores"), QStringLiteral("--db"), db->url() }, &err), 1);
        QCOMPARE(runCentralCommand({ QStringLiteral("import-scores"), dir.filePath(QStringLiteral("none.csv")),
                            QStringLiteral("--db"), db->url() },
                     &err),
            2);

        auto store = CentralStore::open(db->url());
        QVERIFY(store.ok());
        QCOMPARE(cet4scoresql::count(*store.value()).value(), 3);
        auto records = cet4scoresql::findByTicket(*store.value(), QStringLiteral("100011191100101"));
        QVERIFY(records.ok());
        QCOMPARE(records.value().size(), 2);
        QVERIFY(cet4scoresql::findByTicket(*store.value(), QStringLiteral("100011191100201")).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCet4ScoreFile)
#include "tst_cet4scorefile.moc"
