#pragma once

#include "CancelOnSigint.h"
#include "Job.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <mutex>

namespace cet {

// Runs Jobs for a console command: each on a worker thread while this thread shows its progress on
// stderr, redrawn in place on one line when stderr is a terminal, or, when it goes to a file or a
// pipe, as plain lines once a job has run for two seconds (when its text changes, and every few
// seconds), so that a quick command prints nothing but its result. While the ConsoleJob lives, the
// first Ctrl+C stops the running job (and every later one at once) cleanly; a second one ends the
// process (CancelOnSigint).
class ConsoleJob
{
    Q_DECLARE_TR_FUNCTIONS(cet::ConsoleJob)
public:
    explicit ConsoleJob(QTextStream &err);
    ConsoleJob(const ConsoleJob &) = delete;
    ConsoleJob &operator=(const ConsoleJob &) = delete;

    // Runs `job` to its end; the progress line is gone when it returns.
    JobOutcome run(Job &job);

    // Ctrl+C was pressed. Steps that are not jobs (writing a report) stop on cancelFlag().
    bool isCancelled() const { return m_sigint.cancelRequested.load(); }
    ImportProgress &cancelFlag() { return m_sigint; }

    // Prints a line on stderr above the progress line; from any thread (a job's log).
    void message(const QString &line);

private:
    void show(const JobProgress &progress);
    void clearLine();
    static QString progressText(const JobProgress &progress);

    QTextStream &m_err;
    ImportProgress m_sigint;
    CancelOnSigint m_cancelOnSigint;
    bool m_terminal = false;
    std::mutex m_mutex; // guards m_err and the display state below
    qsizetype m_lineWidth = 0; // of the progress line on the terminal, 0 when none
    QString m_lastText;
    qint64 m_lastPlainMs = -1;
    QElapsedTimer m_clock;
};

} // namespace cet
