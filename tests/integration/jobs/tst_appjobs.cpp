// The application's jobs end to end: ExportJob, ImportCommitJob, PhotoScanJob, PhotoCommitJob and
// SyncJob on real files, real SQLite databases (writes through the DatabaseWriter) and a real
// cet-central on loopback; each done, and each stopped by a cancel with nothing half-done left.
#include "ExportJob.h"
#include "ImportCommitJob.h"
#include "ImportTestFiles.h"
#include "JobRunner.h"
#include "PhotoJobs.h"
#include "PhotoStudents.h"
#include "PhotoTestFiles.h"
#include "StudentPhotoRepository.h"
#include "StudentRepository.h"
#include "SyncJob.h"
#include "SyncTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

// Runs `job` on a JobRunner as the desktop does; the outcome and the progress seen.
JobOutcome runOnRunner(const std::shared_ptr<Job> &job, QList<JobProgress> *updates = nullptr)
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    if (updates)
        QObject::connect(&runner, &JobRunner::progressChanged, [updates](const JobProgress &p) { updates->append(p); });
    if (!runner.start(job) || !finished.wait(120000))
        return JobOutcome::failed(Error{QStringLiteral("test.timeout"), QStringLiteral("the job did not end"), {}});
    return finished.first().first().value<JobOutcome>();
}

// Runs `job` on this thread after a cancel: how a job behaves when stopped at its first look.
JobOutcome runCancelled(Job &job)
{
    JobControl control;
    control.cancel();
    return job.run(control);
}

qint64 studentCount(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    const auto n = StudentRepository(*db.value()).count({});
    return n ? n.value() : -1;
}

QString why(const JobOutcome &outcome)
{
    return outcome.error.code + u' ' + outcome.error.message + u' ' + outcome.error.detail;
}

} // namespace

