#pragma once

#include "JobControl.h"
#include "JobOutcome.h"

#include <QCoreApplication>

#include <functional>
#include <utility>

namespace cet {

// One long piece of work of the application (an import commit, an export, a photo scan, a sync):
// run() does it on whatever thread it is given (a JobRunner's worker, ConsoleJob's), reports
// progress and stops when asked through `control`, and says how it ended. A job holds what it
// needs (paths, the writer, the plan) and opens its own read connections; it writes only through
// the database's DatabaseWriter.
class Job
{
    Q_DECLARE_TR_FUNCTIONS(cet::Job)
public:
    virtual ~Job() = default;
    virtual JobOutcome run(JobControl &control) = 0;
    // What the job does, in a sentence for its progress display ("Exporting students to x.csv…"):
    // the text before the job reports its own.
    virtual QString description() const { return {}; }

    // A step's result as the job's outcome: its value as the result, and an error as Cancelled
    // when the job was asked to stop (the step gave up because of it), as Failed otherwise.
    template<typename T> static JobOutcome outcomeOf(Result<T> result, const JobControl &control)
    {
        if (result)
            return JobOutcome::done(std::move(result).value());
        return stopped(result.error(), control);
    }
    static JobOutcome outcomeOf(Result<void> result, const JobControl &control)
    {
        return result ? JobOutcome::done() : stopped(result.error(), control);
    }

    // Failed with `error`, or Cancelled when the job was asked to stop.
    static JobOutcome stopped(const Error &error, const JobControl &control)
    {
        return control.isCancelled() ? JobOutcome::cancelled(error) : JobOutcome::failed(error);
    }
};

// A job made of a function: for a step that needs no class of its own (an import's analysis, a
// report written on the side).
class FunctionJob : public Job
{
public:
    explicit FunctionJob(std::function<JobOutcome(JobControl &)> run, QString description = {})
        : m_run(std::move(run)), m_description(std::move(description))
    { }
    JobOutcome run(JobControl &control) override { return m_run(control); }
    QString description() const override { return m_description; }

private:
    std::function<JobOutcome(JobControl &)> m_run;
    QString m_description;
};

} // namespace cet
