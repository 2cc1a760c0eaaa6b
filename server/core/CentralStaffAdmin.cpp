// Administrators' commands on staff accounts: disable and enable, revoke sessions, reset a
// password, unlock a throttled name. Each is audited as the command line's administrator.
#include "Audit.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "PasswordHash.h"
#include "StaffSql.h"
#include "ThrottleSql.h"

namespace cet::central {

namespace {

const QString kAdminActor = QStringLiteral("admin-cli");

Error unknownUser(const QString &name)
{
    return Error{ protocol::codes::notFound, QStringLiteral("User %1 does not exist.").arg(name), {} };
}

AuditEntry staffAudit(const QDateTime &at, const QString &action, const QString &name, const QJsonObject &after)
{
    AuditEntry e;
    e.at = at;
    e.actor = kAdminActor;
    e.role = roles::admin;
    e.action = action;
    e.entity = QStringLiteral("staff");
    e.entityKey = name;
    e.after = auditJson(after);
    return e;
}

} // namespace

Result<int> CentralService::staffAdmin(const QString &name, StaffAction action, const QString &newPassword)
{
    std::optional<QString> hash;
    if (action == StaffAction::ResetPassword) {
        if (newPassword.size() < 8)
            return Error{ QStringLiteral("admin.invalid"), QStringLiteral("A password has at least 8 characters."), {} };
        hash = password::hash(newPassword); // slow: outside the transaction
        if (!hash)
            return Error{ protocol::codes::unavailable, QStringLiteral("Could not hash the password."), {} };
    }
    const QDateTime at = now();
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto found = staffsql::findForSignIn(*m_store, name);
    if (!found)
        return found.error();
    if (!found.value())
        return unknownUser(name);
    const qint64 id = found.value()->staff.id;
    int revoked = 0;
    const auto revokeAll = [&]() -> Result<void> {
        auto n = staffsql::revokeAllSessions(*m_store, id, at);
        if (!n)
            return n.error();
        revoked = n.value();
        return {};
    };
    QString auditAction;
    Result<void> done;
    switch (action) {
    case StaffAction::Disable:
        auditAction = QStringLiteral("admin.disable_staff");
        done = staffsql::setDisabled(*m_store, id, true);
        if (done)
            done = revokeAll();
        break;
    case StaffAction::Enable:
        auditAction = QStringLiteral("admin.enable_staff");
        done = staffsql::setDisabled(*m_store, id, false);
        break;
    case StaffAction::RevokeSessions:
        auditAction = QStringLiteral("admin.revoke_sessions");
        done = revokeAll();
        break;
    case StaffAction::ResetPassword:
        // A new password ends the sessions opened with the old one and lifts a lock.
        auditAction = QStringLiteral("admin.reset_password");
        done = staffsql::setPasswordHash(*m_store, id, *hash);
        if (done)
            done = revokeAll();
        if (done)
            done = throttlesql::clear(*m_store, throttlesql::kName, name.left(200));
        break;
    case StaffAction::Unlock:
        auditAction = QStringLiteral("admin.unlock_staff");
        done = throttlesql::clear(*m_store, throttlesql::kName, name.left(200));
        break;
    }
    if (!done)
        return done.error();
    if (auto r = writeAudit(*m_store, staffAudit(at, auditAction, name, { { QStringLiteral("sessions_revoked"), revoked } }));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return revoked;
}

} // namespace cet::central
