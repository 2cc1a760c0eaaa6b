#include "SyncEngine.h"

#include "OutboxRepository.h"
#include "SyncEngineShared.h"
#include "SyncErrors.h"
#include "SyncStore.h"
#include "Wire.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSet>

#include <ctime>

#include <algorithm>
#include <deque>
#include <memory>

// The SyncEngine's transfers: the push of the outbox and the pull of changes, each with requests
// in flight while this side stores the previous answer.

namespace cet {

using namespace syncengine;

namespace {

// Push requests in flight at most: the server works on the next two while this side stores an
// answer (two measured slower: the client waited for the server about twice as long).
constexpr size_t kInFlight = 3;

// CPU time of this thread and of the whole process in ms, for CETDESK_SYNC_TRACE.
std::pair<qint64, qint64> cpuMs()
{
#if defined(Q_OS_UNIX)
    timespec t{}, p{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &p);
    return { t.tv_sec * 1000 + t.tv_nsec / 1000000, p.tv_sec * 1000 + p.tv_nsec / 1000000 };
#else
    return { 0, 0 };
#endif
}

// The push request's body from the outbox rows, their changes as stored.
QByteArray pushBody(const QString &epoch, const QList<OutboxOp> &ops)
{
    QList<protocol::PushRequest::StoredOp> stored;
    stored.reserve(ops.size());
    for (const OutboxOp &o : ops)
        stored.append({ o.opId, o.entity, o.key, o.baseVersion, o.kind == u"delete", o.changes });
    return protocol::PushRequest::bodyOf(epoch, stored);
}

QList<OutboxOpResult> outboxResults(const protocol::PushResponse &resp)
{
    QList<OutboxOpResult> results;
    results.reserve(resp.results.size());
    for (const protocol::OpResult &pr : resp.results) {
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
    return results;
}

// A push answer, read on the request's thread.
struct PushAnswer
{
    std::optional<Result<protocol::PushResponse>> response;
    QList<OutboxOpResult> results;
    ProposedRecords proposed; // OutboxRepository::propose(ops), worked out while the server answers
};

// A changes page, read on the request's thread.
struct PageAnswer
{
    std::optional<Result<protocol::ChangesPage>> page; // its changes moved to `changes`
    QList<ServerChange> changes;
};

void readPage(const QJsonObject &o, PageAnswer &a)
{
    auto page = protocol::ChangesPage::fromJson(o);
    if (page) {
        a.changes.reserve(page.value().changes.size());
        for (const protocol::Change &c : std::as_const(page.value().changes)) {
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
            SyncStore::prepare(sc);
            a.changes << sc;
        }
        page.value().changes.clear();
    }
    a.page = std::move(page);
}

} // namespace

// Two requests in flight at most: while the server works on the next batch (or two), this side
// applies the answer to the previous one. A batch never holds a record that a batch in flight
// holds, so each record's ops still reach the server one at a time and in order.
Result<void> SyncEngine::push(SyncSummary &summary, const QString &storedEpoch)
{
    const auto outbox = [this](auto f) {
        return onWriter([&](Database &db) {
            OutboxRepository repo(db, m_registry);
            return f(repo);
        });
    };
    const bool trace = qEnvironmentVariableIsSet("CETDESK_SYNC_TRACE");
    QElapsedTimer phase;
    phase.start();
    qint64 tExpand = 0, tBatch = 0, tSent = 0, tApply = 0;
    const auto cpuStart = cpuMs();
    // Imports become per-record ops piece by piece: the first piece before the first request,
    // the rest whenever the walk reaches the import entry (while requests are in flight).
    // Made, used and let go on the writer's thread: its statements belong to the writer's connection.
    std::unique_ptr<OutboxImportExpansion> expansion;
    if (auto made = onWriter([&](Database &db) -> Result<void> {
            expansion = std::make_unique<OutboxImportExpansion>(db);
            return {};
        });
        !made)
        return fail(made.error());
    const auto dropExpansion = qScopeGuard([&] {
        (void)onWriter([&](Database &) -> Result<void> {
            expansion.reset();
            return {};
        });
    });
    qint64 expandedOps = 0;
    const auto expandPiece = [&](qint64 limit) -> Result<bool> {
        phase.restart();
        auto step = onWriter([&](Database &) { return expansion->next(limit); });
        tExpand += phase.restart();
        if (!step)
            return step.error();
        expandedOps += step.value().ops;
        return step.value().keys > 0;
    };
    bool piecewise = true;
    // Once pieces are not safe (OutboxImportExpansion::piecewiseSafe), whatever waits is expanded
    // at once, before the next answer is stored.
    const auto keepSafe = [&](bool atStart) -> Result<void> {
        if (piecewise) {
            auto safe = onWriter([&](Database &) { return expansion->piecewiseSafe(atStart); });
            if (!safe)
                return safe.error();
            piecewise = safe.value();
        }
        if (piecewise)
            return {};
        auto all = expandPiece(0);
        if (!all)
            return all.error();
        return {};
    };
    if (auto r = keepSafe(true); !r)
        return fail(r.error());
    if (auto r = expandPiece(m_options.firstExpansionPiece); !r)
        return fail(r.error());
    auto counts = outbox([](OutboxRepository &o) { return o.counts(); });
    if (!counts)
        return counts.error();
    const qint64 total = counts.value().pending() + expansion->keysLeft();
    qint64 done = 0;
    QString epoch = storedEpoch;
    QSet<QString> held;
    struct Flight
    {
        QList<OutboxOp> ops;
        std::unique_ptr<SyncHttp::Call> call;
        std::shared_ptr<PushAnswer> answer = std::make_shared<PushAnswer>();
        qint64 walkedFrom = 0; // the walk position before this batch
    };
    std::deque<Flight> flights;
    // Ops put in flight whose "sent" mark waits for the next results transaction (or for the
    // next wait, whichever comes first): one commit fewer per batch.
    QList<OutboxOp> unmarked;
    const auto flushSent = [&]() -> Result<void> {
        if (unmarked.isEmpty())
            return {};
        phase.restart();
        auto r = outbox([&](OutboxRepository &o) { return o.markSent(unmarked); });
        tSent += phase.restart();
        unmarked.clear();
        return r;
    };
    // The records of the answer being stored: their next ops wait until it is (a whole-object
    // op's base version comes from that answer).
    QSet<QString> settling;
    std::vector<qint64> ourSeqs; // the changes our ops made on the server
    qint64 walked = 0;   // seq up to which batches were taken
    bool drained = false; // the walk found nothing more
    int size = std::clamp(m_options.pushBatch, 1, protocol::kMaxOpsPerPush);
    // Fills the pipeline: takes batches past `walked` that hold no record of a batch in flight.
    const auto launch = [&]() -> Result<void> {
        while (!drained && flights.size() < kInFlight) {
            phase.restart();
            bool importAhead = false;
            auto batch = outbox([&](OutboxRepository &o) { return o.nextBatch(size, held, walked, &importAhead); });
            if (!batch)
                return batch.error();
            QList<OutboxOp> ops = std::move(batch).value();
            if (ops.isEmpty() && importAhead) {
                auto more = expandPiece(piecewise ? m_options.expansionPiece : 0);
                if (!more)
                    return more.error();
                if (!more.value()) { // nothing to expand after all: stop here, the next run goes on
                    drained = true;
                    return {};
                }
                continue;
            }
            QSet<QString> busy = settling;
            for (const Flight &f : flights)
                for (const OutboxOp &o : f.ops)
                    busy.insert(o.key);
            qsizetype keep = 0;
            while (keep < ops.size() && !busy.contains(ops.at(keep).key))
                ++keep;
            if (ops.isEmpty())
                drained = true;
            ops.resize(keep);
            tBatch += phase.restart();
            if (ops.isEmpty())
                return {}; // the next op waits for a batch in flight
            unmarked += ops;
            Flight f;
            f.walkedFrom = walked;
            f.call = m_http.startPost(
                kPush,
                [epoch, ops, a = f.answer] {
                    QByteArray body = pushBody(epoch, ops);
                    a->proposed = OutboxRepository::propose(ops);
                    return body;
                },
                [a = f.answer](const QJsonObject &o) {
                    auto resp = protocol::PushResponse::fromJson(o);
                    if (resp)
                        a->results = outboxResults(resp.value());
                    a->response = std::move(resp);
                });
            walked = ops.last().seq;
            f.ops = std::move(ops);
            flights.push_back(std::move(f));
        }
        return {};
    };
    // Stops the batches still in flight (the server may still apply them: their ops stay "sent"
    // and a later run gets the recorded results) and marks them failed.
    const auto abandon = [&](const Error &e) {
        (void)flushSent();
        while (!flights.empty()) {
            Flight f = std::move(flights.front());
            flights.pop_front();
            f.call.reset();
            (void)outbox([&](OutboxRepository &o) { return o.markFailed(f.ops, e.code, e.detail); });
        }
    };
    if (auto r = launch(); !r)
        return fail(r.error());
    while (!flights.empty()) {
        if (auto r = flushSent(); !r) {
            abandon(r.error());
            return fail(r.error());
        }
        Flight f = std::move(flights.front());
        flights.pop_front();
        QElapsedTimer httpTimer;
        httpTimer.start();
        auto r = m_http.finish(std::move(f.call));
        m_httpNs += httpTimer.nsecsElapsed();
        const QList<OutboxOp> &ops = f.ops;
        if (!r) {
            const Error &e = r.error();
            abandon(e);
            if (e.code == u"request.too_large" && size > 1) {
                size = std::max(1, size / 2);
                log(QStringLiteral("info"), Text::tr("The server found the batch too large; sending %1 "
                                                               "operations per request.").arg(size));
                walked = f.walkedFrom;
                drained = false;
                if (auto l = launch(); !l)
                    return fail(l.error());
                continue;
            }
            (void)outbox([&](OutboxRepository &o) { return o.markFailed(ops, e.code, e.detail); });
            if (isAuthError(e.code)) {
                auto a = account();
                if (a)
                    m_tokens.remove(a.value().server, a.value().user);
            }
            return fail(e);
        }
        const Result<protocol::PushResponse> &resp = *f.answer->response;
        if (!resp || resp.value().results.size() != ops.size()) {
            const Error e = resp ? syncError(QStringLiteral("sync.bad_response"), QStringLiteral("result count"))
                                 : badResponse(resp.error());
            abandon(e);
            (void)outbox([&](OutboxRepository &o) { return o.markFailed(ops, e.code, e.detail); });
            return fail(e);
        }
        if (epoch.isEmpty()) {
            epoch = resp.value().epoch;
            if (auto s = onWriter([&](Database &db) { return SyncStore(db, m_registry).setEpochIfEmpty(epoch); }); !s) {
                abandon(s.error());
                return fail(s.error());
            }
        }
        for (qsizetype i = 0; i < ops.size(); ++i) {
            const protocol::OpResult &pr = resp.value().results.at(i);
            ++summary.pushed;
            if (pr.seq > 0)
                ourSeqs.push_back(pr.seq);
            if (pr.status == protocol::OpResult::Status::Applied) {
                ++summary.applied;
            } else if (pr.status == protocol::OpResult::Status::Rejected) {
                ++summary.rejected;
                held.insert(ops.at(i).key);
                log(QStringLiteral("warning"), Text::tr("The server refused a change of record %1: %2")
                                                   .arg(ops.at(i).key, syncErrorMessage(pr.code, pr.message)));
            }
        }
        // The next batch goes out before this answer is stored (held keys are known by now).
        for (const OutboxOp &o : ops)
            settling.insert(o.key);
        if (auto l = launch(); !l) {
            abandon(l.error());
            return fail(l.error());
        }
        if (auto k = keepSafe(false); !k) {
            abandon(k.error());
            return fail(k.error());
        }
        phase.restart();
        auto stored = outbox([&](OutboxRepository &o) {
            return o.applyResults(ops, f.answer->results, { &f.answer->proposed, unmarked });
        });
        tApply += phase.restart();
        settling.clear();
        if (stored)
            unmarked.clear();
        if (!stored) {
            abandon(stored.error());
            return fail(stored.error());
        }
        summary.conflicts += stored.value();
        done += ops.size();
        if (m_progress)
            m_progress(SyncPhase::Push, done, std::max(total, done));
        if (auto l = launch(); !l) {
            abandon(l.error());
            return fail(l.error());
        }
    }
    if (expandedOps > 0)
        log(QStringLiteral("info"), Text::tr("Imports prepared for sending: %1 records.").arg(expandedOps));
    if (trace) {
        const auto cpu = cpuMs();
        qInfo("push: expand %lld ms, batches %lld ms, mark sent %lld ms, results %lld ms, http %lld ms; cpu: this"
              " thread %lld ms, process %lld ms",
              tExpand, tBatch, tSent, tApply, m_httpNs / 1000000, cpu.first - cpuStart.first,
              cpu.second - cpuStart.second);
    }
    return skipOwnChanges(std::move(ourSeqs), epoch);
}

// The changes right after the cursor that our own ops made (their results are stored already)
// need not come back in the pull: the cursor moves past the unbroken run of them. A change by
// anyone else in between ends the run.
Result<void> SyncEngine::skipOwnChanges(std::vector<qint64> seqs, const QString &epoch)
{
    if (seqs.empty() || epoch.isEmpty())
        return {};
    auto s = state();
    if (!s)
        return s.error();
    std::sort(seqs.begin(), seqs.end());
    qint64 through = s.value().cursor;
    for (qint64 seq : seqs) {
        if (seq > through + 1)
            break;
        through = std::max(through, seq);
    }
    if (through == s.value().cursor)
        return {};
    if (auto r = onWriter([&](Database &db) { return SyncStore(db, m_registry).applyPage({}, through, epoch); }); !r)
        return fail(r.error());
    return {};
}

// The next page is asked for before the current one is applied.
Result<void> SyncEngine::pull(SyncSummary &summary)
{
    auto s = state();
    if (!s)
        return s.error();
    qint64 cursor = s.value().cursor;
    const QString storedEpoch = s.value().epoch;
    bool resnapshot = false;
    qint64 done = 0;
    const int limit = std::clamp(m_options.pullLimit, 1, protocol::kMaxChangesLimit);
    const bool trace = qEnvironmentVariableIsSet("CETDESK_SYNC_TRACE");
    qint64 tParse = 0, tApply = 0;
    QElapsedTimer phase;
    std::shared_ptr<PageAnswer> answer;
    m_activity.reset();
    const auto ask = [&](qint64 since) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("since"), QString::number(since));
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        answer = std::make_shared<PageAnswer>();
        return m_http.startGet(kChanges, q, [a = answer](const QJsonObject &o) { readPage(o, *a); });
    };
    std::unique_ptr<SyncHttp::Call> call = ask(cursor);
    while (call) {
        QElapsedTimer httpTimer;
        httpTimer.start();
        auto r = m_http.finish(std::move(call));
        m_httpNs += httpTimer.nsecsElapsed();
        if (!r) {
            if (r.error().code == u"sync.cursor_too_old" && !resnapshot) {
                resnapshot = true;
                cursor = 0;
                log(QStringLiteral("warning"), r.error().message);
                call = ask(cursor);
                continue;
            }
            if (isAuthError(r.error().code)) {
                auto a = account();
                if (a)
                    m_tokens.remove(a.value().server, a.value().user);
            }
            return fail(r.error());
        }
        phase.start();
        const std::shared_ptr<PageAnswer> current = answer;
        const Result<protocol::ChangesPage> &page = *current->page;
        if (!page)
            return fail(badResponse(page.error()));
        const protocol::ChangesPage &p = page.value();
        if (!storedEpoch.isEmpty() && p.epoch != storedEpoch)
            return fail(syncError(QStringLiteral("sync.epoch_changed"), storedEpoch + QStringLiteral(" -> ") + p.epoch));
        const bool last = !p.more || p.next <= cursor;
        m_activity = p.activity;
        if (!last)
            call = ask(p.next); // in flight while this page is stored; dropped (aborted) on an error
        const QList<ServerChange> &changes = current->changes;
        tParse += phase.restart();
        // One writer task per page: what the GUI queued meanwhile runs before the next page.
        auto applied = onWriter([&](Database &db) { return SyncStore(db, m_registry).applyPage(changes, p.next, p.epoch); });
        tApply += phase.restart();
        if (!applied) {
            if (applied.error().code == u"sync.epoch_changed")
                return fail(syncError(applied.error().code, applied.error().detail));
            return fail(applied.error());
        }
        summary.pulled += applied.value().applied;
        if (!applied.value().unknownEntity.isEmpty()) {
            // The page was applied up to that change; the next sync asks for it again.
            return fail(syncError(QStringLiteral("sync.client_outdated"),
                                  QStringLiteral("entity %1 at seq %2")
                                      .arg(applied.value().unknownEntity)
                                      .arg(applied.value().stoppedBefore)));
        }
        done += changes.size();
        if (m_progress)
            m_progress(SyncPhase::Pull, done, 0);
        cursor = std::max(cursor, p.next);
    }
    if (trace)
        qInfo("pull: parse %lld ms, apply %lld ms", tParse, tApply);
    return {};
}

} // namespace cet