class TestAppJobs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString rosterDb(const QString &name, int students)
    {
        const QString path = m_dir.filePath(name);
        auto db = Database::open(path);
        if (!db)
            return {};
        QList<StudentRecord> records;
        for (int i = 0; i < students; ++i)
            records.append(synctest::student(QStringLiteral("10001"), i));
        return StudentRepository(*db.value()).insert(records) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CETDESK_NO_KEYCHAIN", "1");
        QVERIFY(m_dir.isValid());
    }

    void exportWritesEveryRow()
    {
        const QString db = rosterDb(QStringLiteral("export.sqlite"), 30);
        QVERIFY(!db.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("students.csv"));
        QList<JobProgress> updates;
        const JobOutcome outcome = runOnRunner(std::make_shared<ExportJob>(db, StudentQuery{}, out), &updates);
        QVERIFY2(outcome.isDone(), qPrintable(why(outcome)));
        QCOMPARE(*outcome.resultAs<qint64>(), 30);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), 31); // header + 30 rows
        QVERIFY(!updates.isEmpty());
        QCOMPARE(updates.first().text, QStringLiteral("Exporting students to students.csv…"));
    }

    void cancelledExportLeavesNoFile()
    {
        const QString db = rosterDb(QStringLiteral("export-cancel.sqlite"), 10);
        const QString out = m_dir.filePath(QStringLiteral("cancelled.csv"));
        ExportJob job(db, StudentQuery{}, out);
        const JobOutcome outcome = runCancelled(job);
        QVERIFY2(outcome.isCancelled(), qPrintable(why(outcome)));
        QCOMPARE(outcome.error.code, QStringLiteral("export.cancelled"));
        QVERIFY(!QFile::exists(out));
    }

    void exportToAFolderThatIsNotThereFails()
    {
        const QString db = rosterDb(QStringLiteral("export-fail.sqlite"), 1);
        const JobOutcome outcome = runOnRunner(
            std::make_shared<ExportJob>(db, StudentQuery{}, m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
        QVERIFY(outcome.isFailed());
        QVERIFY(!outcome.error.message.isEmpty());
    }

    void importCommitThroughTheWriter()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        QStringList lines{importtest::header()};
        for (int k = 1; k <= 40; ++k)
            lines.append(importtest::row(k));
        const QString csv = m_dir.filePath(QStringLiteral("roster.csv"));
        QVERIFY(importtest::writeCsv(csv, lines));
        auto preview = StudentImport::preview(csv);
        QVERIFY(preview);
        std::shared_ptr<ImportAnalysis> analysis;
        {
            auto opened = Database::open(db);
            QVERIFY(opened);
            ImportProgress progress;
            auto analysed = StudentImport::analyse(*opened.value(), preview.value().request, progress);
            QVERIFY2(analysed, qPrintable(analysed ? QString() : analysed.error().message));
            analysis = analysed.value();
        }
        QCOMPARE(analysis->inserts, 40);
        const auto writer = DatabaseWriter::forPath(db);

        // Stopped: nothing written, the database as it was.
        ImportCommitJob stopped(writer, analysis, ImportOptions{}, QStringLiteral("tester"));
        const JobOutcome cancelled = runCancelled(stopped);
        QVERIFY2(cancelled.isCancelled(), qPrintable(why(cancelled)));
        QCOMPARE(cancelled.error.code, QStringLiteral("import.cancelled"));
        QCOMPARE(studentCount(db), 0);

        QList<JobProgress> updates;
        const JobOutcome outcome = runOnRunner(
            std::make_shared<ImportCommitJob>(writer, analysis, ImportOptions{}, QStringLiteral("tester")), &updates);
        QVERIFY2(outcome.isDone(), qPrintable(why(outcome)));
        QCOMPARE(outcome.resultAs<ImportOutcome>()->commit.inserted, 40);
        QCOMPARE(studentCount(db), 40);
        QCOMPARE(updates.first().text, QStringLiteral("Importing \"roster.csv\" into the database…"));
    }

    void photoScanAndCommit()
    {
        phototest::PhotoStudents f;
        f.setUp();
        f.db.reset(); // the jobs open their own connections
        const QString folder = f.dir.filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkpath(folder));
        phototest::writeFile(folder + QStringLiteral("/2021001.jpg"), phototest::jpeg({144, 192, 1}));
        phototest::writeFile(folder + QStringLiteral("/9999999.jpg"), phototest::jpeg({144, 192, 2}));

        const JobOutcome scanned = runOnRunner(std::make_shared<PhotoScanJob>(f.dbPath(), folder));
        QVERIFY2(scanned.isDone(), qPrintable(why(scanned)));
        const PhotoScan scan = *scanned.resultAs<PhotoScan>();
        QCOMPARE(scan.items.size(), 2);
        QCOMPARE(scan.toStore(), 1);
        QCOMPARE(scan.count(PhotoStatus::NoStudent), 1);

        const auto writer = DatabaseWriter::forPath(f.dbPath());
        const auto storedPhotos = [&] {
            auto db = Database::open(f.dbPath(), Database::Mode::ReadOnly);
            return db ? StudentPhotoRepository(*db.value()).count().value() : -1;
        };
        PhotoCommitJob stopped(writer, scan, QStringLiteral("tester"));
        const JobOutcome cancelled = runCancelled(stopped);
        QVERIFY2(cancelled.isCancelled(), qPrintable(why(cancelled)));
        QCOMPARE(storedPhotos(), 0);

        const JobOutcome committed
            = runOnRunner(std::make_shared<PhotoCommitJob>(writer, scan, QStringLiteral("tester")));
        QVERIFY2(committed.isDone(), qPrintable(why(committed)));
        QCOMPARE(committed.resultAs<PhotoImportOutcome>()->added, 1);
        QCOMPARE(storedPhotos(), 1);
    }

    void photoScanOfAMissingFolderFails()
    {
        phototest::PhotoStudents f;
        f.setUp();
        const JobOutcome outcome
            = runOnRunner(std::make_shared<PhotoScanJob>(f.dbPath(), f.dir.filePath(QStringLiteral("nothing"))));
        QVERIFY(outcome.isFailed());
        QCOMPARE(outcome.error.code, QStringLiteral("photos.not_found"));
    }

    void syncWithoutASessionAsksForOne()
    {
        SyncJob::Request request;
        request.databasePath = m_dir.filePath(QStringLiteral("nosession.sqlite"));
        const JobOutcome outcome = runOnRunner(std::make_shared<SyncJob>(request));
        QVERIFY(outcome.isFailed());
        QCOMPARE(outcome.error.code, QStringLiteral("sync.sign_in_needed"));
    }

    void syncSignsInAndPulls()
    {
        synctest::CentralProcess central;
        const QStringList args{QStringLiteral("demo"), QStringLiteral("--db"),
                               QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.sqlite")),
                               QStringLiteral("--roster"), QStringLiteral("25")};
        QVERIFY2(central.start(QStringLiteral(CET_CENTRAL), args), qPrintable(central.output()));
        SyncJob::Request request;
        request.databasePath = m_dir.filePath(QStringLiteral("desk.sqlite"));
        request.server = central.url();
        request.user = QStringLiteral("coord1");
        int asked = 0;
        request.password = [&asked] {
            ++asked;
            return QStringLiteral("demo-coordinator");
        };

        // Stopped before its first request: nothing signed in, nothing pulled.
        SyncJob stopped(request);
        const JobOutcome cancelled = runCancelled(stopped);
        QVERIFY2(cancelled.isCancelled(), qPrintable(why(cancelled)));
        QCOMPARE(studentCount(request.databasePath), 0);

        QList<JobProgress> updates;
        const JobOutcome outcome = runOnRunner(std::make_shared<SyncJob>(request), &updates);
        QVERIFY2(outcome.isDone(), qPrintable(why(outcome)));
        const SyncSummary &summary = *outcome.resultAs<SyncSummary>();
        QCOMPARE(summary.pulled, 25);
        QVERIFY(summary.digestMatches);
        QCOMPARE(studentCount(request.databasePath), 25);
        QVERIFY(asked >= 1);
        QCOMPARE(updates.first().text, QStringLiteral("Connecting to %1…").arg(central.url()));

        // Signed in now: the next run does not ask for the password again.
        const int askedBefore = asked;
        const JobOutcome again = runOnRunner(std::make_shared<SyncJob>(request));
        QVERIFY2(again.isDone(), qPrintable(why(again)));
        QCOMPARE(again.resultAs<SyncSummary>()->pulled, 0);
        QCOMPARE(asked, askedBefore);
    }
};

QTEST_GUILESS_MAIN(TestAppJobs)
#include "tst_appjobs.moc"
