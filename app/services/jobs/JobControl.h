#pragma once

#include "StudentImportRepository.h"

#include <QElapsedTimer>
#include <QString>

#include <mutex>
#include <optional>

namespace cet {

// What a job reports: how far it got (total 0 = not known yet) and what it is doing now.
struct JobProgress
{
    qint64 done = 0;
    qint64 total = 0;
    QString text;

    bool operator==(const JobProgress &other) const
    {
        return done == other.done && total == other.total && text == other.text;
    }
};

// The job's side of a running job: it reports progress and looks at whether it was asked to stop.
// Both are cheap and thread-safe, so a job may report every row. Whoever shows the progress (the
// JobRunner on the GUI thread, ConsoleJob in a terminal) takes updates with takeUpdate(), which
// hands out at most kMaxUpdatesPerSecond of them: a job that reports a million rows does not flood
// the window with a million repaints.
//
// Services written before the job shape count in an ImportProgress (atomics the store's long
// writes update directly); counters() is that ImportProgress, read as this job's progress, and its
// cancelRequested is this job's cancel flag.
class JobControl
{
public:
    static constexpr int kMaxUpdatesPerSecond = 20;

    JobControl() = default;
    JobControl(const JobControl &) = delete;
    JobControl &operator=(const JobControl &) = delete;

    // From the job, on any thread. An empty text keeps the last one.
    void progress(qint64 done, qint64 total, const QString &text = {});
    void setText(const QString &text);
    bool isCancelled() const { return m_counters.cancelRequested.load(); }

    // From whoever runs the job, on any thread.
    void cancel() { m_counters.cancelRequested.store(true); }
    ImportProgress &counters() { return m_counters; }

    // The progress as the job reported it last.
    JobProgress current() const;
    // The progress when it changed since the last update taken and the last update is at least
    // 1/kMaxUpdatesPerSecond s old (or `force`, for the final state); otherwise nothing.
    std::optional<JobProgress> takeUpdate(bool force = false);

private:
    ImportProgress m_counters;
    mutable std::mutex m_mutex; // guards the members below
    QString m_text;
    std::optional<JobProgress> m_taken;
    QElapsedTimer m_sinceTaken;
};

} // namespace cet
