#include "ImportCommitPage.h"

#include "Database.h"
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
    m_job->start<Result<ImportOutcome>>(
        [databasePath, analysis, options, actor](ImportProgress &progress) -> Result<ImportOutcome> {
            auto db = Database::open(databasePath);
            if (!db)
                return db.error();
            return StudentImport::commit(*db.value(), *analysis, options, actor, progress);
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
