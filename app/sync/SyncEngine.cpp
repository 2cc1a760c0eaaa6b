#include "SyncEngine.h"

#include "OutboxRepository.h"
#include "StudentFields.h"
#include "SyncErrors.h"
#include "SyncStore.h"
#include "Wire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QJsonArray>

namespace cet {

namespace {

struct SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(cet::SyncEngine)
};

const QString kLogin = QStringLiteral("/api/v1/auth/login");
const QString kLogout = QStringLiteral("/api/v1/auth/logout");
const QString kMe = QStringLiteral("/api/v1/auth/me");
const QString kPush = QStringLiteral("/api/v1/sync/push");
const QString kChanges = QStringLiteral("/api/v1/sync/changes");
const QString kDigest = QStringLiteral("/api/v1/sync/digest");

Error badResponse(const Error &parse)
{
    return syncError(QStringLiteral("sync.bad_response"), parse.message);
}

} // namespace

SyncEngine::SyncEngine(Database &db) : m_db(db) { }

SyncEngine::~SyncEngine() = default;

void SyncEngine::setCancelFlag(const std::atomic<bool> *cancel)
{
    m_http.setCancelFlag(cancel);
}

void SyncEngine::log(const QString &level, const QString &message)
{
    SyncStore store(m_db);
    (void)store.log(level, message);
    if (m_logSink)
        m_logSink(level, message);
}

Result<void> SyncEngine::fail(const Error &e)
{
    SyncStore store(m_db);
    (void)store.setLastError(e.code);
    log(QStringLiteral("error"), e.message + (e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail)));
    return e;
}

Result<SyncAccount> SyncEngine::account()
{
    SyncStore store(m_db);
    auto s = store.state();
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
    SyncStore store(m_db);
    if (auto s = store.saveAccount(server, user, login.user.displayName, login.user.role, login.user.school); !s)
        return s.error();
    m_tokens.write(server, user, login.token);
    m_http.setToken(login.token);
    if (m_tokens.isMemoryOnly() && !m_loggedMemoryOnly) {
        m_loggedMemoryOnly = true;
        log(QStringLiteral("warning"), SyncEngineText::tr("No system credential store is available: the sign-in "
                                                          "is kept only until CET Desk closes."));
    }
    log(QStringLiteral("info"), SyncEngineText::tr("Signed in to %1 as %2.").arg(server, user));
    SyncAccount a;
    a.signedIn = true;
    a.server = server;
    a.user = user;
    a.displayName = login.user.displayName;
    a.role = login.user.role;
    a.school = login.user.school;
    a.expiresAt = login.expiresAt;
    a.tokenInMemoryOnly = m_tokens.isMemoryOnly();
    return a;
}

Result<void> SyncEngine::prepareSession()
{
    SyncStore store(m_db);
    auto s = store.state();
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
    m_epoch = s.value().epoch;
    return {};
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
    acc.role = me.value().user.role;
    acc.school = me.value().user.school;
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
    log(QStringLiteral("info"), SyncEngineText::tr("Signed out."));
    return {};
}

qint64 SyncEngine::pendingCount()
{
    OutboxRepository outbox(m_db);
    auto c = outbox.counts();
    return c ? c.value().pending() : 0;
}

Result<SyncSummary> SyncEngine::sync()
{
    SyncSummary summary;
    m_httpNs = 0;
    if (auto r = prepareSession(); !r)
        return r.error();
    if (auto r = push(summary, m_epoch); !r)
        return r.error();
    if (auto r = pull(summary); !r)
        return r.error();
    if (m_options.alwaysCheckDigest || summary.pushed > 0 || summary.pulled > 0) {
        if (auto r = checkDigest(summary); !r)
            return r.error();
    }
    SyncStore store(m_db);
    if (auto r = store.markSynced(); !r)
        return r.error();
    OutboxRepository outbox(m_db);
    auto counts = outbox.counts();
    if (!counts)
        return counts.error();
    summary.pendingAfter = counts.value().pending();
    auto open = store.openConflictCount();
    if (!open)
        return open.error();
    summary.openConflicts = open.value();
    if (summary.pushed > 0 || summary.pulled > 0 || summary.conflicts > 0) {
        log(QStringLiteral("info"), SyncEngineText::tr("Sync done: %1 sent, %2 received, %3 new conflicts, %4 refused.")
                                        .arg(summary.pushed)
                                        .arg(summary.pulled)
                                        .arg(summary.conflicts)
                                        .arg(summary.rejected));
    }
    return summary;
}

