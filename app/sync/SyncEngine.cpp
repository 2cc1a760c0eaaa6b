#include "SyncEngine.h"

#include "CapacityUsage.h"
#include "EvidenceCache.h"
#include "OfferRepository.h"

#include "OutboxRepository.h"
#include "RegistrationRepository.h"
#include "RegistrationStates.h"
#include "ReviewRepository.h"
#include "SyncEngineShared.h"
#include "StudentFields.h"
#include "SyncErrors.h"
#include "SyncStore.h"
#include "Digest.h"
#include "Wire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QScopeGuard>

namespace cet {

using namespace syncengine;

SyncEngine::SyncEngine(std::shared_ptr<DatabaseWriter> writer) : m_writer(std::move(writer)) { }

SyncEngine::~SyncEngine() = default;

void SyncEngine::setCancelFlag(const std::atomic<bool> *cancel)
{
    m_http.setCancelFlag(cancel);
}

void SyncEngine::log(const QString &level, const QString &message)
{
    (void)onWriter([&](Database &db) { return SyncStore(db, m_registry).log(level, message); });
    if (m_logSink)
        m_logSink(level, message);
}

Result<void> SyncEngine::fail(const Error &e)
{
    (void)onWriter([&](Database &db) { return SyncStore(db, m_registry).setLastError(e.code); });
    log(QStringLiteral("error"), e.message + (e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail)));
    return e;
}

Result<SyncState> SyncEngine::state()
{
    return onWriter([&](Database &db) { return SyncStore(db, m_registry).state(); });
}

Result<SyncAccount> SyncEngine::account()
{
    auto s = state();
    if (!s)
        return s.error();
    SyncAccount a;
    a.server = s.value().serverUrl;
    a.user = s.value().userName;
    a.displayName = s.value().displayName;
    a.role = s.value().role;
    a.school = s.value().schoolCode;
    a.tokenInMemoryOnly = m_tokens.isMemoryOnly();
    a.signedIn = !a.server.isEmpty() && !m_tokens.read(a.server, a.user).isEmpty();
    return a;
}

Result<SyncAccount> SyncEngine::signIn(const QString &serverUrl, const QString &user, const QString &password)
{
    auto url = SyncHttp::checkServerUrl(serverUrl);
    if (!url)
        return url.error();
    const QString server = url.value().toString();
    if (auto r = m_http.setServer(server); !r)
        return r.error();
    m_http.setToken({});
    protocol::LoginRequest req;
    req.user = user;
    req.password = password;
    req.client = QStringLiteral("cetdesk " CETDESK_VERSION " (%1)").arg(QHostInfo::localHostName());
    auto r = m_http.post(kLogin, req.toJson());
    if (!r)
        return r.error();
    auto resp = protocol::LoginResponse::fromJson(r.value());
    if (!resp)
        return badResponse(resp.error());
    const protocol::LoginResponse &login = resp.value();
    SyncAccount a;
    a.signedIn = true;
    a.server = server;
    a.user = user;
    a.displayName = login.user.displayName;
    a.role = login.user.role;
    a.school = login.user.school;
    a.expiresAt = login.expiresAt;
    if (m_scope) {
        auto scope = onWriter([&](Database &db) { return m_scope(db, a); });
        if (!scope) {
            m_http.setToken(login.token); // the session is not kept: end it on the server too
            (void)m_http.post(kLogout, QJsonObject());
            m_http.setToken({});
            return scope.error();
        }
        a.school = scope.value();
    }
    if (auto s = onWriter([&](Database &db) {
            return SyncStore(db, m_registry).saveAccount(server, user, a.displayName, a.role, a.school);
        });
        !s)
        return s.error();
    m_tokens.write(server, user, login.token);
    m_http.setToken(login.token);
    if (m_tokens.isMemoryOnly() && !m_loggedMemoryOnly) {
        m_loggedMemoryOnly = true;
        log(QStringLiteral("warning"), Text::tr("No system credential store is available: the sign-in "
                                                          "is kept only until CET Desk closes."));
    }
    log(QStringLiteral("info"), Text::tr("Signed in to %1 as %2.").arg(server, user));
    a.tokenInMemoryOnly = m_tokens.isMemoryOnly();
    return a;
}

