#include "ImportCommitPage.h"

#include "DatabaseWriter.h"
#include "ImportJob.h"
#include "ImportProgressPanel.h"

#include <QVBoxLayout>

namespace cet {

ImportCommitPage::ImportCommitPage(QWidget *parent) : QWidget(parent)
{
    m_job = new ImportJob(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new ImportProgressPanel(this);
    layout->addWidget(m_progress);
    connect(m_job, &ImportJob::progressChanged, m_progress, &ImportProgressPanel::setProgress);
    connect(m_progress, &ImportProgressPanel::cancelRequested, this, &ImportCommitPage::cancel);
}

void ImportCommitPage::commit(const QString &databasePath, std::shared_ptr<ImportAnalysis> analysis,
                              const ImportOptions &options, const QString &actor)
{
    if (isBusy())
        return;
    m_progress->start(tr("Importing \"%1\" into the database…").arg(analysis->fileName),
                      tr("Everything is written in one step: if you stop now (or the computer is switched off), "
                         "the database stays exactly as it was before the import."));
    // The commit is one of the writer's tasks: it waits for an edit being stored and never meets
    // one half-way ("database is locked"). The job's worker thread waits for it, the window not.
    std::shared_ptr<DatabaseWriter> writer = DatabaseWriter::forPath(databasePath);
    m_job->start<Result<ImportOutcome>>(
        [writer, analysis, options, actor](ImportProgress &progress) -> Result<ImportOutcome> {
            return writer->call<ImportOutcome>([&](Database &db) {
                return StudentImport::commit(db, *analysis, options, actor, progress);
            });
        },
        [this](Result<ImportOutcome> &result) {
            if (result)
                Q_EMIT committed(result.value());
            else
                Q_EMIT failed(result.error());
        });
}

void ImportCommitPage::cancel()
{
    m_job->cancel();
    m_progress->setCancelling();
}

bool ImportCommitPage::isBusy() const
{
    return m_job->isRunning();
}

} // namespace cet
