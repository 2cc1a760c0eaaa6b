#pragma once

// SQL of passport accounts (通行证) and their sessions (passports, passport_sessions). Emails are
// matched by email_key, the lower-cased address; tokens are stored as hashes only.

#include "CentralStore.h"

#include <optional>

namespace cet::central::passportsql {

struct PassportRow
{
    QString passportId; // 32 upper-case hex characters
    QString email;      // as the candidate typed it
    QString mobile;     // empty: none
    QString passwordHash;
    QDateTime createdAt;
};

struct SessionRow
{
    QString passportId;
    QDateTime expiresAt;
    bool revoked = false;
};

// store.duplicate when the id, the email (any case) or the mobile is taken.
Result<void> insertPassport(CentralStore &store, const PassportRow &row, const QString &emailKey);
Result<std::optional<PassportRow>> findById(CentralStore &store, const QString &passportId);
Result<std::optional<PassportRow>> findByEmailKey(CentralStore &store, const QString &emailKey);
Result<std::optional<PassportRow>> findByMobile(CentralStore &store, const QString &mobile);
// store.duplicate when the new email is another passport's.
Result<void> updateEmail(CentralStore &store, const QString &passportId, const QString &email, const QString &emailKey,
                         const QDateTime &at);

// A new password (hash); every session of the passport is revoked with it.
Result<void> updatePassword(CentralStore &store, const QString &passportId, const QString &passwordHash,
                            const QDateTime &at);

Result<void> insertSession(CentralStore &store, const QString &tokenHash, const QString &passportId,
                           const QDateTime &at, const QDateTime &expiresAt);
Result<std::optional<SessionRow>> findSession(CentralStore &store, const QString &tokenHash);
Result<void> revokeSession(CentralStore &store, const QString &tokenHash, const QDateTime &at);

} // namespace cet::central::passportsql
