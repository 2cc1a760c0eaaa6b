#include "PhotoJobs.h"

#include <QFileInfo>

namespace cet {

PhotoScanJob::PhotoScanJob(QString databasePath, QString sourcePath)
    : m_databasePath(std::move(databasePath)), m_sourcePath(std::move(sourcePath))
{ }

QString PhotoScanJob::description() const
{
    return tr("Checking the photos in %1…").arg(QFileInfo(m_sourcePath).fileName());
}

JobOutcome PhotoScanJob::run(JobControl &control)
{
    auto db = Database::open(m_databasePath, Database::Mode::ReadOnly);
    if (!db)
        return JobOutcome::failed(db.error());
    return outcomeOf(PhotoImport::scan(*db.value(), m_sourcePath, control.counters()), control);
}

PhotoCommitJob::PhotoCommitJob(std::shared_ptr<DatabaseWriter> writer, PhotoScan scan, QString actor)
    : m_writer(std::move(writer)), m_scan(std::move(scan)), m_actor(std::move(actor))
{ }

QString PhotoCommitJob::description() const
{
    return tr("Storing %n photos…", nullptr, int(m_scan.toStore()));
}

JobOutcome PhotoCommitJob::run(JobControl &control)
{
    return outcomeOf(m_writer->call<PhotoImportOutcome>([&](Database &db) {
        return PhotoImport::commit(db, m_scan, m_actor, control.counters());
    }),
                     control);
}

} // namespace cet
