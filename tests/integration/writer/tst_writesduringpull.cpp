// Edits from the GUI thread through the database's writer while a sync engine pulls a large
// roster from a real cet-central through the same writer: every edit lands, none fails with
// "database is locked", and edits land between the pull's pages instead of after the whole pull.
// Correctness only; bench_writer prints the times.
#include "EditsDuringPull.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cet;

class tst_WritesDuringPull : public QObject
{
    Q_OBJECT
private slots:
    void everyEditLandsWhileAPullRuns();
};

void tst_WritesDuringPull::everyEditLandsWhileAPullRuns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const int roster = qEnvironmentVariableIntValue("CETDESK_WRITER_TEST_ROSTER") > 0
        ? qEnvironmentVariableIntValue("CETDESK_WRITER_TEST_ROSTER")
        : 20000;
    synctest::CentralProcess central;
    QVERIFY2(central.start(QStringLiteral(CET_CENTRAL),
                 { QStringLiteral("demo"), QStringLiteral("--db"),
                     QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("central.sqlite")),
                     QStringLiteral("--roster"), QString::number(roster) }),
        qPrintable(central.output()));

    const int edits = 100;
    const writertest::Figures f
        = writertest::editDuringPull(central.url(), dir.filePath(QStringLiteral("client.sqlite")), edits, 5);
    QVERIFY2(f.syncError.isEmpty(), qPrintable(f.syncError));
    QCOMPARE(f.pulled, qint64(roster));
    QVERIFY2(f.failures.isEmpty(), qPrintable(f.failures.join(u'\n')));
    QCOMPARE(f.submitted, edits);
    QCOMPARE(f.landed, edits);
    QCOMPARE(f.readBack, edits);
    // The pull is many writer tasks (one per page), not one: edits queued meanwhile run between them.
    QVERIFY2(f.landedDuringPull > 0, qPrintable(QStringLiteral("pull %1 ms").arg(f.pullMs)));
}

QTEST_GUILESS_MAIN(tst_WritesDuringPull)
#include "tst_writesduringpull.moc"
