#include "LoginThrottle.h"

#include <algorithm>

namespace cet::central::throttle {

namespace {
std::optional<qint64> waitUntil(const std::optional<QDateTime> &t, const QDateTime &now)
{
    if (!t || *t <= now)
        return std::nullopt;
    const qint64 ms = now.msecsTo(*t);
    return std::max<qint64>(1, (ms + 999) / 1000);
}
} // namespace

std::optional<qint64> retryAfter(const State &s, const QDateTime &now)
{
    const auto lock = waitUntil(s.lockedUntil, now);
    const auto delay = waitUntil(s.nextTryAt, now);
    if (lock && delay)
        return std::max(*lock, *delay);
    return lock ? lock : delay;
}

State afterFailure(const State &s, const QDateTime &now, const Limits &limits)
{
    State n = s;
    n.failedCount = s.failedCount + 1;
    n.lastFailureAt = now;
    if (n.failedCount >= limits.lockAfter) {
        n.lockedUntil = now.addSecs(kLockSeconds);
        n.nextTryAt.reset();
    } else if (n.failedCount >= limits.delayAfter) {
        const int step = n.failedCount - limits.delayAfter; // 0 → 1 s, 1 → 2 s, ...
        const qint64 delay = step >= 6 ? kMaxDelaySeconds : std::min<qint64>(kMaxDelaySeconds, qint64(1) << step);
        n.nextTryAt = now.addSecs(delay);
    }
    return n;
}

State decayed(const State &s, const QDateTime &now)
{
    if (s.lockedUntil && *s.lockedUntil <= now)
        return State{};
    if (!s.lockedUntil && s.lastFailureAt && s.lastFailureAt->secsTo(now) >= kLockSeconds)
        return State{};
    return s;
}

} // namespace cet::central::throttle
