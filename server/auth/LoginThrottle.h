#pragma once

// The sign-in throttle per user name (pure rules; the state lives in staff_users):
// after 3 consecutive failures each further attempt waits 1 s, 2 s, 4 s … (capped 60 s);
// after 10 consecutive failures the account is locked for 15 minutes. Success resets.

#include <QDateTime>

#include <optional>

namespace cet::central::throttle {

constexpr int kDelayAfter = 3;
constexpr int kLockAfter = 10;
constexpr qint64 kMaxDelaySeconds = 60;
constexpr qint64 kLockSeconds = 15 * 60;

struct State
{
    int failedCount = 0;
    std::optional<QDateTime> nextTryAt;
    std::optional<QDateTime> lockedUntil;
};

// Seconds the caller must still wait at `now` (rounded up, ≥ 1), or nullopt if they may try.
std::optional<qint64> retryAfter(const State &s, const QDateTime &now);
// The state after one more failure at `now`.
State afterFailure(const State &s, const QDateTime &now);

} // namespace cet::central::throttle
