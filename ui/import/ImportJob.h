#pragma once

#include "StudentImportRepository.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace cet {

// Runs one piece of import work (preview, analyse, commit, undo, export) on a worker thread and
// hands its result back on the GUI thread. The GUI thread only polls the shared ImportProgress;
// it never waits, except in the destructor, which cancels first (a worker may hold a database
// connection and must finish before the dialog that owns it goes away).
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    bool isRunning() const;
    bool isCancelRequested() const;
    void cancel();

    // Starts `work` on a worker thread; `done` runs on this object's thread with the result,
    // unless the job is destroyed first. One piece of work at a time.
    template<typename T>
    void start(std::function<T(ImportProgress &)> work, std::function<void(T &)> done)
    {
        Q_ASSERT(!isRunning());
        auto progress = std::make_shared<ImportProgress>();
        auto result = std::make_shared<std::optional<T>>();
        m_progress = progress;
        m_done = [result, done = std::move(done)] {
            if (result->has_value())
                done(**result);
        };
        m_watcher.setFuture(QtConcurrent::run(
            [progress, result, work = std::move(work)] { result->emplace(work(*progress)); }));
        startPolling();
    }

Q_SIGNALS:
    // done and total as the work reports them (total 0 = unknown yet).
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    void startPolling();
    void poll();
    void onFinished();

    QFutureWatcher<void> m_watcher;
    std::shared_ptr<ImportProgress> m_progress;
    std::function<void()> m_done;
    QTimer *m_timer = nullptr;
};

} // namespace cet
