#pragma once

// cet-central's core: store, staff auth and sync rules behind one object.
// One instance per thread (it owns its own QSqlDatabase connection); cheap to open.
// Errors use the wire protocol's codes (protocol::codes); messages are English.
// Error.detail carries retry_after seconds (as text) for auth.locked.

#include "Result.h"
#include "Wire.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cet::central {

struct Staff
{
    qint64 id = 0;
    QString name, displayName, role /*coordinator|cs_agent|cs_supervisor|admin*/, school;
};

struct Session
{
    Staff staff;
    QDateTime expiresAt;
};

class CentralStore; // server/store

class CentralService
{
public:
    // "sqlite:PATH" | "postgres://user:pw@127.0.0.1:5432/db[?schema=NAME]"
    // (schema: PostgreSQL search_path, created by migrate(); used by tests to isolate runs).
    static Result<std::unique_ptr<CentralService>> open(const QString &dbUrl);
    ~CentralService();
    CentralService(const CentralService &) = delete;
    CentralService &operator=(const CentralService &) = delete;

    Result<void> migrate();
    int schemaVersion() const; // after migrate()

    // Tests: "now" (UTC) for expiry, throttling and sealing. Default: QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;
    // Password hashing cost, process-wide. Default libsodium INTERACTIVE limits; the environment
    // variable CETCENTRAL_FAST_PASSWORD_HASH=1 (or this call with fast=true) uses the minimum
    // cost so that tests stay fast.
    static void setFastPasswordHashing(bool fast);

    // admin (audited as actor "admin" / `actor`)
    Result<void> createSchool(const QString &code, const QString &name);
    Result<void> createCampus(const QString &school, const QString &code, const QString &name);
    Result<void> createExamSession(const QString &name, const QDateTime &opensAt, const QDateTime &sealsAt);
    Result<qint64> createStaff(const QString &name, const QString &displayName, const QString &role,
                               const QString &school, const QString &password);
    Result<void> newEpoch(const QString &school);
    // Staff accounts (not_found for an unknown name). Disable also revokes the user's sessions;
    // ResetPassword (newPassword ≥ 8 characters) revokes them and lifts a sign-in lock; Unlock
    // lifts the sign-in throttle of the name. Returns the number of sessions revoked.
    enum class StaffAction { Disable, Enable, RevokeSessions, ResetPassword, Unlock };
    Result<int> staffAdmin(const QString &name, StaffAction action, const QString &newPassword = {});
    // Demo: an open exam session, 2 schools (10001, 10002) with campuses, one user per role
    // (coord1 = coordinator of 10001, coord2 = coordinator of 10001, coord3 = coordinator of 10002,
    // agent1 and agent2 = cs_agent, super1 = cs_supervisor, admin = admin; password "demo-<role>"),
    // every campus offering the demo subjects (DemoOffers) with its window open from a week before
    // now, and rosterSize generated students in school 10001.
    Result<void> seedDemo(int rosterSize);
    // Demo: puts the school's campuses and offers written outside a desk's push (seq 0) into its
    // change feed, so that its coordinator's first sync brings them. Idempotent.
    Result<void> publishSeededConfiguration(const QString &school);
    // Demo: the school's notice, posted by coord1 (once: the op id is fixed, so a second call
    // returns the stored result).
    Result<void> seedDemoNotice(const QString &school);

    // auth
    Result<protocol::LoginResponse> login(const protocol::LoginRequest &request, const QString &peer);
    Result<Session> authenticate(const QString &bearerToken); // auth.bad_token / auth.expired
    Result<void> logout(const QString &bearerToken);

    // sync. Coordinator: scope = staff.school (a `school` argument must be empty or equal).
    // admin: must pass `school`. Other roles: auth.forbidden.
    // The page is written straight as the wire's JSON body (GET /sync/changes); changes() is the same
    // page parsed back (tests, tools).
    Result<QByteArray> changesBody(const Session &session, qint64 since, int limit, const QString &school = {});
    Result<protocol::ChangesPage> changes(const Session &session, qint64 since, int limit,
                                          const QString &school = {});
    Result<protocol::PushResponse> push(const Session &session, const protocol::PushRequest &request,
                                        const QString &school = {});
    Result<protocol::Digest> digest(const Session &session, const QString &school = {});

    // Public, no sign-in: the school's notices candidates see today (shown_from ≤ the date in China
    // by the clock), the school's first, then its campuses' by code:
    // {"school": {"code", "name"}, "notices": [{"scope", "code", "campus_name", "title", "body",
    // "shown_from", "updated_at"}]}. not_found for an unknown school, request.bad_shape for none.
    Result<QJsonObject> publicNotices(const QString &school);
    // GET /api/v1/school/capacity: per offer capacity, taken, paid, offered; live bookings per hour
    // of the last 14 days. Coordinators of the school (or an admin naming it).
    Result<QJsonObject> schoolCapacity(const Session &session, const QString &school = {});
    // The school's registrations as its desk shows them (GET school/registrations): every live one
    // without `since`, else those changed since that cursor (deleted ones as state "none").
    Result<QJsonObject> schoolRegistrations(const Session &session, const QString &school, const QString &since);
    // Tests: how far behind the clock the registrations' cursor stays (default two minutes: a
    // change stamped before a slow transaction committed is not skipped).
    void setRegistrationCursorLag(qint64 ms) { m_registrationCursorLagMs = ms; }

    // This thread's connection, for the candidate services (server/candidate), which share it and
    // the clock (now()).
    CentralStore &store() const { return *m_store; }
    // The audit log's hash chain, checked row by row in id order. brokenId: the first row that does
    // not match (-1: rows at the end are missing), with what did not match.
    struct AuditCheck
    {
        qint64 rows = 0;
        qint64 unchained = 0; // rows from before the chain existed
        std::optional<qint64> brokenId;
        QString problem;
    };
    Result<AuditCheck> verifyAudit();
    // The audit rows with from ≤ at < to in id order, one JSON object each; how many.
    Result<qint64> exportAudit(const QDateTime &from, const QDateTime &to,
                               const std::function<void(const QJsonObject &)> &row);

    // Retention: deletes the recorded op results older than `days` (≥ 1; the default keeps them as
    // long as tombstones, so a client that retries within the sync window still gets its stored
    // result). Audited; how many were deleted.
    static constexpr int kOpResultDays = 180;
    Result<qint64> purgeOpResults(int days = kOpResultDays);

    // Epoch and last seq of a school (admin/CLI, tests). not_found for an unknown school.
    Result<QString> epoch(const QString &school);

private:
    explicit CentralService(std::unique_ptr<CentralStore> store);
    Result<QString> scopeSchool(const Session &session, const QString &school) const;

    std::unique_ptr<CentralStore> m_store;
    std::function<QDateTime()> m_now;
    qint64 m_registrationCursorLagMs = 120'000;
};

// Roles.
namespace roles {
inline const QString coordinator = QStringLiteral("coordinator");
inline const QString csAgent = QStringLiteral("cs_agent");
inline const QString csSupervisor = QStringLiteral("cs_supervisor");
inline const QString admin = QStringLiteral("admin");
bool isValid(const QString &role);
} // namespace roles

} // namespace cet::central
