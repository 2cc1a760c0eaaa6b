// JobProgressWidget and JobProgressDialog: what they show, and that Stop and Esc stop a real job
// running on a JobRunner (and only while one runs).
#include "JobProgressDialog.h"
#include "JobProgressWidget.h"
#include "JobRunner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

using namespace cet;

namespace {

// Reports half of its work, then runs until it is stopped.
std::shared_ptr<Job> untilStopped(std::atomic<bool> &running)
{
    return std::make_shared<FunctionJob>(
        [&running](JobControl &control) {
            control.progress(50, 100, QStringLiteral("halfway"));
            running = true;
            while (!control.isCancelled())
                QThread::msleep(2);
            return JobOutcome::cancelled();
        },
        QStringLiteral("working"));
}

} // namespace

class TestJobProgressWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheJob()
    {
        JobProgressWidget w;
        QVERIFY(!w.cancelButton()->isEnabled()); // nothing runs yet
        w.start(QStringLiteral("Exporting"), QStringLiteral("nothing is lost"));
        QVERIFY(w.isActive());
        QVERIFY(w.cancelButton()->isEnabled());
        QCOMPARE(w.text(), QStringLiteral("Exporting"));
        QCOMPARE(w.progressBar()->maximum(), 0); // busy: the total is not known
        w.setProgress({250, 1000, {}});
        QCOMPARE(w.progressBar()->maximum(), 1000);
        QCOMPARE(w.progressBar()->value(), 250);
        QCOMPARE(w.text(), QStringLiteral("Exporting")); // no text in the update: kept
        w.setProgress({3'000'000'000, 4'000'000'000, QStringLiteral("Receiving changes")});
        QCOMPARE(w.progressBar()->value(), 750); // beyond int, still right
        QCOMPARE(w.text(), QStringLiteral("Receiving changes"));

        QSignalSpy cancel(&w, &JobProgressWidget::cancelRequested);
        w.cancelButton()->click();
        QCOMPARE(cancel.size(), 1);
        QVERIFY(!w.cancelButton()->isEnabled());
        QCOMPARE(w.cancelButton()->text(), QStringLiteral("Stopping…"));
        w.finish();
        QVERIFY(!w.isActive());
        QVERIFY(!w.cancelButton()->isEnabled());
    }

    void escapeStopsARunningJob()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *edit = new QLineEdit(&window); // the focus is elsewhere, as it usually is
        layout->addWidget(edit);
        auto *progress = new JobProgressWidget(&window);
        layout->addWidget(progress);
        JobRunner runner;
        progress->follow(&runner);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        edit->setFocus();

        QSignalSpy cancel(progress, &JobProgressWidget::cancelRequested);
        QTest::keyClick(edit, Qt::Key_Escape); // nothing runs: Esc does nothing
        QCOMPARE(cancel.size(), 0);

        std::atomic<bool> running{false};
        QSignalSpy finished(&runner, &JobRunner::finished);
        auto job = untilStopped(running);
        progress->start(job->description());
        QVERIFY(runner.start(job));
        QTRY_VERIFY(running.load());
        QTRY_COMPARE(progress->progressBar()->value(), 500);
        QCOMPARE(progress->text(), QStringLiteral("halfway"));

        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(cancel.size(), 1);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<JobOutcome>().isCancelled());
        QVERIFY(!progress->isActive()); // follow() ended it
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(cancel.size(), 1);
    }

    void aHiddenWidgetLeavesEscapeAlone()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *edit = new QLineEdit(&window);
        layout->addWidget(edit);
        auto *hidden = new JobProgressWidget(&window);
        layout->addWidget(hidden);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        hidden->start(QStringLiteral("x"));
        hidden->hide();
        QSignalSpy cancel(hidden, &JobProgressWidget::cancelRequested);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Escape);
        QCOMPARE(cancel.size(), 0);
    }

    void dialogStopsTheJobOnEscapeAndCloses()
    {
        QWidget parent;
        parent.resize(400, 300);
        parent.show();
        JobRunner runner;
        auto *dialog = new JobProgressDialog(&runner, QStringLiteral("Export"), &parent);
        std::atomic<bool> running{false};
        QSignalSpy finished(&runner, &JobRunner::finished);
        auto job = untilStopped(running);
        dialog->start(job->description());
        QVERIFY(runner.start(job));
        QTRY_VERIFY(dialog->isVisible()); // shown once the job took more than a moment
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible()); // the job stops first
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<JobOutcome>().isCancelled());
        QTRY_VERIFY(!dialog->isVisible());
    }

    void aQuickJobShowsNoDialog()
    {
        QWidget parent;
        parent.show();
        JobRunner runner;
        auto *dialog = new JobProgressDialog(&runner, QStringLiteral("Export"), &parent);
        QSignalSpy finished(&runner, &JobRunner::finished);
        auto job = std::make_shared<FunctionJob>([](JobControl &) { return JobOutcome::done(); });
        dialog->start(QStringLiteral("quick"));
        QVERIFY(runner.start(job));
        QVERIFY(finished.wait(10000));
        QTest::qWait(600);
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestJobProgressWidget)
#include "tst_jobprogresswidget.moc"
