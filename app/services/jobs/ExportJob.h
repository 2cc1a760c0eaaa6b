#pragma once

#include "Job.h"
#include "StudentExporter.h"

namespace cet {

// Exports the students of a query to a CSV or XLSX file (StudentExporter: its own read
// connection; a cancelled export leaves no partial file). Result: the number of rows, a qint64.
class ExportJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cet::ExportJob)
public:
    ExportJob(QString databasePath, StudentQuery query, QString outputPath);

    JobOutcome run(JobControl &control) override;
    QString description() const override;

    QString outputPath() const { return m_outputPath; }

private:
    QString m_databasePath;
    StudentQuery m_query;
    QString m_outputPath;
};

} // namespace cet