Result<void> SyncEngine::push(SyncSummary &summary, const QString &storedEpoch)
{
    OutboxRepository outbox(m_db);
    SyncStore store(m_db);
    const bool trace = qEnvironmentVariableIsSet("CETDESK_SYNC_TRACE");
    QElapsedTimer phase;
    phase.start();
    qint64 tBatch = 0, tSent = 0, tApply = 0;
    auto expanded = outbox.expandImports();
    if (trace)
        qInfo("push: expand %lld ms", phase.restart());
    if (!expanded)
        return fail(expanded.error());
    if (expanded.value() > 0)
        log(QStringLiteral("info"), SyncEngineText::tr("Imports prepared for sending: %1 records.").arg(expanded.value()));
    auto counts = outbox.counts();
    if (!counts)
        return counts.error();
    const qint64 total = counts.value().pending();
    qint64 done = 0;
    QString epoch = storedEpoch;
    QSet<QString> held;
    qint64 afterSeq = 0;
    int size = std::clamp(m_options.pushBatch, 1, protocol::kMaxOpsPerPush);
    for (;;) {
        phase.restart();
        auto batch = outbox.nextBatch(size, held, afterSeq);
        tBatch += phase.restart();
        if (!batch)
            return fail(batch.error());
        if (batch.value().isEmpty())
            break;
        const QList<OutboxOp> &ops = batch.value();
        if (auto r = outbox.markSent(ops); !r)
            return fail(r.error());
        tSent += phase.restart();
        protocol::PushRequest req;
        req.epoch = epoch;
        for (const OutboxOp &o : ops) {
            protocol::Op op;
            op.opId = o.opId;
            op.entity = o.entity;
            op.key = o.key;
            op.baseVersion = o.baseVersion;
            op.kind = o.kind == u"delete" ? protocol::Op::Kind::Delete : protocol::Op::Kind::Upsert;
            for (auto it = o.changes.constBegin(); it != o.changes.constEnd(); ++it) {
                const QJsonArray pair = it.value().toArray();
                op.changes.insert(it.key(), protocol::FieldChange{ pair.at(0), pair.at(1) });
            }
            req.ops << op;
        }
        QElapsedTimer httpTimer;
        httpTimer.start();
        auto r = m_http.post(kPush, req.toJson());
        m_httpNs += httpTimer.nsecsElapsed();
        if (!r) {
            const Error &e = r.error();
            if (e.code == u"request.too_large" && size > 1) {
                size = std::max(1, size / 2);
                log(QStringLiteral("info"), SyncEngineText::tr("The server found the batch too large; sending %1 "
                                                               "operations per request.").arg(size));
                continue;
            }
            if (e.code == u"net.timeout" && size > 1)
                size = std::max(1, size / 2);
            (void)outbox.markFailed(ops, e.code, e.detail);
            if (isAuthError(e.code)) {
                auto a = account();
                if (a)
                    m_tokens.remove(a.value().server, a.value().user);
            }
            return fail(e);
        }
        auto resp = protocol::PushResponse::fromJson(r.value());
        if (!resp || resp.value().results.size() != ops.size()) {
            const Error e = resp ? syncError(QStringLiteral("sync.bad_response"), QStringLiteral("result count"))
                                 : badResponse(resp.error());
            (void)outbox.markFailed(ops, e.code, e.detail);
            return fail(e);
        }
        if (epoch.isEmpty()) {
            epoch = resp.value().epoch;
            if (auto s = store.setEpochIfEmpty(epoch); !s)
                return fail(s.error());
        }
        QList<OutboxOpResult> results;
        for (const protocol::OpResult &pr : resp.value().results) {
            OutboxOpResult res;
            res.opId = pr.opId;
            res.status = protocol::statusName(pr.status);
            res.version = pr.version;
            for (const protocol::FieldConflict &c : pr.conflicts)
                res.conflicts.append(c.toJson());
            if (pr.record)
                res.record = *pr.record;
            res.code = pr.code;
            res.message = pr.message;
            results << res;
        }
        phase.restart();
        auto stored = outbox.applyResults(ops, results);
        if (!stored)
            return fail(stored.error());
        tApply += phase.restart();
        for (qsizetype i = 0; i < ops.size(); ++i) {
            const protocol::OpResult &pr = resp.value().results.at(i);
            ++summary.pushed;
            if (pr.status == protocol::OpResult::Status::Applied) {
                ++summary.applied;
            } else if (pr.status == protocol::OpResult::Status::Rejected) {
                ++summary.rejected;
                held.insert(ops.at(i).key);
                log(QStringLiteral("warning"), SyncEngineText::tr("The server refused a change of record %1: %2")
                                                   .arg(ops.at(i).key, syncErrorMessage(pr.code, pr.message)));
            }
        }
        summary.conflicts += stored.value();
        afterSeq = ops.last().seq;
        done += ops.size();
        if (m_progress)
            m_progress(SyncPhase::Push, done, std::max(total, done));
    }
    if (trace)
        qInfo("push: batches %lld ms, mark sent %lld ms, results %lld ms, http %lld ms", tBatch, tSent, tApply,
              m_httpNs / 1000000);
    return {};
}

