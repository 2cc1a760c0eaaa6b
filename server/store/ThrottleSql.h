#pragma once

// SQL of the sign-in throttle (login_throttle): one row per (kind, key): staff sign-in counts by
// "name" and "address", passport sign-in by "passport" (the login typed) and "passport_address".
// lock() runs inside the sign-in's write transaction and holds the row until commit, so that
// parallel attempts are checked and counted one after the other.

#include "CentralStore.h"
#include "LoginThrottle.h"

namespace cet::central::throttlesql {

inline const QString kName = QStringLiteral("name");
inline const QString kAddress = QStringLiteral("address");
inline const QString kPassport = QStringLiteral("passport");
inline const QString kPassportAddress = QStringLiteral("passport_address");
// Password-reset requests, by the address or number typed and by client address; account
// recovery, by the ID number typed and by client address.
inline const QString kReset = QStringLiteral("reset");
inline const QString kResetAddress = QStringLiteral("reset_address");
inline const QString kRecover = QStringLiteral("recover");
inline const QString kRecoverAddress = QStringLiteral("recover_address");

// The row (created empty if missing), locked until the transaction ends.
Result<throttle::State> lock(CentralStore &store, const QString &kind, const QString &key);
Result<void> save(CentralStore &store, const QString &kind, const QString &key, const throttle::State &state);
// Forgets the failures of a key (a successful sign-in, an administrator's unlock).
Result<void> clear(CentralStore &store, const QString &kind, const QString &key);
// Takes one failure back (an attempt counted in advance that turned out right).
Result<void> forgiveOne(CentralStore &store, const QString &kind, const QString &key);

} // namespace cet::central::throttlesql
