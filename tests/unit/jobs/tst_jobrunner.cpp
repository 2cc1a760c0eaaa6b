// JobRunner and JobControl: progress arrives throttled and on the runner's thread, a cancel stops
// the job and ends it as Cancelled, a failure keeps its code and message, a result arrives whole.
#include "JobRunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

using namespace cet;

namespace {

// A job made of a function, for tests.
class LambdaJob : public Job
{
public:
    explicit LambdaJob(std::function<JobOutcome(JobControl &)> f) : m_f(std::move(f)) { }
    JobOutcome run(JobControl &control) override
    {
        m_thread = QThread::currentThread();
        return m_f(control);
    }
    std::atomic<QThread *> m_thread{nullptr};

private:
    std::function<JobOutcome(JobControl &)> m_f;
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void progressIsThrottledAndOnTheRunnersThread()
    {
        JobRunner runner;
        QList<JobProgress> updates;
        QList<QThread *> threads;
        connect(&runner, &JobRunner::progressChanged, this, [&](const JobProgress &p) {
            updates.append(p);
            threads.append(QThread::currentThread());
        });
        QSignalSpy finished(&runner, &JobRunner::finished);
        constexpr qint64 total = 2'000'000;
        QElapsedTimer clock;
        auto job = std::make_shared<LambdaJob>([&](JobControl &control) {
            // Reports every step, as a job writing rows may; for at least 300 ms.
            QElapsedTimer t;
            t.start();
            for (qint64 i = 1; i <= total; ++i) {
                control.progress(i, total, i == 1 ? QStringLiteral("counting") : QString());
                if (i % 1000 == 0)
                    while (t.elapsed() < i * 300 / total) { }
            }
            return JobOutcome::done(total);
        });
        clock.start();
        QVERIFY(runner.start(job));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        const qint64 elapsedMs = clock.elapsed();

        QVERIFY(job->m_thread != QThread::currentThread());
        QVERIFY(!updates.isEmpty());
        for (QThread *t : threads)
            QCOMPARE(t, QThread::currentThread());
        // At most 20 a second (+1 for the final state), far fewer than the 2 million reports.
        QVERIFY2(updates.size() <= elapsedMs * JobControl::kMaxUpdatesPerSecond / 1000 + 2,
                 qPrintable(QStringLiteral("%1 updates in %2 ms").arg(updates.size()).arg(elapsedMs)));
        // The last update is the final state, with the text the job set at its start.
        QCOMPARE(updates.last().done, total);
        QCOMPARE(updates.last().total, total);
        QCOMPARE(updates.last().text, QStringLiteral("counting"));
        for (qsizetype i = 1; i < updates.size(); ++i)
            QVERIFY(updates.at(i).done >= updates.at(i - 1).done);

        const auto outcome = finished.first().first().value<JobOutcome>();
        QVERIFY(outcome.isDone());
        QVERIFY(outcome.resultAs<qint64>());
        QCOMPARE(*outcome.resultAs<qint64>(), total);
        QVERIFY(!runner.isRunning());
    }

    void takeUpdateHandsOutChangesOnly()
    {
        JobControl control;
        QVERIFY(control.takeUpdate()); // the first state
        QVERIFY(!control.takeUpdate(true)); // nothing changed, even when forced
        control.progress(1, 10);
        QVERIFY(!control.takeUpdate()); // too soon after the last one
        const auto forced = control.takeUpdate(true);
        QVERIFY(forced);
        QCOMPARE(forced->done, 1);
        control.progress(2, 10);
        QTest::qWait(1000 / JobControl::kMaxUpdatesPerSecond + 10);
        const auto later = control.takeUpdate();
        QVERIFY(later);
        QCOMPARE(later->done, 2);
    }

    void cancelStopsTheJob()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        std::atomic<bool> running{false};
        std::atomic<qint64> steps{0};
        auto job = std::make_shared<LambdaJob>([&](JobControl &control) {
            running = true;
            while (!control.isCancelled()) {
                ++steps;
                QThread::msleep(1);
            }
            return JobOutcome::cancelled(Error{QStringLiteral("test.cancelled"), QStringLiteral("stopped"), {}});
        });
        QVERIFY(runner.start(job));
        QVERIFY(!runner.start(std::make_shared<LambdaJob>([](JobControl &) { return JobOutcome::done(); })));
        QTRY_VERIFY(running.load());
        runner.cancel();
        QVERIFY(runner.isCancelRequested());
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().first().value<JobOutcome>();
        QVERIFY(outcome.isCancelled());
        QCOMPARE(outcome.error.code, QStringLiteral("test.cancelled"));
        QVERIFY(steps.load() > 0);
    }

    void failureKeepsCodeAndMessage()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.start(std::make_shared<LambdaJob>([](JobControl &control) {
            return Job::outcomeOf(Result<int>(Error{QStringLiteral("file.not_found"), QStringLiteral("no file"), {}}),
                                  control);
        })));
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().first().value<JobOutcome>();
        QVERIFY(outcome.isFailed());
        QCOMPARE(outcome.error.code, QStringLiteral("file.not_found"));
        QCOMPARE(outcome.error.message, QStringLiteral("no file"));
        QVERIFY(!outcome.resultAs<int>());
    }

    void anErrorAfterACancelIsACancel()
    {
        JobControl control;
        const Error error{QStringLiteral("sync.cancelled"), QStringLiteral("stopped"), {}};
        QVERIFY(Job::outcomeOf(Result<int>(error), control).isFailed());
        control.cancel();
        QVERIFY(Job::outcomeOf(Result<int>(error), control).isCancelled());
        QVERIFY(Job::outcomeOf(Result<int>(7), control).isDone()); // done before it saw the cancel
    }

    void finishedMayStartTheNextJob()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        bool startedSecond = false;
        connect(&runner, &JobRunner::finished, this, [&](const JobOutcome &) {
            if (!startedSecond)
                startedSecond = runner.start(
                    std::make_shared<LambdaJob>([](JobControl &) { return JobOutcome::done(QStringLiteral("two")); }));
        });
        QVERIFY(runner.start(
            std::make_shared<LambdaJob>([](JobControl &) { return JobOutcome::done(QStringLiteral("one")); })));
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(startedSecond);
        QCOMPARE(*finished.at(1).first().value<JobOutcome>().resultAs<QString>(), QStringLiteral("two"));
    }

    void destroyingTheRunnerStopsTheJob()
    {
        std::atomic<bool> running{false};
        std::atomic<bool> ended{false};
        {
            JobRunner runner;
            QVERIFY(runner.start(std::make_shared<LambdaJob>([&](JobControl &control) {
                running = true;
                while (!control.isCancelled())
                    QThread::msleep(1);
                ended = true;
                return JobOutcome::cancelled();
            })));
            QTRY_VERIFY(running.load());
        }
        QVERIFY(ended.load());
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
