#pragma once

#include "DatabaseWriter.h"
#include "Job.h"
#include "PhotoImport.h"

#include <memory>

namespace cet {

// Checks every file of a photo folder or ZIP and matches it to a student (PhotoImport::scan), on a
// read connection of its own. Result: the PhotoScan.
class PhotoScanJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cet::PhotoScanJob)
public:
    PhotoScanJob(QString databasePath, QString sourcePath);
    JobOutcome run(JobControl &control) override;
    QString description() const override;

private:
    QString m_databasePath;
    QString m_sourcePath;
};

// Stores the matched photos of a scan (PhotoImport::commit) as one task of the database's writer:
// all of them or, on any error or when stopped, none. Result: the PhotoImportOutcome.
class PhotoCommitJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cet::PhotoCommitJob)
public:
    PhotoCommitJob(std::shared_ptr<DatabaseWriter> writer, PhotoScan scan, QString actor);
    JobOutcome run(JobControl &control) override;
    QString description() const override;

private:
    std::shared_ptr<DatabaseWriter> m_writer;
    PhotoScan m_scan;
    QString m_actor;
};

} // namespace cet
