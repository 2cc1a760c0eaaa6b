// cetdesk-cli as users and scripts run it: a real process on real files and SQLite databases.
// Every exit code, the --json object, dry run, all-or-nothing, re-import, GBK, sheets, the
// report and rejected-rows files, history, undo, cancel, the template, export and count.
#include "ImportTestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

#include <xlsxwriter.h>

using namespace importtest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QString fixture(const char *name)
{
    return QStringLiteral(CETDESK_TEST_DATA_DIR "/students/") + QString::fromLatin1(name);
}

QList<qint64> ints(const QJsonValue &array)
{
    QList<qint64> out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toInteger());
    return out;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out.append(v.toString());
    return out;
}

QJsonObject rejectedRow(const QJsonObject &json, qint64 line)
{
    for (const QJsonValue &v : json.value(u"rejected").toArray()) {
        if (v.toObject().value(u"line").toInteger() == line)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db; // the database of the current test function

    QProcessEnvironment environment(const QString &raiseSigint = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.remove(QStringLiteral("CETDESK_CLI_RAISE_SIGINT"));
        if (!raiseSigint.isEmpty())
            env.insert(QStringLiteral("CETDESK_CLI_RAISE_SIGINT"), raiseSigint);
        env.insert(QStringLiteral("CETDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        return env;
    }
    Run run(const QStringList &args, const QString &raiseSigint = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(raiseSigint));
        process.start(QStringLiteral(CETDESK_CLI_PATH), args);
        Run r;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
    Run import(const QString &file, const QStringList &more = {})
    {
        return run(QStringList{QStringLiteral("import"), file, QStringLiteral("--db"), m_db} + more);
    }
    Run importJson(const QString &file, const QStringList &more = {})
    {
        return import(file, more + QStringList{QStringLiteral("--json")});
    }
    qint64 count() // 0 when no import created the database
    {
        if (!QFile::exists(m_db))
            return 0;
        const Run r = run({QStringLiteral("count"), QStringLiteral("--db"), m_db});
        return r.exitCode == 0 ? r.out.trimmed().toLongLong() : -1;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Students 1..n as a UTF-8 CSV.
    QString roster(const QString &name, int first, int last, const QString &major = QStringLiteral("英语"))
    {
        QStringList lines{header()};
        for (int k = first; k <= last; ++k)
            lines.append(row(k, major));
        const QString file = path(name);
        if (!writeCsv(file, lines))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        m_db = path(QString::fromLatin1(QTest::currentTestFunction()) + tag + QStringLiteral(".sqlite"));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("cetdesk-cli " CETDESK_VERSION));
    }
    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"import-template", "import-history", "import-undo", "export", "count", "--db",
                                 "--dry-run", "--all-or-nothing", "--delete-missing", "--report", "--rejected",
                                 "--json", "--sheet", "--encoding", "--separator", "--actor"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }
    void usageErrors()
    {
        const QString csv = roster(QStringLiteral("usage.csv"), 1, 2);
        QCOMPARE(run({}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("import")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("--no-such-option")}).exitCode, 1);
        const Run encoding = import(csv, {QStringLiteral("--encoding"), QStringLiteral("klingon")});
        QCOMPARE(encoding.exitCode, 1);
        QVERIFY2(encoding.err.contains(QStringLiteral("klingon")), qPrintable(encoding.err));
        QCOMPARE(import(csv, {QStringLiteral("--separator"), QStringLiteral("x")}).exitCode, 1);
        QCOMPARE(import(csv, {QStringLiteral("--sheet"), QStringLiteral("2")}).exitCode, 1); // a text file
        QCOMPARE(run({QStringLiteral("import-undo"), QStringLiteral("abc"), QStringLiteral("--db"), m_db}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("import-undo"), QStringLiteral("42"), QStringLiteral("--db"), m_db}).exitCode, 1);
        QCOMPARE(count(), 0);
    }

    void unreadable()
    {
        Run r = import(path(QStringLiteral("missing.csv")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("missing.csv")), qPrintable(r.err));
        QCOMPARE(import(fixture("broken_quote.csv")).exitCode, 3);

        const QString notStudents = path(QStringLiteral("prices.csv"));
        QVERIFY(writeCsv(notStudents, {QStringLiteral("item,price"), QStringLiteral("tea,3")}));
        r = importJson(notStudents);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("import.header_missing"));

        // Names and ID numbers, but no school, campus, education … : the message names what is missing.
        const QString partial = path(QStringLiteral("partial.csv"));
        QVERIFY(writeCsv(partial, {QStringLiteral("姓名,证件号码"), QStringLiteral("张三,") + idOf(1)}));
        r = import(partial);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("学校代码")), qPrintable(r.err));

        const QString binary = path(QStringLiteral("random.bin"));
        QVERIFY(writeBytes(binary, QByteArray("\x00\x01\x02\xff\xfe PK garbage", 17)));
        QCOMPARE(import(binary).exitCode, 3);
        QCOMPARE(count(), 0);
    }

    void databaseError()
    {
        const QString notADatabase = path(QStringLiteral("not-a-database.sqlite"));
        QVERIFY(writeBytes(notADatabase, QByteArray(4096, 'x')));
        const Run r = run({QStringLiteral("import"), roster(QStringLiteral("db.csv"), 1, 2), QStringLiteral("--db"),
                           notADatabase});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        // An output file that can not be written stops the import before anything is written.
        const Run out = import(roster(QStringLiteral("db2.csv"), 1, 2),
                               {QStringLiteral("--report"), path(QStringLiteral("no-folder/report.xlsx"))});
        QCOMPARE(out.exitCode, 4);
        QVERIFY2(out.err.contains(QStringLiteral("report.xlsx")), qPrintable(out.err));
        QCOMPARE(count(), 0);
    }

    void someRejectedJson()
    {
        const Run r = importJson(fixture("import_small.csv"));
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QCOMPARE(r.out.count(u'\n'), 1); // one JSON object, one line
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        const QJsonObject counts = json.value(u"counts").toObject();
        QCOMPARE(counts.value(u"read").toInteger(), 6);
        QCOMPARE(counts.value(u"inserted").toInteger(), 3);
        QCOMPARE(counts.value(u"updated").toInteger(), 0);
        QCOMPARE(counts.value(u"unchanged").toInteger(), 0);
        QCOMPARE(counts.value(u"rejected").toInteger(), 3);
        QCOMPARE(counts.value(u"missing").toInteger(), 0);
        QCOMPARE(counts.value(u"deleted").toInteger(), 0);
        QCOMPARE(counts.value(u"skipped").toInteger(), 0);
        QCOMPARE(json.value(u"dry_run").toBool(true), false);
        QCOMPARE(json.value(u"committed").toBool(), true);
        QVERIFY(json.value(u"batch_id").toInteger() > 0);
        QCOMPARE(json.value(u"file").toString(), fixture("import_small.csv"));
        QCOMPARE(json.value(u"sha256").toString().size(), 64);
        QCOMPARE(json.value(u"header_line").toInteger(), 1);
        const QJsonObject format = json.value(u"format").toObject();
        QCOMPARE(format.value(u"kind").toString(), QStringLiteral("delimited"));
        QCOMPARE(format.value(u"encoding").toString(), QStringLiteral("UTF-8"));
        QCOMPARE(format.value(u"separator").toString(), QStringLiteral(","));
        QVERIFY(format.value(u"sheet").isNull());
        const QJsonObject mapping = json.value(u"mapping").toObject();
        QCOMPARE(mapping.size(), 15);
        QCOMPARE(mapping.value(u"id_number").toObject().value(u"column").toInteger(), 4);
        QCOMPARE(mapping.value(u"id_number").toObject().value(u"header").toString(), QStringLiteral("证件号码"));

        // Every rejected row with its line (the third record spans lines 4-5) and reason codes.
        QCOMPARE(json.value(u"rejected").toArray().size(), 3);
        QCOMPARE(strings(rejectedRow(json, 6).value(u"codes")), QStringList{QStringLiteral("id.check_char")});
        QCOMPARE(strings(rejectedRow(json, 7).value(u"codes")), QStringList{QStringLiteral("id.type_not_accepted")});
        const QStringList line8 = strings(rejectedRow(json, 8).value(u"codes"));
        QVERIFY2(line8.contains(QStringLiteral("label.education")), qPrintable(line8.join(u' ')));
        QVERIFY(line8.contains(QStringLiteral("student.required")));
        QCOMPARE(strings(rejectedRow(json, 8).value(u"reasons")).size(), line8.size());
        QCOMPARE(strings(rejectedRow(json, 6).value(u"cells")).value(0), QStringLiteral("赵六"));
        QCOMPARE(strings(rejectedRow(json, 6).value(u"cells")).value(13), QStringLiteral("0022003"));

        bool found = false;
        for (const QJsonValue &v : json.value(u"groups").toArray()) {
            const QJsonObject g = v.toObject();
            if (g.value(u"code").toString() != u"id.check_char")
                continue;
            found = true;
            QCOMPARE(g.value(u"severity").toString(), QStringLiteral("error"));
            QCOMPARE(g.value(u"count").toInteger(), 1);
            QCOMPARE(ints(g.value(u"lines")), QList<qint64>{6});
        }
        QVERIFY(found);
        QCOMPARE(count(), 3);
    }

    void someRejectedText()
    {
        const Run r = import(fixture("import_small.csv"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QStringLiteral("6 rows read: 3 new, 0 changed, 0 unchanged, 3 rejected.")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[id.check_char]")));
        QVERIFY(r.out.contains(QStringLiteral("[id.type_not_accepted]")));
        QVERIFY(r.out.contains(QStringLiteral("Imported as batch 1")));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void allGoodAndReimportUnchanged()
    {
        Run r = importJson(fixture("import_english.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"inserted").toInteger(), 1);
        QCOMPARE(import(roster(QStringLiteral("good.csv"), 1, 4)).exitCode, 0);
        QCOMPARE(count(), 5);
        r = importJson(fixture("import_english.csv"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"unchanged").toInteger(), 1);
        r = importJson(path(QStringLiteral("good.csv")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject counts = r.json().value(u"counts").toObject();
        QCOMPARE(counts.value(u"unchanged").toInteger(), 4);
        QCOMPARE(counts.value(u"inserted").toInteger(), 0);
        QCOMPARE(counts.value(u"updated").toInteger(), 0);
        QCOMPARE(counts.value(u"missing").toInteger(), 1);
        QCOMPARE(count(), 5);
    }

    void changedRowsAreUpdated()
    {
        QCOMPARE(import(roster(QStringLiteral("v1.csv"), 1, 3)).exitCode, 0);
        const Run r = importJson(roster(QStringLiteral("v2.csv"), 1, 3, QStringLiteral("日语")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"counts").toObject().value(u"updated").toInteger(), 3);
        const QString csv = path(QStringLiteral("changed-export.csv"));
        QCOMPARE(run({QStringLiteral("export"), csv, QStringLiteral("--db"), m_db}).exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("日语"), 3);
    }

    void dryRunWritesNothing()
    {
        Run r = importJson(fixture("import_small.csv"), {QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 2);
        QJsonObject json = r.json();
        QCOMPARE(json.value(u"dry_run").toBool(), true);
        QCOMPARE(json.value(u"committed").toBool(true), false);
        QVERIFY(json.value(u"batch_id").isNull());
        QCOMPARE(json.value(u"counts").toObject().value(u"inserted").toInteger(), 3); // what would be written
        QCOMPARE(count(), 0);

        r = import(fixture("import_english.csv"), {QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: nothing was written.")));
        QCOMPARE(count(), 0);
        r = run({QStringLiteral("import-history"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.json().value(u"imports").toArray().size(), 0);
    }

    void allOrNothing()
    {
        Run r = importJson(fixture("import_small.csv"), {QStringLiteral("--all-or-nothing")});
        QCOMPARE(r.exitCode, 2);
        QJsonObject json = r.json();
        QCOMPARE(json.value(u"error").toObject().value(u"code").toString(), QStringLiteral("import.has_rejected"));
        QCOMPARE(json.value(u"committed").toBool(true), false);
        QCOMPARE(json.value(u"counts").toObject().value(u"inserted").toInteger(), 0);
        QCOMPARE(json.value(u"rejected").toArray().size(), 3);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(count(), 0);

        r = import(roster(QStringLiteral("all-good.csv"), 1, 4), {QStringLiteral("--all-or-nothing")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(count(), 4);
    }

    void deleteMissing()
    {
        QCOMPARE(import(roster(QStringLiteral("all.csv"), 1, 4)).exitCode, 0);
        const QString fewer = roster(QStringLiteral("fewer.csv"), 1, 3);
        Run r = importJson(fewer);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"counts").toObject().value(u"missing").toInteger(), 1);
        QCOMPARE(r.json().value(u"counts").toObject().value(u"deleted").toInteger(), 0);
        QCOMPARE(count(), 4);
        r = importJson(fewer, {QStringLiteral("--delete-missing")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"counts").toObject().value(u"deleted").toInteger(), 1);
        QCOMPARE(count(), 3);
    }

    void gbkInput()
    {
        QStringEncoder gbk("GB18030");
        QVERIFY(gbk.isValid());
        QStringList lines{header()};
        for (int k = 1; k <= 3; ++k)
            lines.append(row(k));
        const QByteArray bytes = gbk.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
        QVERIFY(!bytes.contains("\xE5\xAD\xA6")); // not UTF-8
        const QString file = path(QStringLiteral("gbk.csv"));
        QVERIFY(writeBytes(file, bytes));

        Run r = importJson(file, {QStringLiteral("--dry-run"), QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        QCOMPARE(r.exitCode, 3); // read as UTF-8 the header names nothing
        r = importJson(file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"format").toObject().value(u"encoding").toString(), QStringLiteral("GB18030"));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"inserted").toInteger(), 3);
        const QString csv = path(QStringLiteral("gbk-export.csv"));
        QCOMPARE(run({QStringLiteral("export"), csv, QStringLiteral("--db"), m_db}).exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(f.readAll());
        QVERIFY2(exported.contains(QStringLiteral("学生2,女,中华人民共和国居民身份证,") + idOf(2)), qPrintable(exported));
    }

    void separators()
    {
        QStringList lines{header().replace(u',', u'\t')};
        for (int k = 1; k <= 2; ++k)
            lines.append(row(k).replace(u',', u'\t'));
        const QString file = path(QStringLiteral("tabs.txt"));
        QVERIFY(writeCsv(file, lines));
        const Run r = importJson(file, {QStringLiteral("--separator"), QStringLiteral("tab")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"format").toObject().value(u"separator").toString(), QStringLiteral("\t"));
        QCOMPARE(count(), 2);
    }

    void sheets()
    {
        // Sheet 1: instructions; sheet 2 "名单": students 1-3; sheet 3 "补录": student 9.
        const QString file = path(QStringLiteral("sheets.xlsx"));
        lxw_workbook *workbook = workbook_new(QFile::encodeName(file).constData());
        lxw_worksheet *notes = workbook_add_worksheet(workbook, "说明");
        worksheet_write_string(notes, 0, 0, "请在“名单”工作表中填写学生信息。", nullptr);
        const auto fill = [](lxw_worksheet *sheet, const QStringList &csvLines) {
            for (int r = 0; r < csvLines.size(); ++r) {
                const QStringList cells = csvLines.at(r).split(u',');
                for (int c = 0; c < cells.size(); ++c)
                    worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
            }
        };
        fill(workbook_add_worksheet(workbook, "名单"), {header(), row(1), row(2), row(3)});
        fill(workbook_add_worksheet(workbook, "补录"), {header(), row(9)});
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

        Run r = importJson(file, {QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QJsonObject format = r.json().value(u"format").toObject();
        QCOMPARE(format.value(u"kind").toString(), QStringLiteral("xlsx"));
        QCOMPARE(format.value(u"sheet").toString(), QStringLiteral("名单"));
        QCOMPARE(format.value(u"sheet_number").toInteger(), 2);
        QVERIFY(format.value(u"encoding").isNull());
        QCOMPARE(r.json().value(u"counts").toObject().value(u"read").toInteger(), 3);

        r = importJson(file, {QStringLiteral("--sheet"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"format").toObject().value(u"sheet").toString(), QStringLiteral("补录"));
        QCOMPARE(count(), 1);
        r = importJson(file, {QStringLiteral("--sheet"), QStringLiteral("名单")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(count(), 4);

        r = import(file, {QStringLiteral("--sheet"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("名单")), qPrintable(r.err)); // lists the sheets there are
        QCOMPARE(import(file, {QStringLiteral("--sheet"), QStringLiteral("1")}).exitCode, 3); // not a roster
    }

    void reportAndRejectedFiles()
    {
        const QString report = path(QStringLiteral("report.xlsx"));
        const QString rejectedCsv = path(QStringLiteral("rejected.csv"));
        const QString rejectedXlsx = path(QStringLiteral("rejected.xlsx"));
        Run r = import(fixture("import_small.csv"),
                       {QStringLiteral("--dry-run"), QStringLiteral("--report"), report, QStringLiteral("--rejected"),
                        rejectedCsv});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(sheetNames(report), (QStringList{QStringLiteral("Summary"), QStringLiteral("Problems"),
                                                  QStringLiteral("Duplicates"), QStringLiteral("Changes")}));
        const auto problems = readTable(report, 1);
        QVERIFY(problems);
        QVERIFY(problems.value().size() >= 4);
        const auto rejected = readTable(rejectedCsv);
        QVERIFY2(rejected, rejected ? "" : qPrintable(rejected.error().message));
        QCOMPARE(rejected.value().size(), 4);
        QCOMPARE(rejected.value().at(0).cells.value(1), QStringLiteral("错误原因"));
        QCOMPARE(rejected.value().at(1).cells.value(0), QStringLiteral("6"));
        QCOMPARE(rejected.value().at(1).cells.value(2), QStringLiteral("赵六"));

        r = import(fixture("import_small.csv"), {QStringLiteral("--rejected"), rejectedXlsx});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(zipEntry(rejectedXlsx, "xl/workbook.xml").contains("<sheet "));
        const auto again = readTable(rejectedXlsx);
        QVERIFY(again);
        QCOMPARE(again.value().size(), 4);
        // The rejected rows can be imported again: the added columns are ignored.
        r = importJson(rejectedXlsx, {QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json().value(u"ignored_columns").toArray().size(), 2);
        QCOMPARE(r.json().value(u"counts").toObject().value(u"rejected").toInteger(), 3);
    }

    void historyAndUndo()
    {
        QCOMPARE(import(roster(QStringLiteral("h1.csv"), 1, 3), {QStringLiteral("--actor"), QStringLiteral("王老师")})
                     .exitCode,
                 0);
        Run r = run({QStringLiteral("import-history"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QJsonArray imports = r.json().value(u"imports").toArray();
        QCOMPARE(imports.size(), 1);
        const qint64 first = imports.at(0).toObject().value(u"batch_id").toInteger();
        QCOMPARE(imports.at(0).toObject().value(u"actor").toString(), QStringLiteral("王老师"));
        QCOMPARE(imports.at(0).toObject().value(u"inserted").toInteger(), 3);
        QCOMPARE(imports.at(0).toObject().value(u"file").toString(), QStringLiteral("h1.csv"));

        // A later import changed the same records: the first can not be undone before it.
        QCOMPARE(import(roster(QStringLiteral("h2.csv"), 1, 3, QStringLiteral("日语"))).exitCode, 0);
        r = run({QStringLiteral("import-undo"), QString::number(first), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(!r.err.isEmpty());

        r = run({QStringLiteral("import-history"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("h2.csv")));
        const qint64 second = run({QStringLiteral("import-history"), QStringLiteral("--json"), QStringLiteral("--db"), m_db})
                                  .json().value(u"imports").toArray().at(0).toObject().value(u"batch_id").toInteger();
        QVERIFY(second > first);
        QCOMPARE(run({QStringLiteral("import-undo"), QString::number(second), QStringLiteral("--db"), m_db}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("import-undo"), QString::number(first), QStringLiteral("--db"), m_db}).exitCode, 0);
        QCOMPARE(count(), 0);
        r = run({QStringLiteral("import-undo"), QString::number(first), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 6); // already undone
        imports = run({QStringLiteral("import-history"), QStringLiteral("--json"), QStringLiteral("--db"), m_db})
                      .json().value(u"imports").toArray();
        QCOMPARE(imports.size(), 2);
        QVERIFY(imports.at(1).toObject().value(u"undone").toBool());
    }

    void cancel_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("while analysing") << QStringLiteral("analyse");
        QTest::newRow("while committing") << QStringLiteral("commit");
    }
    void cancel()
    {
        QFETCH(QString, step);
        QCOMPARE(import(roster(QStringLiteral("base.csv"), 1, 2)).exitCode, 0);
        const Run r = run({QStringLiteral("import"), roster(QStringLiteral("cancel.csv"), 1, 50, QStringLiteral("日语")),
                           QStringLiteral("--db"), m_db, QStringLiteral("--json")},
                          step);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("import.cancelled"));
        QCOMPARE(count(), 2);
        const QJsonArray imports = run({QStringLiteral("import-history"), QStringLiteral("--json"),
                                        QStringLiteral("--db"), m_db})
                                       .json().value(u"imports").toArray();
        QCOMPARE(imports.size(), 1);
    }

    // Ctrl+C during a sync: the request in flight is dropped, the exit code says "stopped", the
    // progress went to stderr as plain lines (stderr is a pipe here), nothing was signed in.
    void syncStopsOnCtrlC()
    {
        QTcpServer silent; // takes the connection and never answers, like a server that hangs
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString server = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CETDESK_CLI_PATH),
                      {QStringLiteral("sync"), QStringLiteral("--server"), server, QStringLiteral("--user"),
                       QStringLiteral("coord1"), QStringLiteral("--password-stdin"), QStringLiteral("--db"), m_db});
        QVERIFY(process.waitForStarted());
        process.write("secret\n");
        QVERIFY(process.waitForBytesWritten(10000)); // this thread waits below without an event loop
        process.closeWriteChannel();
        QVERIFY2(silent.waitForNewConnection(60000), process.readAllStandardError().constData());
        // Long enough for the progress line a job shows when it runs for more than a moment.
        QTest::qWait(2500);
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == 130, qPrintable(QString::number(process.exitCode()) + u' ' + err));
        QVERIFY2(err.contains(QStringLiteral("Connecting to %1…").arg(server)), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Sync stopped")), qPrintable(err));
        QVERIFY(!err.contains(u'\r')); // no line redrawn in place outside a terminal
        const Run status = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value(u"user").toString(), QString());
    }

    void importTemplate()
    {
        const QString file = path(QStringLiteral("template.xlsx"));
        Run r = run({QStringLiteral("import-template"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const auto rows = readTable(file, 0);
        QVERIFY(rows);
        QCOMPARE(rows.value().value(0).cells.join(u','), header());
        r = importJson(file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"read").toInteger(), 0);
        QCOMPARE(run({QStringLiteral("import-template"), path(QStringLiteral("no/such/dir.xlsx"))}).exitCode, 4);
    }

    void exportCsvAndXlsx()
    {
        QCOMPARE(import(fixture("import_small.csv")).exitCode, 2);
        QCOMPARE(import(fixture("import_english.csv")).exitCode, 0);
        const QString csv = path(QStringLiteral("out.csv"));
        Run r = run({QStringLiteral("export"), csv, QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 5); // header + 4 rows; the LF inside a quoted note stays LF
        QVERIFY(bytes.contains(",0022001,"));

        const QString xlsx = path(QStringLiteral("out.xlsx"));
        r = run({QStringLiteral("export"), xlsx, QStringLiteral("--campus"), QStringLiteral("103352"),
                 QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 students exported")));
        QCOMPARE(run({QStringLiteral("count"), QStringLiteral("--campus"), QStringLiteral("103352"),
                      QStringLiteral("--db"), m_db}).out.trimmed(),
                 QStringLiteral("1"));

        // What was exported imports again, unchanged, into another database.
        const QString otherDb = path(QStringLiteral("other.sqlite"));
        r = run({QStringLiteral("import"), csv, QStringLiteral("--db"), otherDb});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(run({QStringLiteral("count"), QStringLiteral("--db"), otherDb}).out.trimmed(), QStringLiteral("4"));
        r = run({QStringLiteral("import"), xlsx, QStringLiteral("--db"), otherDb, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"counts").toObject().value(u"unchanged").toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
