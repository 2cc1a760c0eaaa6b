#include "Database.h"
#include "StudentExporter.h"
#include "StudentRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace cet;

namespace {

StudentRecord student(const QString &name, Gender gender, const QString &idNumber, const QString &studentNo)
{
    StudentRecord r;
    r.name = name;
    r.gender = gender;
    r.idType = IdType::ResidentId;
    r.idNumber = idNumber;
    r.schoolCode = QStringLiteral("10335");
    r.campusCode = QStringLiteral("103351");
    r.education = Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2022;
    r.grade = QStringLiteral("2022级");
    r.department = QStringLiteral("计算机学院");
    r.major = QStringLiteral("软件工程");
    r.className = QStringLiteral("软件2201");
    r.studentNo = studentNo;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStudentExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("export.sqlite"));
        auto db = Database::open(m_dbPath);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message + db.error().detail));
        QList<StudentRecord> records{
            student(QStringLiteral("张三"), Gender::Male, QStringLiteral("330106200304150013"), QStringLiteral("0022001")),
            student(QStringLiteral("李四"), Gender::Female, QStringLiteral("330106200401010020"), QStringLiteral("0022002")),
        };
        records[1].department = QStringLiteral("经济学院, 金融系");
        records[1].note = QStringLiteral("含\"引号\"\n换行");
        const auto inserted = StudentRepository(*db.value()).insert(records);
        QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().detail));
    }

    void formatForPath()
    {
        QCOMPARE(StudentExporter::formatForPath(QStringLiteral("a.XLSX")), StudentExporter::Format::Xlsx);
        QCOMPARE(StudentExporter::formatForPath(QStringLiteral("a.csv")), StudentExporter::Format::Csv);
    }

    void csvExact()
    {
        StudentExporter::Options o;
        o.databasePath = m_dbPath;
        o.outputPath = m_dir.filePath(QStringLiteral("out.csv"));
        qint64 lastDone = -1, lastTotal = -1;
        o.progress = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        };
        const auto written = StudentExporter::run(o);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written.value(), 2);
        QCOMPARE(lastDone, 2);
        QCOMPARE(lastTotal, 2);
        const QByteArray expected = QByteArrayLiteral("\xEF\xBB\xBF")
            + QStringLiteral("姓名,性别,证件类型,证件号码,学校代码,校区代码,学历,学制,入学年份,年级,院系,专业,班级,学号,备注\r\n"
                             "张三,男,中华人民共和国居民身份证,330106200304150013,10335,103351,本科,4,2022,2022级,"
                             "计算机学院,软件工程,软件2201,0022001,\r\n"
                             "李四,女,中华人民共和国居民身份证,330106200401010020,10335,103351,本科,4,2022,2022级,"
                             "\"经济学院, 金融系\",软件工程,软件2201,0022002,\"含\"\"引号\"\"\n换行\"\r\n")
                  .toUtf8();
        QCOMPARE(readAll(o.outputPath), expected);
    }

    void csvFilter()
    {
        StudentExporter::Options o;
        o.databasePath = m_dbPath;
        o.outputPath = m_dir.filePath(QStringLiteral("filtered.csv"));
        o.query.filter.search = QStringLiteral("李");
        const auto written = StudentExporter::run(o);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 1);
        QVERIFY(!readAll(o.outputPath).contains(QStringLiteral("张三").toUtf8()));
    }

    void xlsx()
    {
        StudentExporter::Options o;
        o.databasePath = m_dbPath;
        o.outputPath = m_dir.filePath(QStringLiteral("out.xlsx"));
        o.format = StudentExporter::Format::Xlsx;
        const auto written = StudentExporter::run(o);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written.value(), 2);
        const QByteArray bytes = readAll(o.outputPath);
        QVERIFY(bytes.startsWith("PK"));
        QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
        QVERIFY(!QFile::exists(o.outputPath + QStringLiteral(".part")));
        int error = 0;
        zip_t *zip = zip_open(QFile::encodeName(o.outputPath).constData(), ZIP_RDONLY, &error);
        QVERIFY(zip);
        zip_stat_t st;
        QCOMPARE(zip_stat(zip, "xl/worksheets/sheet1.xml", 0, &st), 0);
        QByteArray xml(qsizetype(st.size), Qt::Uninitialized);
        zip_file_t *file = zip_fopen(zip, "xl/worksheets/sheet1.xml", 0);
        QVERIFY(file);
        QCOMPARE(zip_fread(file, xml.data(), st.size), zip_int64_t(st.size));
        zip_fclose(file);
        zip_close(zip);
        // Every cell is a string: leading zeros and all 18 digits are kept.
        QVERIFY(xml.contains("0022001"));
        QVERIFY(xml.contains("330106200304150013"));
        QVERIFY(xml.contains(QStringLiteral("学号").toUtf8()));
        QVERIFY(xml.contains("<pane ")); // frozen header row
        QVERIFY(!xml.contains("<v>"));   // no numeric cells
    }

    void cancelRemovesPartialFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << QStringLiteral("cancel.csv");
        QTest::newRow("xlsx") << QStringLiteral("cancel.xlsx");
    }
    void cancelRemovesPartialFile()
    {
        QFETCH(QString, name);
        StudentExporter::Options o;
        o.databasePath = m_dbPath;
        o.outputPath = m_dir.filePath(name);
        o.format = StudentExporter::formatForPath(name);
        o.progress = [](qint64, qint64) { return false; };
        const auto written = StudentExporter::run(o);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("export.cancelled"));
        QVERIFY(!QFile::exists(o.outputPath));
        QVERIFY(!QFile::exists(o.outputPath + QStringLiteral(".part")));
    }

    void missingDatabase()
    {
        StudentExporter::Options o;
        o.databasePath = m_dir.filePath(QStringLiteral("no/such/dir/x.sqlite"));
        o.outputPath = m_dir.filePath(QStringLiteral("never.csv"));
        QVERIFY(!StudentExporter::run(o).ok());
        QVERIFY(!QFile::exists(o.outputPath));
    }

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
};

QTEST_GUILESS_MAIN(TestStudentExporter)
#include "tst_studentexporter.moc"
