// cetdesk-cli reviews list / decide as a real process on a local database filled with pulled
// CET6 reviews (no server: a decision is queued for the next sync).
#include "Database.h"
#include "OutboxRepository.h"
#include "ReviewFixtures.h"
#include "SyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;
using namespace cet::testing;

class TestCliReviews : public QObject
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

    static QJsonArray reviewsOf(const Run &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"reviews"_qs).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db);
        ReviewSpec a;
        a.id = 7;
        ReviewSpec b;
        b.id = 8;
        b.state = u"passed"_qs;
        b.decidedBy = u"coord1"_qs;
        ReviewSpec c;
        c.id = 9;
        c.name = u"王五"_qs;
        c.submittedAt = c.submittedAt.addDays(-1);
        QVERIFY(SyncStore(*db.value()).applyPage({ reviewChange(1, 1, a), reviewChange(2, 2, b), reviewChange(3, 1, c) },
                                                 3, u"e1"_qs));
    }

    void listPendingAsJson()
    {
        const Run r = run({ u"reviews"_qs, u"list"_qs, u"--state"_qs, u"pending"_qs, u"--json"_qs });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = reviewsOf(r);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).toObject().value(u"id"_qs).toString(), u"9"_qs); // oldest first
        QCOMPARE(a.at(0).toObject().value(u"name"_qs).toString(), u"王五"_qs);
        QCOMPARE(a.at(1).toObject().value(u"id"_qs).toString(), u"7"_qs);
        QCOMPARE(reviewsOf(run({ u"reviews"_qs, u"list"_qs, u"--json"_qs })).size(), 3);
        const Run text = run({ u"reviews"_qs, u"list"_qs });
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.trimmed().split(u'\n').size(), 3);
        QVERIFY(text.out.contains(u"Passed"_qs));
    }

    void badUsageIsRefused()
    {
        QCOMPARE(run({ u"reviews"_qs, u"list"_qs, u"--state"_qs, u"open"_qs }).exitCode, 1);
        QCOMPARE(run({ u"reviews"_qs, u"decide"_qs, u"7"_qs }).exitCode, 1);
        QCOMPARE(run({ u"reviews"_qs, u"decide"_qs, u"7"_qs, u"--pass"_qs, u"--fail"_qs }).exitCode, 1);
        const Run noReason = run({ u"reviews"_qs, u"decide"_qs, u"7"_qs, u"--fail"_qs, u"--json"_qs });
        QCOMPARE(noReason.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(noReason.out.toUtf8()).object().value(u"error"_qs).toObject()
                     .value(u"code"_qs).toString(),
                 u"review.reason_required"_qs);
        QCOMPARE(run({ u"reviews"_qs, u"decide"_qs, u"8"_qs, u"--fail"_qs, u"--reason"_qs, u"x"_qs }).exitCode, 6);
        QCOMPARE(run({ u"reviews"_qs, u"decide"_qs, u"404"_qs, u"--pass"_qs }).exitCode, 1);
    }

    void decideQueuesTheOp()
    {
        const Run r = run({ u"reviews"_qs, u"decide"_qs, u"7"_qs, u"--fail"_qs, u"--reason"_qs, u"证明不清晰"_qs,
                            u"--json"_qs });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject review = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"review"_qs).toObject();
        QCOMPARE(review.value(u"local_decision"_qs).toString(), u"fail"_qs);
        QCOMPARE(review.value(u"local_reason"_qs).toString(), u"证明不清晰"_qs);
        const Run plain = run({ u"reviews"_qs, u"decide"_qs, u"9"_qs, u"--pass"_qs });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(u"next sync"_qs));
        auto db = Database::open(m_db);
        QVERIFY(db);
        auto ops = OutboxRepository(*db.value()).nextBatch(100, {});
        QVERIFY(ops);
        QCOMPARE(ops.value().size(), 2);
        QCOMPARE(ops.value().at(0).entity, u"cet6_review"_qs);
        QCOMPARE(ops.value().at(0).key, u"7"_qs);
        QCOMPARE(ops.value().at(1).key, u"9"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliReviews)
#include "tst_clireviews.moc"
