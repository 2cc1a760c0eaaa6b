#include "Audit.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "LoginThrottle.h"
#include "PasswordHash.h"
#include "SessionToken.h"
#include "StaffSql.h"
#include "ThrottleSql.h"

#include <algorithm>

namespace cet::central {

namespace {

constexpr qint64 kLifetimeSeconds = 12 * 3600;
constexpr qint64 kMaxLifetimeSeconds = 7 * 24 * 3600;
constexpr qint64 kSlideGranularityMs = 60 * 1000; // extend at most once a minute

Error badCredentials()
{
    return Error{ protocol::codes::badCredentials, QStringLiteral("Wrong user name or password."), {} };
}

Error badToken()
{
    return Error{ protocol::codes::badToken, QStringLiteral("The session token is not valid; sign in again."), {} };
}

Error lockedError(qint64 seconds)
{
    return Error{ protocol::codes::locked,
                  QStringLiteral("Too many failed sign-ins; try again in %1 seconds.").arg(seconds),
                  QString::number(seconds) };
}

AuditEntry loginAudit(const QDateTime &at, const QString &name, const QString &role, const QString &action,
                      const QString &reason)
{
    AuditEntry e;
    e.at = at;
    e.actor = name;
    e.role = role;
    e.action = action;
    e.entity = QStringLiteral("staff");
    e.entityKey = name;
    e.reason = reason;
    return e;
}

} // namespace

Result<protocol::LoginResponse> CentralService::login(const protocol::LoginRequest &request, const QString &peer)
{
    // Every answer — unknown name, wrong password, disabled, throttled — takes the same three
    // steps (check-and-count transaction, one Argon2id verification, recording transaction), so
    // neither the status sequence nor the time tells a known name from an unknown one.
    const QDateTime at = now();
    const QString reasonPeer = QStringLiteral("peer %1").arg(peer);
    const QString nameKey = request.user.left(200);

    // 1. Check and count in one transaction: the attempt is counted as a failure before the
    // password is looked at (and taken back if it was right), so parallel attempts can not all
    // pass the check before any of them is counted.
    std::optional<staffsql::SignInRow> found;
    std::optional<qint64> wait;
    {
        Transaction tx(*m_store);
        if (auto r = tx.begin(true); !r)
            return r.error();
        auto byName = throttlesql::lock(*m_store, throttlesql::kName, nameKey);
        if (!byName)
            return byName.error();
        auto byAddress = throttlesql::lock(*m_store, throttlesql::kAddress, peer);
        if (!byAddress)
            return byAddress.error();
        const throttle::State nameState = throttle::decayed(byName.value(), at);
        const throttle::State addressState = throttle::decayed(byAddress.value(), at);
        const auto nameWait = throttle::retryAfter(nameState, at);
        const auto addressWait = throttle::retryAfter(addressState, at);
        wait = nameWait && addressWait ? std::max(*nameWait, *addressWait) : (nameWait ? nameWait : addressWait);
        if (!wait) {
            auto saved = throttlesql::save(*m_store, throttlesql::kName, nameKey,
                                           throttle::afterFailure(nameState, at, throttle::kPerName));
            if (!saved)
                return saved.error();
            saved = throttlesql::save(*m_store, throttlesql::kAddress, peer,
                                      throttle::afterFailure(addressState, at, throttle::kPerAddress));
            if (!saved)
                return saved.error();
            auto user = staffsql::findForSignIn(*m_store, request.user);
            if (!user)
                return user.error();
            found = user.value();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
    }

    // 2. One verification, outside any transaction (it takes tens of milliseconds on purpose).
    bool good = false;
    if (found && !wait)
        good = password::verify(found->passwordHash, request.password) && !found->staff.disabled;
    else
        password::dummyVerify(request.password);
    std::optional<QString> rehashed;
    if (good && password::needsRehash(found->passwordHash))
        rehashed = password::hash(request.password);

    // 3. Record the outcome.
    const QString role = found ? found->staff.role : QString();
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    if (!good) {
        QString action = QStringLiteral("login.failure");
        QString reason;
        if (wait) {
            action = QStringLiteral("login.locked");
        } else if (!found) {
            reason = QStringLiteral("unknown user; ");
        } else {
            reason = found->staff.disabled ? QStringLiteral("account disabled; ") : QStringLiteral("wrong password; ");
        }
        if (auto r = writeAudit(*m_store, loginAudit(at, request.user, role, action, reason + reasonPeer)); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return wait ? lockedError(*wait) : badCredentials();
    }

    const Staff staff{ found->staff.id, found->staff.name, found->staff.displayName, found->staff.role,
                       found->staff.school };
    if (auto u = throttlesql::clear(*m_store, throttlesql::kName, nameKey); !u)
        return u.error();
    if (auto u = throttlesql::forgiveOne(*m_store, throttlesql::kAddress, peer); !u)
        return u.error();
    if (rehashed) {
        if (auto u = staffsql::setPasswordHash(*m_store, staff.id, *rehashed); !u)
            return u.error();
    }
    const QString token = token::generate();
    const QDateTime expires = at.addSecs(kLifetimeSeconds);
    if (auto u = staffsql::insertSession(*m_store, token::storedHash(token), staff.id, at, expires, request.client, peer);
        !u)
        return u.error();
    if (auto r = writeAudit(*m_store, loginAudit(at, staff.name, staff.role, QStringLiteral("login.success"),
                                                 QStringLiteral("client %1; ").arg(request.client) + reasonPeer));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    protocol::LoginResponse response;
    response.token = token;
    response.expiresAt = expires;
    response.user = protocol::UserInfo{ staff.name, staff.displayName, staff.role, staff.school };
    return response;
}

Result<Session> CentralService::authenticate(const QString &bearerToken)
{
    if (!token::wellFormed(bearerToken))
        return badToken();
    const QString hash = token::storedHash(bearerToken);
    auto found = staffsql::findSession(*m_store, hash);
    if (!found)
        return found.error();
    if (!found.value())
        return badToken();
    const staffsql::SessionRow &row = *found.value();
    const QDateTime created = row.createdAt;
    const QDateTime expires = row.expiresAt;
    const bool revoked = row.revoked;
    Session session;
    session.staff = Staff{ row.staff.id, row.staff.name, row.staff.displayName, row.staff.role, row.staff.school };
    const bool disabled = row.staff.disabled;
    if (revoked || disabled)
        return badToken();
    const QDateTime at = now();
    if (expires <= at)
        return Error{ protocol::codes::expired, QStringLiteral("The session has expired; sign in again."), {} };
    const QDateTime slid = std::min(at.addSecs(kLifetimeSeconds), created.addSecs(kMaxLifetimeSeconds));
    session.expiresAt = expires;
    if (expires.msecsTo(slid) >= kSlideGranularityMs) {
        if (auto u = staffsql::slideSession(*m_store, hash, slid, at); !u)
            return u.error();
        session.expiresAt = slid;
    }
    return session;
}

Result<void> CentralService::logout(const QString &bearerToken)
{
    if (!token::wellFormed(bearerToken))
        return badToken();
    const QString hash = token::storedHash(bearerToken);
    const QDateTime at = now();
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r;
    auto name = staffsql::liveSessionUser(*m_store, hash);
    if (!name)
        return name.error();
    if (!name.value())
        return badToken();
    if (auto u = staffsql::revokeSession(*m_store, hash, at); !u)
        return u.error();
    if (auto r = writeAudit(*m_store, loginAudit(at, *name.value(), QString(), QStringLiteral("logout"), {}));
        !r)
        return r;
    return tx.commit();
}

} // namespace cet::central
