#pragma once

// The sign-in throttle (pure rules; the state lives in login_throttle, one row per user name —
// known or not, so that the answers do not tell names apart — and one per client address).
// Per name: after 3 consecutive failures each further attempt waits 1 s, 2 s, 4 s … (capped 60 s);
// after 10 the name is locked for 15 minutes. Per address the same with larger counts, so one
// address can not spray guesses across many names. Success resets a name. Failures decay: once a
// lock has ended, or after 15 quiet minutes, counting starts again from zero (otherwise one
// attempt every 15 minutes would keep a user locked out for ever).

#include <QDateTime>

#include <optional>

namespace cet::central::throttle {

struct Limits
{
    int delayAfter = 3;
    int lockAfter = 10;
};

constexpr Limits kPerName{ 3, 10 };
constexpr Limits kPerAddress{ 30, 300 };
constexpr int kDelayAfter = kPerName.delayAfter;
constexpr int kLockAfter = kPerName.lockAfter;
constexpr qint64 kMaxDelaySeconds = 60;
constexpr qint64 kLockSeconds = 15 * 60;

struct State
{
    int failedCount = 0;
    std::optional<QDateTime> nextTryAt;
    std::optional<QDateTime> lockedUntil;
    std::optional<QDateTime> lastFailureAt;
};

// Seconds the caller must still wait at `now` (rounded up, ≥ 1), or nullopt if they may try.
std::optional<qint64> retryAfter(const State &s, const QDateTime &now);
// The state after one more failure at `now`.
State afterFailure(const State &s, const QDateTime &now, const Limits &limits = kPerName);
// The state as it counts at `now`: a fresh one once a lock has ended or failures are old.
State decayed(const State &s, const QDateTime &now);

} // namespace cet::central::throttle
