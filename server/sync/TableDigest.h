#pragma once

// The digest of one synced table of one school (GET /api/v1/sync/digest): the live rows' count and
// hash of key + version, and the highest seq including tombstones. Every entity table keeps the
// same bookkeeping columns, so only the key differs between entities.

#include "Result.h"
#include "Wire.h"

#include <QSqlQuery>
#include <QVariantList>

#include <functional>

namespace cet::central {

class CentralStore;

// `sql` selects the key columns first, then version, seq, deleted_at as its last three columns;
// `key` makes the wire key from the key columns of the current row.
Result<protocol::EntityDigest> tableDigest(CentralStore &store, const QString &sql, const QVariantList &binds,
                                           const std::function<QString(const QSqlQuery &)> &key);

} // namespace cet::central
