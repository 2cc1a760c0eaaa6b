#include "ImportCommitJob.h"

namespace cet {

ImportCommitJob::ImportCommitJob(std::shared_ptr<DatabaseWriter> writer, std::shared_ptr<const ImportAnalysis> analysis,
                                 ImportOptions options, QString actor)
    : m_writer(std::move(writer)), m_analysis(std::move(analysis)), m_options(options), m_actor(std::move(actor))
{ }

QString ImportCommitJob::description() const
{
    return tr("Importing \"%1\" into the database…").arg(m_analysis->fileName);
}

JobOutcome ImportCommitJob::run(JobControl &control)
{
    // The store counts the rows it wrote in the control's counters.
    return outcomeOf(m_writer->call<ImportOutcome>([&](Database &db) {
        return StudentImport::commit(db, *m_analysis, m_options, m_actor, control.counters());
    }),
                     control);
}

} // namespace cet
