// `cetdesk-cli import --map FIELD=COLUMN` and the remembered mapping profiles, as a user runs
// them: a real cetdesk-cli process on an English roster whose 学制 column is headed "Years",
// which the importer does not know.
#include "AppSettings.h"
#include "ImportMapping.h"
#include "ImportTestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace importtest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString errorCode() const { return json().value(u"error").toObject().value(u"code").toString(); }
};

const QString kEnglishHeader = QStringLiteral(
    "Name,Gender,ID Type,ID Number,School Code,Campus Code,Education,Years,Enrol Year,Grade,Department,Major,"
    "Class,Student No,Note");

} // namespace

class TestCliMap : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_config; // XDG_CONFIG_HOME of the cetdesk-cli runs: where the profiles are

    Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
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
    // Students first..last with English headers ("Years" for 学制, column 8 = H).
    QString englishRoster(const QString &name, int first, int last)
    {
        QStringList lines{kEnglishHeader};
        for (int k = first; k <= last; ++k)
            lines.append(row(k));
        const QString file = m_dir.filePath(name);
        if (!writeCsv(file, lines))
            qFatal("cannot write %s", qPrintable(file));
        return file;
    }
    static QJsonObject mapped(const Run &r, const char *field)
    {
        return r.json().value(u"mapping").toObject().value(QLatin1String(field)).toObject();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        // Every test function starts without profiles and with an empty database.
        const QString name = QString::fromLatin1(QTest::currentTestFunction())
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        m_db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        m_config = m_dir.filePath(name + QStringLiteral("-config"));
    }

    void helpListsMapAndFields()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--map <FIELD=COLUMN>")), qPrintable(r.out));
        for (const QString &key : cet::ImportMapping::fieldKeys())
            QVERIFY2(r.out.contains(key), qPrintable(key));
    }

    void unknownHeaderNeedsMap()
    {
        const QString file = englishRoster(QStringLiteral("english.csv"), 1, 3);
        Run r = importJson(file);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("import.mapping_incomplete"));
        r = import(file);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("学制")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--map program_years=Years")), qPrintable(r.err));

        r = importJson(file, {QStringLiteral("--map"), QStringLiteral("program_years=Years")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"inserted").toInteger(), 3);
        QCOMPARE(mapped(r, "program_years").value(u"column").toInteger(), 8);
        QVERIFY(r.json().value(u"profile").isNull());
        const QJsonArray map = r.json().value(u"map").toArray();
        QCOMPARE(map.size(), 1);
        QCOMPARE(map.at(0).toObject().value(u"field").toString(), QStringLiteral("program_years"));
        QCOMPARE(map.at(0).toObject().value(u"column").toInteger(), 8);
        QCOMPARE(map.at(0).toObject().value(u"header").toString(), QStringLiteral("Years"));

        // The import remembered the mapping: the next file with these headers needs no --map.
        const QString next = englishRoster(QStringLiteral("english-2.csv"), 1, 5);
        r = importJson(next);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"inserted").toInteger(), 2);
        QCOMPARE(r.json().value(u"profile").toObject().value(u"file").toString(), QStringLiteral("english.csv"));
        QVERIFY(!r.json().value(u"profile").toObject().value(u"saved_at").toString().isEmpty());
        // Each import remembers the mapping again, under its own file name.
        r = import(next, {QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("the mapping remembered from the import of \"english-2.csv\"")),
                 qPrintable(r.out));
    }

    void columnForms_data()
    {
        QTest::addColumn<QString>("column");
        QTest::newRow("header") << QStringLiteral("Years");
        QTest::newRow("header in other case") << QStringLiteral(" years ");
        QTest::newRow("number") << QStringLiteral("8");
        QTest::newRow("letter") << QStringLiteral("H");
        QTest::newRow("lower-case letter") << QStringLiteral("h");
    }
    void columnForms()
    {
        QFETCH(QString, column);
        const QString file = englishRoster(QStringLiteral("forms.csv"), 1, 2);
        const Run r = importJson(file, {QStringLiteral("--dry-run"), QStringLiteral("--map"),
                                        QStringLiteral("PROGRAM_YEARS=") + column});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(mapped(r, "program_years").value(u"header").toString(), QStringLiteral("Years"));
        QCOMPARE(r.json().value(u"counts").toObject().value(u"inserted").toInteger(), 2);
    }

    void badMapValues_data()
    {
        QTest::addColumn<QStringList>("maps");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no equals") << QStringList{u"program_years"_qs} << u"import.map_syntax"_qs
                                   << u"FIELD=COLUMN"_qs;
        QTest::newRow("no column") << QStringList{u"program_years="_qs} << u"import.map_syntax"_qs
                                   << u"FIELD=COLUMN"_qs;
        QTest::newRow("unknown field") << QStringList{u"years=Years"_qs} << u"import.map_unknown_field"_qs
                                       << u"program_years"_qs;
        QTest::newRow("unknown header") << QStringList{u"program_years=Jahre"_qs} << u"import.map_unknown_column"_qs
                                        << u"\"Jahre\""_qs;
        QTest::newRow("column 0") << QStringList{u"program_years=0"_qs} << u"import.map_unknown_column"_qs
                                  << u"from 1 to 15"_qs;
        QTest::newRow("column 16") << QStringList{u"program_years=16"_qs} << u"import.map_unknown_column"_qs
                                   << u"from A to O"_qs;
        QTest::newRow("letter past the end") << QStringList{u"program_years=Z"_qs}
                                             << u"import.map_unknown_column"_qs << u"\"Years\""_qs;
        QTest::newRow("field twice") << QStringList{u"program_years=Years"_qs, u"program_years=H"_qs}
                                     << u"import.map_field_twice"_qs << u"program_years"_qs;
    }
    void badMapValues()
    {
        QFETCH(QStringList, maps);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const QString file = englishRoster(QStringLiteral("bad.csv"), 1, 2);
        QStringList args;
        for (const QString &map : maps)
            args << QStringLiteral("--map") << map;
        Run r = importJson(file, args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.errorCode(), code);
        r = import(file, args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_db)); // stopped before the database
    }

    // The wizard remembers mappings through ImportMapping; cetdesk-cli finds them by the headers.
    void profileOfTheWizardIsUsedAndMapOverridesIt()
    {
        const QString file = englishRoster(QStringLiteral("wizard.csv"), 1, 3);
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config));
        cet::AppSettings::setApplicationIdentity();
        std::optional<cet::MappingProfile> none;
        QStringList headers = kEnglishHeader.split(u',');
        cet::ColumnMapping mapping = cet::ImportMapping::forHeaders(headers, none);
        QVERIFY(!none);
        cet::ImportMapping::assign(mapping, 7, cet::StudentField::ProgramYears);
        cet::ImportMapping::assign(mapping, 11, std::nullopt); // the user chose to ignore Major
        cet::ImportMapping::remember(mapping, QStringLiteral("名单.xlsx"));

        Run r = importJson(file, {QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"profile").toObject().value(u"file").toString(), QStringLiteral("名单.xlsx"));
        QCOMPARE(mapped(r, "program_years").value(u"column").toInteger(), 8);
        QVERIFY(mapped(r, "major").isEmpty());

        r = importJson(file, {QStringLiteral("--dry-run"), QStringLiteral("--map"), QStringLiteral("major=L")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.json().value(u"profile").toObject().value(u"file").toString(), QStringLiteral("名单.xlsx"));
        QCOMPARE(mapped(r, "major").value(u"header").toString(), QStringLiteral("Major"));

        // --map moves a column to another field: Years feeds the grade, so 学制 is unmapped.
        r = importJson(file, {QStringLiteral("--dry-run"), QStringLiteral("--map"), QStringLiteral("grade=Years")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("import.mapping_incomplete"));
    }
};

QTEST_GUILESS_MAIN(TestCliMap)
#include "tst_climap.moc"
