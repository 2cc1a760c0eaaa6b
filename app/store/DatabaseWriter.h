#pragma once

#include "Database.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace cet {

// The one connection that writes to a local database, on a thread of its own.
//
// Any thread hands it write tasks; they run one after another in the order they were given, each
// with the writer's ReadWrite Database. Readers (views, table models) keep connections of their
// own. The GUI thread only ever uses submit(), whose result comes back as an event, so the window
// never waits for a write; threads that may wait (the CLI, job workers) use call().
//
// A task that fails because another connection (an import or another program) held the database
// past the busy timeout is run again after a pause, so tasks must be all or nothing: one
// transaction, rolled back on failure (sql::Transaction does that).
//
// A long task (an import, a sync) that keeps the writer for seconds calls yieldToQueued() between
// its transactions, so that an edit queued meanwhile lands then and not after the whole job.
class DatabaseWriter
{
public:
    template<typename T> using Task = std::function<Result<T>(Database &)>;

    // Opens the writer's connection (and runs the migrations) on its thread.
    explicit DatabaseWriter(const QString &path);
    // Runs what is queued, then closes the connection.
    ~DatabaseWriter();
    DatabaseWriter(const DatabaseWriter &) = delete;
    DatabaseWriter &operator=(const DatabaseWriter &) = delete;

    // The writer of this database file in this process, made on first use and kept while anyone
    // holds it: the Students page, the import wizard and the CLI all write through the same one.
    static std::shared_ptr<DatabaseWriter> forPath(const QString &path);

    QString path() const { return m_path; }

    // Queues `task`; `done` later runs on `receiver`'s thread with the result, unless `receiver`
    // is gone by then. Never waits.
    template<typename T> void submit(QObject *receiver, Task<T> task, std::function<void(Result<T> &)> done)
    {
        QPointer<QObject> guard(receiver);
        QThread *target = receiver->thread();
        enqueue([state = m_state, guard, target, task = std::move(task), done = std::move(done)](
                    Database *db, const Error &openError) {
            auto result = std::make_shared<Result<T>>(db ? runWithRetry<T>(*state, task, *db) : Result<T>(openError));
            // `guard` is only looked at on the receiver's own thread, where it can not vanish
            // half-way.
            deliver(target, [guard, result, done] {
                if (guard)
                    done(*result);
            });
        });
    }

    // Runs `task` on the writer and waits for its result. Not on the GUI thread. On the writer's
    // own thread (a task calling another) it runs at once.
    template<typename T> Result<T> call(Task<T> task)
    {
        if (std::this_thread::get_id() == m_threadId) {
            if (!m_state->db)
                return m_state->openError;
            return runWithRetry<T>(*m_state, task, *m_state->db);
        }
        auto promise = std::make_shared<std::promise<Result<T>>>();
        std::future<Result<T>> future = promise->get_future();
        enqueue([state = m_state, promise, task = std::move(task)](Database *db, const Error &openError) {
            promise->set_value(db ? runWithRetry<T>(*state, task, *db) : Result<T>(openError));
        });
        return future.get();
    }

    // For a task running on the writer, between two of its transactions: runs the tasks queued
    // so far, then returns.
    void yieldToQueued();

    // Tasks that waited for a busy database and were run again (for tests and benchmarks).
    int retries() const;

private:
    using Job = std::function<void(Database *db, const Error &openError)>;

    // What the writer's thread works with. Shared with that thread, so that the loop can finish
    // safely even when the writer object is let go from one of its own tasks.
    struct State
    {
        QString path;
        std::mutex mutex;
        std::condition_variable wake;
        std::deque<Job> queue;
        bool stopping = false;
        std::unique_ptr<Database> db; // the writer thread's only
        Error openError;
        std::atomic<int> retries = 0;
    };

    void enqueue(Job job);
    // Runs `f` on `target`'s event loop.
    static void deliver(QThread *target, std::function<void()> f);
    static void loop(const std::shared_ptr<State> &state);
    static bool runOne(State &state, std::unique_lock<std::mutex> &lock);
    static bool isBusy(const Error &error);
    static void pauseBeforeRetry(State &state, int attempt);

    template<typename T> static Result<T> runWithRetry(State &state, const Task<T> &task, Database &db)
    {
        for (int attempt = 1;; ++attempt) {
            Result<T> result = task(db);
            if (result || !isBusy(result.error()) || attempt >= kMaxAttempts)
                return result;
            pauseBeforeRetry(state, attempt);
        }
    }

    static constexpr int kMaxAttempts = 8;

    QString m_path;
    std::shared_ptr<State> m_state;
    std::thread::id m_threadId;
    std::thread m_thread;
};

} // namespace cet
