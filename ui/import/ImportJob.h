#pragma once

#include "JobRunner.h"
#include "StudentImportRepository.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace cet {

// Runs one piece of the wizard's work that has no job class of its own (preview, analyse, undo,
// a report) as a FunctionJob on its JobRunner, and hands its result back on the GUI thread.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);

    bool isRunning() const { return m_runner->isRunning(); }
    bool isCancelRequested() const { return m_runner->isCancelRequested(); }
    void cancel() { m_runner->cancel(); }
    // For a JobProgressWidget to follow.
    JobRunner *runner() const { return m_runner; }

    // Starts `work` on a worker thread; `done` runs on this object's thread with the result,
    // unless the job is destroyed first. One piece of work at a time.
    template<typename T>
    void start(std::function<T(ImportProgress &)> work, std::function<void(T &)> done)
    {
        Q_ASSERT(!isRunning());
        auto result = std::make_shared<std::optional<T>>();
        m_done = [result, done = std::move(done)] {
            if (result->has_value())
                done(**result);
        };
        m_runner->start(std::make_shared<FunctionJob>([result, work = std::move(work)](JobControl &control) {
            result->emplace(work(control.counters()));
            return JobOutcome::done();
        }));
    }

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    JobRunner *m_runner = nullptr;
    std::function<void()> m_done;
};

} // namespace cet
