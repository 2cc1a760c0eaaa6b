#pragma once

// The scenario shared by tst_writesduringpull and bench_writer: a client's first pull of a large
// roster runs on a sync thread (the engine stores each page through the database's writer) while
// the GUI thread edits students through StudentService (the same writer) at short intervals.
// Records what the GUI thread waited and what landed.

#include "Database.h"
#include "IdNumber.h"
#include "StudentRepository.h"
#include "StudentService.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace writertest {

struct Figures
{
    int submitted = 0;
    int landed = 0; // edits the writer reported stored
    QStringList failures; // messages of edits that failed
    int readBack = 0; // edits found in the database afterwards
    int landedDuringPull = 0; // of `landed`, while the pull was still running
    double worstTimerLateMs = 0; // worst lateness of a 1 ms timer on the GUI thread
    double p99TimerLateMs = 0;
    int ticks = 0;
    double worstSubmitMs = 0; // longest submit call
    double worstEditLatencyMs = 0; // submit → result on the GUI thread
    double medianEditLatencyMs = 0;
    qint64 pullMs = -1;
    qint64 pulled = -1;
    QString syncError;
    int writerRetries = 0;
};

// A valid resident ID number of a region the demo roster does not use, so that no pulled
// student merges into one of the edited ones.
inline cet::StudentRecord localStudent(int i)
{
    cet::StudentRecord r = synctest::student(QStringLiteral("10001"), 500000 + i);
    const QString first17 = QStringLiteral("310101") + r.idNumber.mid(6, 11);
    r.idNumber = first17 + cet::residentIdCheckChar(first17);
    r.studentNo = QStringLiteral("W%1").arg(i, 7, 10, QLatin1Char('0'));
    return r;
}

// Runs the scenario on the calling (GUI) thread's event loop. `databasePath` must not exist yet.
// How the GUI thread stores an edit: through the writer, or (for comparison) on its own
// connection, as the Students page did before there was a writer.
enum class Path { Writer, Direct };

inline Figures editDuringPull(
    const QString &centralUrl, const QString &databasePath, int edits, int intervalMs, Path path = Path::Writer)
{
    Figures f;
    auto opened = cet::Database::open(databasePath);
    if (!opened) {
        f.syncError = opened.error().message;
        return f;
    }
    std::unique_ptr<cet::Database> reader = std::move(opened).value();
    cet::StudentRepository readRepo(*reader);
    QList<cet::StudentRecord> locals;
    for (int i = 0; i < edits; ++i)
        locals << localStudent(i);
    if (auto r = readRepo.insert(locals); !r) {
        f.syncError = r.error().message + u' ' + r.error().detail;
        return f;
    }

    cet::StudentService service = cet::StudentService::forDatabase(databasePath);
    std::atomic<bool> pulling = false;
    std::atomic<bool> syncDone = false;
    QThread *sync = QThread::create([&] {
        cet::SyncEngine engine(cet::DatabaseWriter::forPath(databasePath));
        engine.http().setRetryPolicy(3, 200);
        if (auto r = engine.signIn(centralUrl, QStringLiteral("coord1"), QStringLiteral("demo-coordinator")); !r) {
            f.syncError = r.error().code + u' ' + r.error().message;
            syncDone = true;
            return;
        }
        QElapsedTimer t;
        t.start();
        pulling = true;
        auto summary = engine.sync();
        f.pullMs = t.elapsed();
        pulling = false;
        if (summary)
            f.pulled = summary.value().pulled;
        else
            f.syncError = summary.error().code + u' ' + summary.error().message + u' ' + summary.error().detail;
        syncDone = true;
    });

    QObject receiver;
    QList<double> latencies;
    QList<double> lateness;
    QEventLoop loop;
    // The GUI thread's heartbeat: how late each 1 ms tick comes is how long the thread was busy.
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QElapsedTimer sinceTick;
    QObject::connect(&heartbeat, &QTimer::timeout, &receiver, [&] {
        if (sinceTick.isValid())
            lateness << sinceTick.nsecsElapsed() / 1e6 - 1.0;
        sinceTick.start();
    });
    QTimer editor;
    editor.setInterval(intervalMs);
    QObject::connect(&editor, &QTimer::timeout, &receiver, [&] {
        if (!pulling && !syncDone)
            return; // signing in: wait for the pull to start
        if (f.submitted >= edits) {
            editor.stop();
            return;
        }
        const cet::StudentRecord before = locals.at(f.submitted);
        cet::StudentRecord after = before;
        after.note = QStringLiteral("edit %1").arg(f.submitted);
        auto edit = std::make_shared<cet::StudentEdit>(before, after);
        QElapsedTimer submitted;
        submitted.start();
        const auto onStored = [&, submitted](cet::Result<cet::StudentRecord> &stored) {
            latencies << submitted.nsecsElapsed() / 1e6;
            if (stored) {
                ++f.landed;
                if (pulling)
                    ++f.landedDuringPull;
            } else {
                f.failures << stored.error().code + u' ' + stored.error().message + u' ' + stored.error().detail;
            }
        };
        if (path == Path::Writer) {
            service.store(&receiver, edit, cet::StudentEdit::Side::After, QStringLiteral("bench"), onStored);
        } else {
            cet::Result<cet::StudentRecord> stored = readRepo.update(before, after, QStringLiteral("bench"));
            onStored(stored);
        }
        f.worstSubmitMs = std::max(f.worstSubmitMs, submitted.nsecsElapsed() / 1e6);
        ++f.submitted;
    });
    QTimer done;
    done.setInterval(20);
    QObject::connect(&done, &QTimer::timeout, &receiver, [&] {
        if (syncDone && f.submitted >= edits && latencies.size() >= edits)
            loop.quit();
    });

    sync->start();
    heartbeat.start();
    editor.start();
    done.start();
    loop.exec();
    heartbeat.stop();
    sync->wait();
    delete sync;

    std::sort(lateness.begin(), lateness.end());
    f.ticks = int(lateness.size());
    if (!lateness.isEmpty()) {
        f.worstTimerLateMs = lateness.last();
        f.p99TimerLateMs = lateness.at(lateness.size() * 99 / 100);
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty()) {
        f.worstEditLatencyMs = latencies.last();
        f.medianEditLatencyMs = latencies.at(latencies.size() / 2);
    }
    f.writerRetries = service.writer().retries();
    for (int i = 0; i < edits; ++i) {
        auto stored = readRepo.byId(locals.at(i).id);
        if (stored && stored.value() && stored.value()->note == QStringLiteral("edit %1").arg(i))
            ++f.readBack;
    }
    return f;
}

} // namespace writertest
