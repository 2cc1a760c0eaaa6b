#pragma once

// Counting a candidate-side attempt against its limits (login_throttle rows), in the caller's
// write transaction, before the attempt does anything: parallel attempts are counted one after
// the other, and an attempt over the limit costs nothing but the count. Used for passport
// sign-in (per login typed and per address), password-reset requests (per address typed, so a
// script can not fill someone's mailbox, and per client address) and account recovery.

#include "CentralStore.h"
#include "LoginThrottle.h"

#include <optional>

namespace cet::central::candidate {

struct AttemptRule
{
    QString keyKind;          // login_throttle.kind of the key (a login, an address, an ID number)
    throttle::Limits keyLimits;
    QString addressKind;      // of the client address
    throttle::Limits addressLimits = throttle::kPerAddress;
};

// Seconds to wait when `key` or `peer` (empty: not counted) is over its limits; otherwise the
// attempt is counted and nullopt comes back.
Result<std::optional<qint64>> countAttempt(CentralStore &store, const AttemptRule &rule, const QString &key,
                                           const QString &peer, const QDateTime &at);

} // namespace cet::central::candidate
