#include "Audit.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "LoginThrottle.h"
#include "PasswordHash.h"
#include "SessionToken.h"

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

std::optional<QDateTime> optionalTime(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return fromMs(v.toLongLong());
}

QVariant timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QVariant(toMs(*t)) : QVariant(QMetaType(QMetaType::LongLong));
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
    auto q = m_store->exec(QStringLiteral("SELECT id, display_name, role, school_code, password_hash, failed_count, "
                                          "next_try_at, locked_until, disabled FROM staff_users WHERE name = ?"),
                           { request.user });
    if (!q)
        return q.error();
    if (!q.value().next()) {
        q.value().finish();
        password::dummyVerify(request.password);
        if (auto r = writeAudit(*m_store, loginAudit(at, request.user, QString(), QStringLiteral("login.failure"),
                                                     QStringLiteral("unknown user; ") + reasonPeer));
            !r)
            return r.error();
        return badCredentials();
    }
    const QSqlQuery &row = q.value();
    Staff staff;
    staff.id = row.value(0).toLongLong();
    staff.name = request.user;
    staff.displayName = row.value(1).toString();
    staff.role = row.value(2).toString();
    staff.school = row.value(3).toString();
    const QString hash = row.value(4).toString();
    throttle::State state;
    state.failedCount = row.value(5).toInt();
    state.nextTryAt = optionalTime(row.value(6));
    state.lockedUntil = optionalTime(row.value(7));
    const bool disabled = row.value(8).toInt() != 0;
    q.value().finish();

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
        auto count = m_store->scalar(QStringLiteral("UPDATE staff_users SET failed_count = failed_count + 1 "
                                                    "WHERE id = ? RETURNING failed_count"),
                                     { staff.id });
        if (!count)
            return count.error();
        throttle::State before;
        before.failedCount = count.value().toInt() - 1;
        const throttle::State after = throttle::afterFailure(before, at);
        if (auto u = m_store->exec(QStringLiteral("UPDATE staff_users SET next_try_at = ?, locked_until = ? WHERE id = ?"),
                                   { timeOrNull(after.nextTryAt), timeOrNull(after.lockedUntil), staff.id });
            !u)
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
    if (auto u = m_store->exec(QStringLiteral("UPDATE staff_users SET failed_count = 0, next_try_at = NULL, "
                                              "locked_until = NULL WHERE id = ?"),
                               { staff.id });
        !u)
        return u.error();
    if (auto u = m_store->exec(QStringLiteral("INSERT INTO staff_sessions (token_hash, user_id, created_at, expires_at, "
                                              "last_used_at, revoked_at, client, peer) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"),
                               { token::storedHash(token), staff.id, toMs(at), toMs(expires), toMs(at),
                                 request.client, peer });
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
    auto q = m_store->exec(QStringLiteral("SELECT s.created_at, s.expires_at, s.revoked_at, u.id, u.name, "
                                          "u.display_name, u.role, u.school_code, u.disabled "
                                          "FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id "
                                          "WHERE s.token_hash = ?"),
                           { hash });
    if (!q)
        return q.error();
    QSqlQuery &row = q.value();
    if (!row.next())
        return badToken();
    const QDateTime created = fromMs(row.value(0).toLongLong());
    const QDateTime expires = fromMs(row.value(1).toLongLong());
    const bool revoked = !row.value(2).isNull();
    Session session;
    session.staff.id = row.value(3).toLongLong();
    session.staff.name = row.value(4).toString();
    session.staff.displayName = row.value(5).toString();
    session.staff.role = row.value(6).toString();
    session.staff.school = row.value(7).toString();
    const bool disabled = row.value(8).toInt() != 0;
    row.finish();
    if (revoked || disabled)
        return badToken();
    const QDateTime at = now();
    if (expires <= at)
        return Error{ protocol::codes::expired, QStringLiteral("The session has expired; sign in again."), {} };
    const QDateTime slid = std::min(at.addSecs(kLifetimeSeconds), created.addSecs(kMaxLifetimeSeconds));
    session.expiresAt = expires;
    if (expires.msecsTo(slid) >= kSlideGranularityMs) {
        if (auto u = m_store->exec(QStringLiteral("UPDATE staff_sessions SET expires_at = ?, last_used_at = ? "
                                                  "WHERE token_hash = ? AND revoked_at IS NULL"),
                                   { toMs(slid), toMs(at), hash });
            !u)
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
    auto name = m_store->scalar(QStringLiteral("SELECT u.name FROM staff_sessions s JOIN staff_users u "
                                               "ON u.id = s.user_id WHERE s.token_hash = ? AND s.revoked_at IS NULL"),
                                { hash });
    if (!name)
        return name.error();
    if (name.value().isNull())
        return badToken();
    if (auto u = m_store->exec(QStringLiteral("UPDATE staff_sessions SET revoked_at = ? WHERE token_hash = ?"),
                               { toMs(at), hash });
        !u)
        return u.error();
    if (auto r = writeAudit(*m_store, loginAudit(at, name.value().toString(), QString(), QStringLiteral("logout"), {}));
        !r)
        return r;
    return tx.commit();
}

} // namespace cet::central
