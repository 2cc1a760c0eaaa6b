// cetdesk-cli notices list / set as a real process on a local database (no server: a set is
// queued for the next sync).
#include "Database.h"
#include "SyncStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

class TestCliNotices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    Run run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CETDESK_CLI_PATH), QStringList{ QStringLiteral("--db"), m_db } + args);
        Run r;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
    }

    void withoutSchoolExplains()
    {
        const Run r = run({ u"notices"_qs, u"set"_qs, u"10001"_qs, u"--title"_qs, u"x"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Sign in"_qs), qPrintable(r.err));
        QCOMPARE(run({ u"notices"_qs, u"list"_qs }).out.trimmed(), u"No notices."_qs);
    }

    void setQueuesAndListShows()
    {
        {
            auto db = Database::open(m_db);
            QVERIFY(db);
            QVERIFY(SyncStore(*db.value()).saveAccount(u"http://127.0.0.1:9"_qs, u"coord1"_qs, u"C"_qs,
                                                       u"coordinator"_qs, u"10001"_qs));
        }
        QFile body(m_dir.filePath(u"body.txt"_qs));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(QStringLiteral("请于三月一日前完成缴费。\n").toUtf8());
        body.close();
        Run r = run({ u"notices"_qs, u"set"_qs, u"10001"_qs, u"--title"_qs, u"报名须知"_qs, u"--body-file"_qs,
                      body.fileName(), u"--shown-from"_qs, u"2026-03-01"_qs });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"saved"_qs));
        r = run({ u"notices"_qs, u"list"_qs, u"--json"_qs });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray notices = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"notices"_qs).toArray();
        QCOMPARE(notices.size(), 1);
        const QJsonObject n = notices.first().toObject();
        QCOMPARE(n.value(u"code"_qs).toString(), u"10001"_qs);
        QCOMPARE(n.value(u"title"_qs).toString(), u"报名须知"_qs);
        QCOMPARE(n.value(u"body"_qs).toString(), u"请于三月一日前完成缴费。"_qs);
        QCOMPARE(n.value(u"shown_from"_qs).toString(), u"2026-03-01"_qs);
        QCOMPARE(n.value(u"state"_qs).toString(), u"pending"_qs);
        // Only the title changes; the rest stays.
        r = run({ u"notices"_qs, u"set"_qs, u"10001"_qs, u"--title"_qs, u"新标题"_qs });
        QCOMPARE(r.exitCode, 0);
        r = run({ u"notices"_qs, u"list"_qs });
        QVERIFY2(r.out.contains(u"新标题"_qs) && r.out.contains(u"2026-03-01"_qs), qPrintable(r.out));
    }

    void usageErrors()
    {
        QCOMPARE(run({ u"notices"_qs }).exitCode, 1);
        QCOMPARE(run({ u"notices"_qs, u"set"_qs }).exitCode, 1);
        QCOMPARE(run({ u"notices"_qs, u"set"_qs, u"100011"_qs, u"--title"_qs, u"t"_qs, u"--body"_qs, u"b"_qs,
                       u"--body-file"_qs, u"f"_qs })
                     .exitCode,
                 1);
        QCOMPARE(run({ u"notices"_qs, u"set"_qs, u"100011"_qs, u"--title"_qs, u"t"_qs, u"--shown-from"_qs,
                       u"3/1/2026"_qs })
                     .exitCode,
                 1);
        const Run other = run({ u"notices"_qs, u"set"_qs, u"20001"_qs, u"--title"_qs, u"t"_qs });
        QCOMPARE(other.exitCode, 1);
        QVERIFY(other.err.contains(u"20001"_qs));
        const Run longTitle = run({ u"notices"_qs, u"set"_qs, u"100011"_qs, u"--title"_qs, QString(101, u'x') });
        QCOMPARE(longTitle.exitCode, 1);
        QVERIFY(longTitle.err.contains(u"title"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCliNotices)
#include "tst_clinotices.moc"
