#include "ExportJob.h"

#include <QFileInfo>

namespace cet {

ExportJob::ExportJob(QString databasePath, StudentQuery query, QString outputPath)
    : m_databasePath(std::move(databasePath)), m_query(std::move(query)), m_outputPath(std::move(outputPath))
{ }

QString ExportJob::description() const
{
    return tr("Exporting students to %1…").arg(QFileInfo(m_outputPath).fileName());
}

JobOutcome ExportJob::run(JobControl &control)
{
    StudentExporter::Options options;
    options.databasePath = m_databasePath;
    options.query = m_query;
    options.outputPath = m_outputPath;
    options.format = StudentExporter::formatForPath(m_outputPath);
    options.progress = [&control](qint64 written, qint64 total) {
        control.progress(written, total);
        return !control.isCancelled();
    };
    return outcomeOf(StudentExporter::run(options), control);
}

} // namespace cet
