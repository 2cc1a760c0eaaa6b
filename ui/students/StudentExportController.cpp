#include "StudentExportController.h"

#include "ExportJob.h"
#include "JobProgressDialog.h"
#include "JobProgressWidget.h"
#include "JobRunner.h"

namespace cet {

StudentExportController::StudentExportController(QString databasePath, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_dialogParent(dialogParent)
{
    m_runner = new JobRunner(this);
    connect(m_runner, &JobRunner::finished, this, &StudentExportController::onFinished);
}

StudentExportController::~StudentExportController()
{
    // The dialog belongs to the page; the runner (a child) stops the job and waits for it.
    delete m_dialog;
}

bool StudentExportController::isRunning() const
{
    return m_runner->isRunning();
}

bool StudentExportController::start(const StudentQuery &query, const QString &outputPath)
{
    if (isRunning())
        return false;
    m_outputPath = outputPath;
    auto job = std::make_shared<ExportJob>(m_databasePath, query, outputPath);
    if (!m_dialog)
        m_dialog = new JobProgressDialog(m_runner, tr("Export Students"), m_dialogParent);
    m_dialog->start(job->description());
    return m_runner->start(job);
}

void StudentExportController::cancel()
{
    m_runner->cancel();
    if (m_dialog && isRunning())
        m_dialog->progress()->setCancelling();
}

void StudentExportController::onFinished(const JobOutcome &outcome)
{
    if (const auto *rows = outcome.resultAs<qint64>())
        Q_EMIT finished(m_outputPath, *rows, Error{});
    else
        Q_EMIT finished(m_outputPath, -1, outcome.error);
}

} // namespace cet
