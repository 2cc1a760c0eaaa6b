#include "StudentExportController.h"

#include "StudentExporter.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace cet {

StudentExportController::StudentExportController(QString databasePath, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_dialogParent(dialogParent)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &StudentExportController::updateProgress);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StudentExportController::onFinished);
}

StudentExportController::~StudentExportController()
{
    if (m_progress)
        m_progress->cancelled = true;
    m_watcher.waitForFinished();
    delete m_dialog;
}

bool StudentExportController::isRunning() const
{
    return m_watcher.isRunning();
}

bool StudentExportController::start(const StudentQuery &query, const QString &outputPath)
{
    if (isRunning())
        return false;
    m_outputPath = outputPath;
    m_progress = std::make_shared<Progress>();

    StudentExporter::Options options;
    options.databasePath = m_databasePath;
    options.query = query;
    options.outputPath = outputPath;
    options.format = StudentExporter::formatForPath(outputPath);
    options.progress = [progress = m_progress](qint64 written, qint64 total) {
        progress->written = written;
        progress->total = total;
        return !progress->cancelled.load();
    };

    delete m_dialog;
    m_dialog = new QProgressDialog(tr("Exporting students to %1…").arg(QFileInfo(outputPath).fileName()),
                                   tr("Cancel"), 0, 0, m_dialogParent);
    m_dialog->setWindowTitle(tr("Export Students"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(400);
    connect(m_dialog, &QProgressDialog::canceled, this, &StudentExportController::cancel);

    m_watcher.setFuture(QtConcurrent::run([options] { return StudentExporter::run(options); }));
    m_poll->start();
    return true;
}

void StudentExportController::cancel()
{
    if (m_progress)
        m_progress->cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void StudentExportController::updateProgress()
{
    if (!m_dialog || !m_progress)
        return;
    const qint64 total = m_progress->total;
    const qint64 written = m_progress->written;
    if (total > 0) {
        // QProgressDialog takes int; scale to per mille so huge exports fit.
        m_dialog->setMaximum(1000);
        m_dialog->setValue(static_cast<int>(std::min<qint64>(1000, written * 1000 / total)));
    }
}

void StudentExportController::onFinished()
{
    m_poll->stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    const Result<qint64> result = m_watcher.result();
    if (result)
        Q_EMIT finished(m_outputPath, result.value(), Error{});
    else
        Q_EMIT finished(m_outputPath, -1, result.error());
}

} // namespace cet
