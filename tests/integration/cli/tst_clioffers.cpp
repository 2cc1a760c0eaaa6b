// cetdesk-cli offers campus / set / list as a real process on a local database (no server: a
// change is queued for the next sync), with the offer rules' errors.
#include "Database.h"
#include "OutboxRepository.h"
#include "SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

class TestCliOffers : public QObject
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
        auto db = Database::open(m_db);
        QVERIFY(db);
        QVERIFY(SyncStore(*db.value()).saveAccount(u"http://127.0.0.1:9"_qs, u"coord1"_qs, u"C"_qs, u"coordinator"_qs,
                                                   u"10001"_qs));
    }

    void campusThenOffers()
    {
        Run r = run({ u"offers"_qs, u"set"_qs, u"100011"_qs, u"1"_qs, u"--capacity"_qs, u"100"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"100011"_qs), qPrintable(r.err)); // no such campus yet
        r = run({ u"offers"_qs, u"campus"_qs, u"100011"_qs, u"--name"_qs, u"主校区"_qs, u"--address"_qs, u"学院路1号"_qs });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({ u"offers"_qs, u"set"_qs, u"100011"_qs, u"1"_qs, u"--capacity"_qs, u"100"_qs, u"--fee"_qs, u"30"_qs,
                  u"--window-start"_qs, u"2026-03-01T08:00:00+08:00"_qs, u"--window-end"_qs,
                  u"2026-03-20T17:00:00+08:00"_qs, u"--exam-at"_qs, u"2026-06-13T09:00:00+08:00"_qs });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"saved"_qs));
        // Oral F with no fee: refused with the rule's code, nothing queued.
        r = run({ u"offers"_qs, u"set"_qs, u"100011"_qs, u"F"_qs, u"--capacity"_qs, u"30"_qs, u"--window-start"_qs,
                  u"2026-03-01T08:00:00Z"_qs, u"--window-end"_qs, u"2026-03-20T08:00:00Z"_qs, u"--json"_qs });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"error"_qs).toString(),
                 u"offer.fee_required"_qs);
        r = run({ u"offers"_qs, u"set"_qs, u"100011"_qs, u"F"_qs, u"--capacity"_qs, u"30"_qs, u"--fee"_qs, u"abc"_qs });
        QCOMPARE(r.exitCode, 1);
        r = run({ u"offers"_qs, u"set"_qs, u"100011"_qs, u"F"_qs, u"--offered"_qs, u"maybe"_qs });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"yes or no"_qs));
        r = run({ u"offers"_qs, u"set"_qs, u"100011"_qs, u"F"_qs, u"--capacity"_qs, u"30"_qs, u"--fee"_qs, u"50.5"_qs,
                  u"--window-start"_qs, u"2026-03-01T08:00:00Z"_qs, u"--window-end"_qs, u"2026-03-20T08:00:00Z"_qs,
                  u"--open-to-other-schools"_qs, u"yes"_qs });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        r = run({ u"offers"_qs, u"list"_qs, u"--json"_qs });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"campuses"_qs).toArray().size(), 1);
        QCOMPARE(o.value(u"campuses"_qs).toArray().at(0).toObject().value(u"address"_qs).toString(), u"学院路1号"_qs);
        const QJsonArray offers = o.value(u"offers"_qs).toArray();
        QCOMPARE(offers.size(), 2);
        const QJsonObject written = offers.at(0).toObject();
        QCOMPARE(written.value(u"capacity"_qs).toInt(), 100);
        QCOMPARE(written.value(u"fee_yuan"_qs).toString(), u"30.00"_qs);
        QCOMPARE(written.value(u"window_start"_qs).toString(), u"2026-03-01T00:00:00Z"_qs);
        QCOMPARE(written.value(u"exam_at"_qs).toString(), u"2026-06-13T01:00:00Z"_qs);
        QCOMPARE(written.value(u"taken"_qs).toInt(), 0);
        QCOMPARE(written.value(u"state"_qs).toString(), u"pending"_qs);
        const QJsonObject oral = offers.at(1).toObject();
        QCOMPARE(oral.value(u"fee_yuan"_qs).toString(), u"50.50"_qs);
        QCOMPARE(oral.value(u"open_to_other_schools"_qs).toBool(), true);

        auto db = Database::open(m_db);
        QVERIFY(db);
        QCOMPARE(OutboxRepository(*db.value()).counts().value().queued, 3); // campus, 1, F

        r = run({ u"offers"_qs, u"list"_qs });
        QVERIFY(r.out.contains(u"100011 F"_qs));
        QVERIFY(r.out.contains(u"open to other schools"_qs));
    }

    void capacityNeedsSignIn()
    {
        const Run r = run({ u"capacity"_qs, u"--json"_qs });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"capacity --server"_qs), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliOffers)
#include "tst_clioffers.moc"