Result<void> SyncEngine::pull(SyncSummary &summary)
{
    SyncStore store(m_db);
    auto s = store.state();
    if (!s)
        return s.error();
    qint64 cursor = s.value().cursor;
    const QString storedEpoch = s.value().epoch;
    bool resnapshot = false;
    qint64 done = 0;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("since"), QString::number(cursor));
        q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(m_options.pullLimit, 1, protocol::kMaxChangesLimit)));
        QElapsedTimer httpTimer;
        httpTimer.start();
        auto r = m_http.get(kChanges, q);
        m_httpNs += httpTimer.nsecsElapsed();
        if (!r) {
            if (r.error().code == u"sync.cursor_too_old" && !resnapshot) {
                resnapshot = true;
                cursor = 0;
                log(QStringLiteral("warning"), r.error().message);
                continue;
            }
            if (isAuthError(r.error().code)) {
                auto a = account();
                if (a)
                    m_tokens.remove(a.value().server, a.value().user);
            }
            return fail(r.error());
        }
        auto page = protocol::ChangesPage::fromJson(r.value());
        if (!page)
            return fail(badResponse(page.error()));
        const protocol::ChangesPage &p = page.value();
        if (!storedEpoch.isEmpty() && p.epoch != storedEpoch)
            return fail(syncError(QStringLiteral("sync.epoch_changed"), storedEpoch + QStringLiteral(" -> ") + p.epoch));
        QList<ServerChange> changes;
        changes.reserve(p.changes.size());
        for (const protocol::Change &c : p.changes) {
            ServerChange sc;
            sc.seq = c.seq;
            sc.entity = c.entity;
            sc.key = c.key;
            sc.version = c.version;
            sc.deleted = c.deleted;
            sc.originOpId = c.originOpId;
            sc.changedBy = c.changedBy;
            sc.changedAt = protocol::toWireTime(c.changedAt);
            if (c.data)
                sc.data = *c.data;
            changes << sc;
        }
        auto applied = store.applyPage(changes, p.next, p.epoch);
        if (!applied) {
            if (applied.error().code == u"sync.epoch_changed")
                return fail(syncError(applied.error().code, applied.error().detail));
            return fail(applied.error());
        }
        summary.pulled += applied.value().applied;
        done += changes.size();
        if (m_progress)
            m_progress(SyncPhase::Pull, done, 0);
        if (p.next <= cursor && !p.more)
            break;
        cursor = std::max(cursor, p.next);
        if (!p.more)
            break;
    }
    return {};
}

Result<void> SyncEngine::checkDigest(SyncSummary &summary)
{
    if (m_progress)
        m_progress(SyncPhase::Check, 0, 0);
    auto r = m_http.get(kDigest);
    if (!r)
        return fail(r.error());
    auto d = protocol::Digest::fromJson(r.value());
    if (!d)
        return fail(badResponse(d.error()));
    SyncStore store(m_db);
    auto local = store.digest();
    if (!local)
        return fail(local.error());
    const protocol::EntityDigest server = d.value().entities.value(protocol::kStudentEntity);
    if (server.count != local.value().count || server.hash != local.value().hash) {
        summary.digestMatches = false;
        summary.digestDetail = QStringLiteral("server %1 records, hash %2; here %3 records, hash %4")
                                   .arg(server.count)
                                   .arg(server.hash)
                                   .arg(local.value().count)
                                   .arg(local.value().hash);
        log(QStringLiteral("warning"), SyncEngineText::tr("After sync this desktop and the server differ (%1). "
                                                          "Pending changes or conflicts can explain it; otherwise "
                                                          "report it.").arg(summary.digestDetail));
    }
    return {};
}

} // namespace cet