Result<void> SyncEngine::prepareSession()
{
    auto s = state();
    if (!s)
        return s.error();
    if (s.value().serverUrl.isEmpty())
        return syncError(QStringLiteral("sync.sign_in_needed"), QStringLiteral("no server"));
    if (auto r = m_http.setServer(s.value().serverUrl); !r)
        return r.error();
    const QString token = m_tokens.read(s.value().serverUrl, s.value().userName);
    if (token.isEmpty())
        return syncError(QStringLiteral("sync.sign_in_needed"), QStringLiteral("no token"));
    m_http.setToken(token);
    // Sync requests name the school this database syncs; the server checks the account may reach it.
    const QString school = s.value().schoolCode;
    m_http.setExtraQuery(QStringLiteral("/api/v1/sync/"),
                         school.isEmpty() ? QUrlQuery() : QUrlQuery({ { QStringLiteral("school"), school } }));
    m_epoch = s.value().epoch;
    m_school = school;
    return {};
}

// Bookings change the seats taken without changing the offers' records, so the pull does not
// bring them: a run asks for the school's current counts and bookings per hour, unless the pull's
// activity stamp says they did not change since the last fetch and nothing was pushed or pulled
// (an offer's capacity may have been). A failure only leaves the last counts in place (an older
// server without the endpoint, a dropped line): it is logged and the run goes on.
FetchOutcome SyncEngine::refreshSeatUsage(const SyncSummary &summary)
{
    if (m_school.isEmpty())
        return FetchOutcome::Failed;
    const std::optional<qint64> stamp = m_activity ? m_activity->seats : std::nullopt;
    if (summary.pushed == 0 && summary.pulled == 0 && m_seatsSeen.current(m_school, stamp))
        return FetchOutcome::Unchanged;
    m_seatsSeen.forget();
    auto usage = fetchCapacityUsage(m_http, m_school);
    if (!usage) {
        log(QStringLiteral("warning"), Text::tr("Seats taken could not be fetched: %1").arg(usage.error().message));
        return FetchOutcome::Failed;
    }
    auto stored = onWriter([&](Database &db) -> Result<void> {
        return OfferRepository(db).storeUsage(usage.value().generatedAt, usage.value().offers,
                                              usage.value().bookings);
    });
    if (!stored) {
        log(QStringLiteral("warning"), Text::tr("Seats taken could not be saved: %1").arg(stored.error().message));
        return FetchOutcome::Failed;
    }
    m_seatsSeen.fetched(m_school, stamp, usage.value().generatedAt);
    return FetchOutcome::Fetched;
}

// Registrations are the candidates' and change on the server only, so they are fetched, not
// pulled: the changes since the cursor of the last fetch (everything the first time, or when this
// database now syncs another school), unless the pull's activity stamp says none happened. Like
// the seats, a failure is logged and the run goes on.
FetchOutcome SyncEngine::refreshRegistrationStates(int &changed)
{
    changed = 0;
    if (m_school.isEmpty())
        return FetchOutcome::Failed;
    const std::optional<qint64> stamp = m_activity ? m_activity->registrations : std::nullopt;
    if (m_registrationsSeen.current(m_school, stamp))
        return FetchOutcome::Unchanged;
    m_registrationsSeen.forget();
    auto since = onWriter([&](Database &db) { return RegistrationRepository(db).cursor(m_school); });
    if (!since) {
        log(QStringLiteral("warning"), since.error().message);
        return FetchOutcome::Failed;
    }
    auto states = fetchRegistrationStates(m_http, m_school, since.value());
    if (!states) {
        log(QStringLiteral("warning"),
            Text::tr("Registration states could not be fetched: %1").arg(states.error().message));
        return FetchOutcome::Failed;
    }
    auto stored = onWriter([&](Database &db) {
        const RegistrationStates &s = states.value();
        return RegistrationRepository(db).apply(m_school, s.cursor, s.generatedAt, s.complete, s.registrations);
    });
    if (!stored) {
        log(QStringLiteral("warning"),
            Text::tr("Registration states could not be saved: %1").arg(stored.error().message));
        return FetchOutcome::Failed;
    }
    m_registrationsSeen.fetched(m_school, stamp, states.value().generatedAt);
    changed = stored.value();
    return FetchOutcome::Fetched;
}

