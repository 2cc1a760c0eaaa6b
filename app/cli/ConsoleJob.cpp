#include "ConsoleJob.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace cet {

namespace {

// Plain lines start once a job ran this long: a quick command prints nothing but its result (scripts
// read stderr for errors).
constexpr qint64 kPlainAfterMs = 2000;
// How often the plain-lines display repeats a line whose text did not change.
constexpr qint64 kPlainEveryMs = 5000;
// How long the console waits for the job between two looks at its progress.
constexpr int kPollMs = 1000 / JobControl::kMaxUpdatesPerSecond;

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace

ConsoleJob::ConsoleJob(QTextStream &err) : m_err(err), m_cancelOnSigint(m_sigint), m_terminal(stderrIsTerminal())
{
    m_clock.start();
}

JobOutcome ConsoleJob::run(Job &job)
{
    JobControl control;
    control.setText(job.description());
    if (isCancelled()) // Ctrl+C before this step: it stops at its first look
        control.cancel();
    JobOutcome outcome;
    std::unique_ptr<QThread> thread(QThread::create([&] { outcome = job.run(control); }));
    thread->setObjectName(QStringLiteral("job"));
    m_clock.restart();
    thread->start();
    JobProgress latest = control.current();
    for (bool ended = false; !ended;) {
        ended = thread->wait(kPollMs);
        // The signal handler may only set a flag: it reaches the job from here.
        if (isCancelled())
            control.cancel();
        if (const auto update = control.takeUpdate(ended))
            latest = *update;
        show(latest);
    }
    clearLine();
    return outcome;
}

QString ConsoleJob::progressText(const JobProgress &progress)
{
    const QLocale locale;
    if (progress.total > 0)
        return tr("%1 %2% (%3 of %4)")
            .arg(progress.text)
            .arg(progress.done * 100 / progress.total)
            .arg(locale.toString(progress.done), locale.toString(progress.total));
    if (progress.done > 0)
        return tr("%1 %2").arg(progress.text, locale.toString(progress.done));
    return progress.text;
}

void ConsoleJob::show(const JobProgress &progress)
{
    const std::lock_guard lock(m_mutex);
    const QString text = progressText(progress);
    if (m_terminal) {
        if (m_lineWidth > 0 && text == m_lastText)
            return;
        m_lastText = text;
        // Drawn over the last one; spaces wipe what is left of a longer last line.
        m_err << u'\r' << text << QString(std::max<qsizetype>(0, m_lineWidth - text.size()), u' ') << Qt::flush;
        m_lineWidth = text.size();
        return;
    }
    const qint64 now = m_clock.elapsed();
    if (now < kPlainAfterMs)
        return;
    if (progress.text == m_lastText && m_lastPlainMs >= 0 && now - m_lastPlainMs < kPlainEveryMs)
        return;
    m_lastText = progress.text;
    m_lastPlainMs = now;
    m_err << text << Qt::endl;
}

void ConsoleJob::clearLine()
{
    const std::lock_guard lock(m_mutex);
    if (m_terminal && m_lineWidth > 0)
        m_err << u'\r' << QString(m_lineWidth, u' ') << u'\r' << Qt::flush;
    m_lineWidth = 0;
    m_lastText.clear();
    m_lastPlainMs = -1;
}

void ConsoleJob::message(const QString &line)
{
    const std::lock_guard lock(m_mutex);
    if (m_terminal && m_lineWidth > 0) {
        m_err << u'\r' << QString(m_lineWidth, u' ') << u'\r';
        m_lineWidth = 0; // redrawn by the next update
    }
    m_err << line << Qt::endl;
}

} // namespace cet
