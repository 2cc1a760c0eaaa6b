#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

struct sqlite3;

namespace cet::importsql {

// One audit entry and one outbox operation (entity "student_import", key the batch id) for an
// import batch or its undo, inside the caller's transaction. `summary` holds the counts and the
// file's name and sha256.
Result<void> writeBatchLog(sqlite3 *db, const QString &action, qint64 batchId, const QString &actor,
                           const QJsonObject &summary);

} // namespace cet::importsql
