#pragma once

// SQL of staff users and their sessions (staff_users, staff_sessions). Tokens are stored as hashes.
// (The throttle columns of staff_users are no longer used: sign-in failures live in login_throttle.)

#include "CentralStore.h"

#include <optional>

namespace cet::central::staffsql {

struct StaffRow
{
    qint64 id = 0;
    QString name, displayName, role, school; // school empty: none
    bool disabled = false;
};

struct SignInRow
{
    StaffRow staff;
    QString passwordHash;
};

struct SessionRow
{
    StaffRow staff;
    QDateTime createdAt;
    QDateTime expiresAt;
    bool revoked = false;
};

// Users. insertUser's errors are the store's (store.duplicate for a taken name).
Result<qint64> insertUser(CentralStore &store, const StaffRow &user, const QString &passwordHash, const QDateTime &at);
Result<std::optional<SignInRow>> findForSignIn(CentralStore &store, const QString &name);
Result<void> setPasswordHash(CentralStore &store, qint64 userId, const QString &passwordHash);
Result<void> setDisabled(CentralStore &store, qint64 userId, bool disabled);

// Sessions.
Result<void> insertSession(CentralStore &store, const QString &tokenHash, qint64 userId, const QDateTime &at,
                           const QDateTime &expiresAt, const QString &client, const QString &peer);
Result<std::optional<SessionRow>> findSession(CentralStore &store, const QString &tokenHash);
// Moves a live session's expiry (sliding sessions).
Result<void> slideSession(CentralStore &store, const QString &tokenHash, const QDateTime &expiresAt,
                          const QDateTime &at);
// The user name of a session that is not revoked.
Result<std::optional<QString>> liveSessionUser(CentralStore &store, const QString &tokenHash);
Result<void> revokeSession(CentralStore &store, const QString &tokenHash, const QDateTime &at);
// Revokes every live session of a user; how many there were.
Result<int> revokeAllSessions(CentralStore &store, qint64 userId, const QDateTime &at);

} // namespace cet::central::staffsql
