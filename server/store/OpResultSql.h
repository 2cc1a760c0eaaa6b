#pragma once

// SQL of the recorded push results (op_results): a repeated op id gets the result it got the
// first time. Callers hold the push transaction.

#include "CentralStore.h"
#include "Wire.h"

#include <QHash>

namespace cet::central::opresultsql {

// The recorded results of the given op ids of the school, by op id.
Result<QHash<QString, protocol::OpResult>> find(CentralStore &store, const QString &school, const QStringList &opIds);
Result<void> store(CentralStore &store, const QString &school, const QDateTime &now,
                   const QList<protocol::OpResult> &results);

// Deletes the results recorded before `before`; how many.
Result<qint64> purgeBefore(CentralStore &store, const QDateTime &before);

} // namespace cet::central::opresultsql
