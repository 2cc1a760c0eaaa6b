#pragma once

#include "Job.h"

#include <QMetaType>
#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace cet {

// Runs one Job at a time on a worker thread of its own and reports on the thread the runner lives
// on (the GUI thread): progressChanged() at most JobControl::kMaxUpdatesPerSecond times a second,
// then one finished(). The GUI thread never waits for the job, except in the destructor, which
// asks the job to stop first (a job may hold a database connection and must end before whatever
// owns the runner goes away).
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const { return m_running != nullptr; }
    bool isCancelRequested() const;

    // Starts `job`; false (and nothing happens) while another job runs. Slots connected to
    // finished() may start the next one.
    bool start(std::shared_ptr<Job> job);
    // Asks the running job to stop; it ends with finished(Cancelled) unless it was already done.
    void cancel();

Q_SIGNALS:
    void started();
    void progressChanged(const cet::JobProgress &progress);
    void finished(const cet::JobOutcome &outcome);

private:
    struct Running;

    void poll(bool force);
    void onThreadFinished();

    std::shared_ptr<Running> m_running;
    QTimer *m_timer = nullptr;
};

} // namespace cet

Q_DECLARE_METATYPE(cet::JobProgress)
Q_DECLARE_METATYPE(cet::JobOutcome)