int SyncEngine::uploadReviewEvidence()
{
    auto waiting = onWriter([](Database &db) { return ReviewRepository(db).pendingUploads(); });
    if (!waiting) {
        log(QStringLiteral("warning"), waiting.error().message);
        return 0;
    }
    int sent = 0;
    const EvidenceCache cache(m_writer->path());
    for (const ReviewUpload &u : waiting.value()) {
        const auto bytes = cache.read(u.sha256, u.size);
        Result<QJsonObject> answer = bytes
            ? m_http.upload(QStringLiteral("/api/v1/reviews/%1/evidence").arg(u.reviewKey), *bytes, u.contentType.toLatin1())
            : Result<QJsonObject>(Error{ QStringLiteral("store.io"), Text::tr("The file is no longer on this computer."), {} });
        if (!answer && (isNetworkError(answer.error().code) || isAuthError(answer.error().code)))
            break; // the line is down: everything waits for the next run
        if (!answer)
            log(QStringLiteral("warning"), Text::tr("Evidence for review %1 was not uploaded: %2")
                                               .arg(u.reviewKey, answer.error().message));
        else
            ++sent;
        auto done = onWriter([&u](Database &db) { return ReviewRepository(db).uploadDone(u.reviewKey, u.sha256); });
        if (!done)
            log(QStringLiteral("warning"), done.error().message);
    }
    return sent;
}

Result<SyncAccount> SyncEngine::resume()
{
    if (auto r = prepareSession(); !r)
        return r.error();
    auto r = m_http.get(kMe);
    if (!r) {
        if (isAuthError(r.error().code)) {
            auto a = account();
            if (a)
                m_tokens.remove(a.value().server, a.value().user);
        }
        return r.error();
    }
    auto me = protocol::MeResponse::fromJson(r.value());
    if (!me)
        return badResponse(me.error());
    auto a = account();
    if (!a)
        return a.error();
    SyncAccount acc = a.value();
    acc.signedIn = true;
    acc.displayName = me.value().user.displayName;
    acc.role = me.value().user.role; // the school stays the one this database syncs (chosen at sign-in)
    acc.expiresAt = me.value().expiresAt;
    return acc;
}

Result<void> SyncEngine::signOut()
{
    auto a = account();
    if (!a)
        return a.error();
    if (prepareSession()) {
        m_http.setRetryPolicy(1, 100);
        (void)m_http.post(kLogout, QJsonObject());
    }
    m_tokens.remove(a.value().server, a.value().user);
    m_http.setToken({});
    log(QStringLiteral("info"), Text::tr("Signed out."));
    return {};
}

qint64 SyncEngine::pendingCount()
{
    auto c = onWriter([&](Database &db) { return OutboxRepository(db, m_registry).counts(); });
    return c ? c.value().pending() : 0;
}

