#pragma once

#include "Database.h"

#include <QDateTime>
#include <QString>

namespace cet {

// A recorded import (who, when, which file, its hash, counts) so that it can be undone later.
struct ImportBatch
{
    qint64 id = 0;
    QString actor;
    QString fileName;
    QString fileSha256;
    QDateTime startedAt;
    QDateTime finishedAt;
    int rowsRead = 0;
    int rowsInserted = 0;
    int rowsUpdated = 0;
    int rowsRejected = 0;
    int rowsUnchanged = 0;
    int rowsDeleted = 0;
};

class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(Database &db);
    Result<qint64> create(const ImportBatch &batch);
    Result<void> finish(const ImportBatch &batch);
    Result<ImportBatch> byId(qint64 id) const;

private:
    Database &m_db;
};

} // namespace cet
