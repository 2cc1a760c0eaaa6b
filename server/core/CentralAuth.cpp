#include "Audit.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "LoginThrottle.h"
#include "PasswordHash.h"
#include "SessionToken.h"
#include "StaffSql.h"

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
    const QDateTime at = now();
    const QString reasonPeer = QStringLiteral("peer %1").arg(peer);
    auto found = staffsql::findForSignIn(*m_store, request.user);
    if (!found)
        return found.error();
    if (!found.value()) {
        password::dummyVerify(request.password);
        if (auto r = writeAudit(*m_store, loginAudit(at, request.user, QString(), QStringLiteral("login.failure"),
                                                     QStringLiteral("unknown user; ") + reasonPeer));
            !r)
            return r.error();
        return badCredentials();
    }
    const staffsql::SignInRow &row = *found.value();
    Staff staff{ row.staff.id, row.staff.name, row.staff.displayName, row.staff.role, row.staff.school };
    const QString &hash = row.passwordHash;
    throttle::State state;
    state.failedCount = row.failedCount;
    state.nextTryAt = row.nextTryAt;
    state.lockedUntil = row.lockedUntil;
    const bool disabled = row.staff.disabled;

    if (const auto wait = throttle::retryAfter(state, at)) {
        if (auto r = writeAudit(*m_store, loginAudit(at, staff.name, staff.role, QStringLiteral("login.locked"),
                                                     reasonPeer));
            !r)
            return r.error();
        return lockedError(*wait);
    }

    const bool good = password::verify(hash, request.password) && !disabled;
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    if (!good) {
        auto count = staffsql::addFailure(*m_store, staff.id);
        if (!count)
            return count.error();
        throttle::State before;
        before.failedCount = count.value() - 1;
        const throttle::State after = throttle::afterFailure(before, at);
        if (auto u = staffsql::setThrottle(*m_store, staff.id, after.nextTryAt, after.lockedUntil); !u)
            return u.error();
        const QString reason = (disabled ? QStringLiteral("account disabled; ") : QStringLiteral("wrong password; "))
            + QStringLiteral("failure %1; ").arg(after.failedCount) + reasonPeer;
        if (auto r = writeAudit(*m_store, loginAudit(at, staff.name, staff.role, QStringLiteral("login.failure"), reason));
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        return badCredentials();
    }

    const QString token = token::generate();
    const QDateTime expires = at.addSecs(kLifetimeSeconds);
    if (auto u = staffsql::clearFailures(*m_store, staff.id); !u)
        return u.error();
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
