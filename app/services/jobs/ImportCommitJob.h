#pragma once

#include "DatabaseWriter.h"
#include "Job.h"
#include "StudentImport.h"

#include <memory>

namespace cet {

// Step 5 of an import, for the wizard and cetdesk-cli: writes the analysed plan as one task of the
// database's writer (one transaction; stopping rolls it back, so the database stays exactly as it
// was). Result: the ImportOutcome.
class ImportCommitJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportCommitJob)
public:
    ImportCommitJob(std::shared_ptr<DatabaseWriter> writer, std::shared_ptr<const ImportAnalysis> analysis,
                    ImportOptions options, QString actor);

    JobOutcome run(JobControl &control) override;
    QString description() const override;

private:
    std::shared_ptr<DatabaseWriter> m_writer;
    std::shared_ptr<const ImportAnalysis> m_analysis;
    ImportOptions m_options;
    QString m_actor;
};

} // namespace cet
