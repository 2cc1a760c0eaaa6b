#include "ImportJob.h"

#include <QTimer>

namespace cet {

ImportJob::ImportJob(QObject *parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ImportJob::poll);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportJob::onFinished);
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ImportJob::isRunning() const
{
    return m_done != nullptr;
}

bool ImportJob::isCancelRequested() const
{
    return m_progress && m_progress->cancelRequested.load();
}

void ImportJob::cancel()
{
    if (m_progress && isRunning())
        m_progress->cancelRequested = true;
}

void ImportJob::startPolling()
{
    poll();
    m_timer->start();
}

void ImportJob::poll()
{
    if (m_progress)
        Q_EMIT progressChanged(m_progress->done.load(), m_progress->total.load());
}

void ImportJob::onFinished()
{
    m_timer->stop();
    poll();
    // `done` may start the next job on this object.
    const std::function<void()> done = std::exchange(m_done, nullptr);
    if (done)
        done();
    Q_EMIT finished();
}

} // namespace cet
