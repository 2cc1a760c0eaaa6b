#include "AttemptThrottle.h"

#include "ThrottleSql.h"

#include <algorithm>

namespace cet::central::candidate {

Result<std::optional<qint64>> countAttempt(CentralStore &store, const AttemptRule &rule, const QString &key,
                                           const QString &peer, const QDateTime &at)
{
    auto byKey = throttlesql::lock(store, rule.keyKind, key);
    if (!byKey)
        return byKey.error();
    throttle::State addressState;
    if (!peer.isEmpty()) {
        auto byAddress = throttlesql::lock(store, rule.addressKind, peer);
        if (!byAddress)
            return byAddress.error();
        addressState = throttle::decayed(byAddress.value(), at);
    }
    const throttle::State keyState = throttle::decayed(byKey.value(), at);
    const auto keyWait = throttle::retryAfter(keyState, at);
    const auto addressWait = throttle::retryAfter(addressState, at);
    if (keyWait || addressWait)
        return std::optional<qint64>(std::max(keyWait.value_or(0), addressWait.value_or(0)));
    if (auto r = throttlesql::save(store, rule.keyKind, key, throttle::afterFailure(keyState, at, rule.keyLimits)); !r)
        return r.error();
    if (!peer.isEmpty()) {
        if (auto r = throttlesql::save(store, rule.addressKind, peer,
                                       throttle::afterFailure(addressState, at, rule.addressLimits));
            !r)
            return r.error();
    }
    return std::optional<qint64>();
}

} // namespace cet::central::candidate
