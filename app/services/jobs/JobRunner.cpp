#include "JobRunner.h"

#include <QThread>
#include <QTimer>

namespace cet {

// What the worker thread shares with the runner: the job, its control and, once run() returned,
// its outcome (read by the runner only after the thread finished).
struct JobRunner::Running
{
    std::shared_ptr<Job> job;
    JobControl control;
    JobOutcome outcome;
    QThread *thread = nullptr;
};

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000 / JobControl::kMaxUpdatesPerSecond);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] { poll(false); });
}

JobRunner::~JobRunner()
{
    if (m_running) {
        m_running->control.cancel();
        m_running->thread->wait();
        delete m_running->thread;
    }
}

bool JobRunner::isCancelRequested() const
{
    return m_running && m_running->control.isCancelled();
}

bool JobRunner::start(std::shared_ptr<Job> job)
{
    if (isRunning() || !job)
        return false;
    auto running = std::make_shared<Running>();
    running->job = std::move(job);
    running->control.setText(running->job->description());
    running->thread = QThread::create([running = running.get()] {
        running->outcome = running->job->run(running->control);
    });
    running->thread->setObjectName(QStringLiteral("job"));
    // QThread::finished comes from the worker thread: queued to this object's thread.
    connect(running->thread, &QThread::finished, this, &JobRunner::onThreadFinished, Qt::QueuedConnection);
    m_running = running;
    Q_EMIT started();
    running->thread->start();
    m_timer->start();
    return true;
}

void JobRunner::cancel()
{
    if (m_running)
        m_running->control.cancel();
}

void JobRunner::poll(bool force)
{
    if (!m_running)
        return;
    if (const auto update = m_running->control.takeUpdate(force))
        Q_EMIT progressChanged(*update);
}

void JobRunner::onThreadFinished()
{
    m_timer->stop();
    poll(true);
    // Cleared before finished(): its slots may start the next job.
    const std::shared_ptr<Running> running = std::exchange(m_running, nullptr);
    running->thread->wait();
    delete running->thread;
    Q_EMIT finished(running->outcome);
}

} // namespace cet