Result<SyncSummary> SyncEngine::sync()
{
    SyncSummary summary;
    m_httpNs = 0;
    if (auto r = prepareSession(); !r)
        return r.error();
    // What a run writes can be redone: ops marked sent and results lost to a power cut are sent
    // again and the server answers with its recorded results (same op ids); a lost page comes
    // again with its cursor; an import's expansion is made again with the same op ids. So the
    // run's commits skip the wait for the disk (hundreds of them on a large push); local edits,
    // other tasks on the same writer, stay durable (onWriter relaxes only the run's own tasks).
    m_relaxed = true;
    const auto durable = qScopeGuard([this] { m_relaxed = false; });
    QElapsedTimer phase;
    phase.start();
    qint64 tPush = 0, tPull = 0, tDigest = 0;
    if (auto r = push(summary, m_epoch); !r)
        return r.error();
    summary.evidenceUploaded = uploadReviewEvidence();
    tPush = phase.restart();
    if (auto r = pull(summary); !r)
        return r.error();
    tPull = phase.restart();
    if (m_options.alwaysCheckDigest || summary.pushed > 0 || summary.pulled > 0) {
        if (auto r = checkDigest(summary); !r)
            return r.error();
    }
    tDigest = phase.restart();
    const FetchOutcome seats = refreshSeatUsage(summary);
    summary.seatsRefreshed = seats != FetchOutcome::Failed;
    const FetchOutcome registrations = refreshRegistrationStates(summary.registrationsChanged);
    const auto trace = qScopeGuard([&] {
        if (qEnvironmentVariableIsSet("CETDESK_SYNC_TRACE"))
            qInfo("sync: push %lld ms, pull %lld ms, digest %lld ms, the rest %lld ms", tPush, tPull, tDigest,
                  phase.elapsed());
    });
    auto finished = onWriter([&](Database &db) -> Result<std::pair<qint64, qint64>> {
        SyncStore store(db, m_registry);
        if (auto r = store.markSynced(); !r)
            return r.error();
        // Not fetched because unchanged: what is stored is current now, and says so.
        if (seats == FetchOutcome::Unchanged) {
            if (auto r = OfferRepository(db).confirmUsage(m_seatsSeen.serverNow()); !r)
                return r.error();
        }
        if (registrations == FetchOutcome::Unchanged) {
            if (auto r = RegistrationRepository(db).confirmFetched(m_school, m_registrationsSeen.serverNow()); !r)
                return r.error();
        }
        auto counts = OutboxRepository(db, m_registry).counts();
        if (!counts)
            return counts.error();
        auto open = store.openConflictCount();
        if (!open)
            return open.error();
        return std::pair{ counts.value().pending(), open.value() };
    });
    if (!finished)
        return finished.error();
    summary.pendingAfter = finished.value().first;
    summary.openConflicts = finished.value().second;
    if (summary.pushed > 0 || summary.pulled > 0 || summary.conflicts > 0) {
        log(QStringLiteral("info"), Text::tr("Sync done: %1 sent, %2 received, %3 new conflicts, %4 refused.")
                                        .arg(summary.pushed)
                                        .arg(summary.pulled)
                                        .arg(summary.conflicts)
                                        .arg(summary.rejected));
    }
    return summary;
}

Result<void> SyncEngine::checkDigest(SyncSummary &summary)
{
    if (m_progress)
        m_progress(SyncPhase::Check, 0, 0);
    // The server and this side count at the same time.
    auto call = m_http.startGet(kDigest);
    auto local = onWriter([&](Database &db) { return SyncStore(db, m_registry).digests(); });
    auto r = m_http.finish(std::move(call));
    if (!r)
        return fail(r.error());
    auto d = protocol::Digest::fromJson(r.value());
    if (!d)
        return fail(badResponse(d.error()));
    if (!local)
        return fail(local.error());
    // Every entity this side knows; one the server does not list has no rows there.
    QStringList differences;
    for (auto it = local.value().constBegin(); it != local.value().constEnd(); ++it) {
        const protocol::EntityDigest server = d.value().entities.value(
            it.key(), protocol::EntityDigest{ 0, 0, protocol::DigestBuilder().hash() });
        if (server.count != it->count || server.hash != it->hash) {
            differences << QStringLiteral("%1: server %2 records, hash %3; here %4 records, hash %5")
                               .arg(it.key())
                               .arg(server.count)
                               .arg(server.hash)
                               .arg(it->count)
                               .arg(it->hash);
        }
    }
    if (!differences.isEmpty()) {
        summary.digestMatches = false;
        summary.digestDetail = differences.join(QStringLiteral("; "));
        log(QStringLiteral("warning"), Text::tr("After sync this desktop and the server differ (%1). "
                                                          "Pending changes or conflicts can explain it; otherwise "
                                                          "report it.").arg(summary.digestDetail));
    }
    return {};
}

} // namespace cet
