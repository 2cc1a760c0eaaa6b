#pragma once

// SQL of password recovery requests (password_resets): a link token or a text-message code,
// stored as a hash, with its expiry, wrong tries and use. Callers hold the transaction.

#include "CentralStore.h"

#include <optional>

namespace cet::central::passwordresetsql {

struct ResetRow
{
    qint64 id = 0;
    QString passportId;
    QString channel; // "email" | "sms"
    QString secretHash;
    QString mobile;
    QDateTime createdAt, expiresAt;
    int tries = 0;
    bool used = false;
};

Result<void> insert(CentralStore &store, const ResetRow &row);
// The request of a link token's hash, if any.
Result<std::optional<ResetRow>> findBySecret(CentralStore &store, const QString &secretHash);
// The latest request by text message to `mobile`, if any.
Result<std::optional<ResetRow>> latestForMobile(CentralStore &store, const QString &mobile);
Result<void> countTry(CentralStore &store, qint64 id);
Result<void> markUsed(CentralStore &store, qint64 id, const QDateTime &at);
// Every unused request of the passport is spent (a new password makes the others pointless).
Result<void> spendAll(CentralStore &store, const QString &passportId, const QDateTime &at);

} // namespace cet::central::passwordresetsql
