#include "ImportCommitPage.h"

#include "ImportCommitJob.h"
#include "JobProgressWidget.h"
#include "JobRunner.h"

#include <QVBoxLayout>

namespace cet {

ImportCommitPage::ImportCommitPage(QWidget *parent) : QWidget(parent)
{
    m_runner = new JobRunner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_progress = new JobProgressWidget(this);
    m_progress->follow(m_runner);
    layout->addWidget(m_progress);
    layout->addStretch(2);
    connect(m_runner, &JobRunner::finished, this, &ImportCommitPage::onFinished);
}

void ImportCommitPage::commit(const QString &databasePath, std::shared_ptr<ImportAnalysis> analysis,
                              const ImportOptions &options, const QString &actor)
{
    if (isBusy())
        return;
    // The commit is one of the writer's tasks: it waits for an edit being stored and never meets
    // one half-way ("database is locked"). The job's worker thread waits for it, the window not.
    auto job = std::make_shared<ImportCommitJob>(DatabaseWriter::forPath(databasePath), std::move(analysis), options,
                                                 actor);
    m_progress->start(job->description(),
                      tr("Everything is written in one step: if you stop now (or the computer is switched off), "
                         "the database stays exactly as it was before the import."));
    m_runner->start(job);
}

void ImportCommitPage::onFinished(const JobOutcome &outcome)
{
    if (const auto *result = outcome.resultAs<ImportOutcome>())
        Q_EMIT committed(*result);
    else
        Q_EMIT failed(outcome.error);
}

void ImportCommitPage::cancel()
{
    m_runner->cancel();
    m_progress->setCancelling();
}

bool ImportCommitPage::isBusy() const
{
    return m_runner->isRunning();
}

} // namespace cet
