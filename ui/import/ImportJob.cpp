#include "ImportJob.h"

namespace cet {

ImportJob::ImportJob(QObject *parent) : QObject(parent), m_runner(new JobRunner(this))
{
    connect(m_runner, &JobRunner::finished, this, &ImportJob::onFinished);
}

void ImportJob::onFinished()
{
    // `done` may start the next job on this object.
    const std::function<void()> done = std::exchange(m_done, nullptr);
    if (done)
        done();
    Q_EMIT finished();
}

} // namespace cet
