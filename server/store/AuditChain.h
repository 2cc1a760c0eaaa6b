#pragma once

// The hash chain of audit_log. A row's hash is SHA-256 over the previous row's hash and the row's
// content (its columns from `at` to `reason`, as a compact JSON array), so that changing, removing
// or inserting a row anywhere breaks every later link. audit_chain_head holds the newest hash; a
// writer locks it for the rest of its transaction, so concurrent writers chain one after the other
// in id order.

#include "CentralStore.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace cet::central::auditchain {

constexpr int kContentColumns = 10; // at, actor, role, action, entity, entity_key, school_code, before, after, reason

// The hashed text of a row's content values (null QVariant = SQL NULL): a compact JSON array.
QByteArray contentText(const QVariantList &content);
// Hex SHA-256 of `previous`, a newline and contentText(content).
QString rowHash(const QString &previous, const QVariantList &content);

// The newest hash, with the head row locked until the transaction ends.
Result<QString> lockHead(CentralStore &store);
Result<void> setHead(CentralStore &store, const QString &hash);

struct Verification
{
    qint64 rows = 0;              // chained rows checked
    qint64 unchained = 0;         // rows written before the chain existed (no hashes), all at the start
    std::optional<qint64> brokenId; // the first row whose link or content does not match
    QString problem;              // what did not match (English)
};
// Walks the whole log in id order inside one snapshot.
Result<Verification> verify(CentralStore &store);

// The rows with from ≤ at < to, in id order, as JSON objects (id, at, actor, role, action, entity,
// entity_key, school, before, after, reason, prev_hash, row_hash), one call of `row` each.
Result<qint64> exportRows(CentralStore &store, const QDateTime &from, const QDateTime &to,
                          const std::function<void(const QJsonObject &)> &row);

} // namespace cet::central::auditchain
