#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString fixture(const char *name)
{
    return QStringLiteral(CETDESK_TEST_DATA_DIR "/students/") + QString::fromLatin1(name);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CETDESK_CLI_PATH), args);
        Run r;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
    QStringList db() const { return {QStringLiteral("--db"), m_db}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
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
        QVERIFY(r.out.contains(QStringLiteral("import")));
        QVERIFY(r.out.contains(QStringLiteral("export")));
        QVERIFY(r.out.contains(QStringLiteral("--db")));
    }
    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("import")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("--no-such-option")}).exitCode, 1);
    }
    void importSomeRejected()
    {
        const Run r = run(QStringList{QStringLiteral("import"), fixture("import_small.csv")} + db());
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("6 rows read, 3 imported, 3 rejected.")), qPrintable(r.out));
        // Each rejected row with its line (the third record spans lines 4-5).
        QVERIFY2(r.out.contains(QStringLiteral("Line 6:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Line 7:")));
        QVERIFY(r.out.contains(QStringLiteral("Line 8:")));
        QVERIFY(!r.out.contains(QStringLiteral("Line 2:")));
        const Run count = run(QStringList{QStringLiteral("count")} + db());
        QCOMPARE(count.exitCode, 0);
        QCOMPARE(count.out.trimmed(), QStringLiteral("3"));
    }
    void importEnglishHeaderAllValid()
    {
        const Run r = run(QStringList{QStringLiteral("import"), fixture("import_english.csv")} + db());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(run(QStringList{QStringLiteral("count")} + db()).out.trimmed(), QStringLiteral("4"));
    }
    void importAgainRejectsDuplicates()
    {
        const Run r = run(QStringList{QStringLiteral("import"), fixture("import_english.csv")} + db());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(run(QStringList{QStringLiteral("count")} + db()).out.trimmed(), QStringLiteral("4"));
    }
    void unreadable()
    {
        QCOMPARE(run(QStringList{QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv"))} + db())
                     .exitCode,
                 3);
        QCOMPARE(run(QStringList{QStringLiteral("import"), fixture("broken_quote.csv")} + db()).exitCode, 3);
    }
    void exportCsvAndXlsx()
    {
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        Run r = run(QStringList{QStringLiteral("export"), csv} + db());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 5); // header + 4 rows; the LF inside a quoted note stays LF
        QVERIFY(bytes.contains(",0022001,"));

        const QString xlsx = m_dir.filePath(QStringLiteral("out.xlsx"));
        r = run(QStringList{QStringLiteral("export"), xlsx, QStringLiteral("--campus"), QStringLiteral("103352")} + db());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("1 students exported")));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK");
    }
    void exportedCsvImportsAgain()
    {
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        const QString otherDb = m_dir.filePath(QStringLiteral("other.sqlite"));
        const Run r = run({QStringLiteral("import"), csv, QStringLiteral("--db"), otherDb});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(run({QStringLiteral("count"), QStringLiteral("--db"), otherDb}).out.trimmed(), QStringLiteral("4"));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
