#pragma once

#include "Database.h"
#include "DatabaseWriter.h"
#include "FetchMemo.h"
#include "Result.h"
#include "SyncHttp.h"
#include "SyncEntityHandler.h"
#include "SyncTypes.h"
#include "TokenStore.h"
#include "Wire.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>
#include <vector>

namespace cet {

struct SyncState;

// The sync engine: sign-in and one sync run (push the outbox, pull changes, check digests), on
// the thread that created it (a worker thread in the app, the main thread in the CLI), with its
// own SyncHttp. Every read and write of the local database is a task on the database's one
// writer (DatabaseWriter::call), so an edit queued by the GUI meanwhile runs between two of the
// run's transactions (between two pull pages, two push answers) instead of failing with
// "database is locked".
//
// Push: the outbox in seq order, in batches of ≤ 500 ops (halved on 413), at most one op per
// record per request; an op the server rejects holds back only the later ops of that record
// (for the rest of the run). Pull: pages applied with the cursor in one local transaction.
// A changed server epoch stops the run with "sync.epoch_changed" and changes nothing.
class SyncEngine
{
public:
    struct Options
    {
        int pushBatch = 500;
        int pullLimit = 5000; // the protocol's maximum page: fewer round trips and commits
        bool alwaysCheckDigest = false; // else only after a run that moved something
        // Records of an import expanded into ops before the first push request, and then at each
        // piece while requests are in flight (OutboxImportExpansion).
        int firstExpansionPiece = 2000;
        int expansionPiece = 5000;
    };
    using ProgressFn = std::function<void(SyncPhase phase, qint64 done, qint64 total)>;
    using LogFn = std::function<void(const QString &level, const QString &message)>;
    // Decides at sign-in which school's data this database syncs for the account the server
    // answered with (its own school, a chosen one, or the one the database keeps); an error
    // refuses the sign-in before anything is stored. Without one: the account's own school.
    // Runs on the writer with its connection.
    using ScopeFn = std::function<Result<QString>(Database &db, const SyncAccount &account)>;

    explicit SyncEngine(std::shared_ptr<DatabaseWriter> writer);
    ~SyncEngine();

    SyncHttp &http() { return m_http; }
    DatabaseWriter &writer() const { return *m_writer; }
    TokenStore &tokens() { return m_tokens; }
    void setOptions(const Options &o) { m_options = o; }
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void setLogSink(LogFn fn) { m_logSink = std::move(fn); }
    void setCancelFlag(const std::atomic<bool> *cancel);
    void setSignInScope(ScopeFn fn) { m_scope = std::move(fn); }
    // The entities this client syncs (standard: every one this version knows).
    void setRegistry(const SyncEntityRegistry &registry) { m_registry = registry; }

    // The account remembered in the database (signedIn: a token is at hand, not checked yet).
    Result<SyncAccount> account();
    Result<SyncAccount> signIn(const QString &serverUrl, const QString &user, const QString &password);
    // GET /auth/me with the stored token: signedIn, or "sync.sign_in_needed" / "auth.expired".
    Result<SyncAccount> resume();
    Result<void> signOut();

    // One run. Errors: sync.sign_in_needed / auth.* (nothing lost), net.* / server.unavailable
    // (ops stay queued or failed), sync.epoch_changed, sync.client_outdated (a change of an
    // entity without a handler: the pull stopped before it), store.*.
    Result<SyncSummary> sync();

    qint64 pendingCount();

    // Time the last sync() spent waiting for the server (for benchmarks).
    qint64 lastHttpMs() const { return m_httpNs / 1000000; }

private:
    Result<void> prepareSession();
    Result<void> push(SyncSummary &summary, const QString &epoch);
    Result<void> pull(SyncSummary &summary);
    Result<void> skipOwnChanges(std::vector<qint64> seqs, const QString &epoch);
    Result<void> checkDigest(SyncSummary &summary);
    FetchOutcome refreshSeatUsage(const SyncSummary &summary);
    FetchOutcome refreshRegistrationStates(int &changed); // changed: students whose state changed
    // Uploads the evidence files added on this desktop to reviews the server knows; a file that
    // can not go now (no network) waits for the next run, one refused for good is dropped and
    // logged. The number uploaded.
    int uploadReviewEvidence();
    void log(const QString &level, const QString &message);
    Result<void> fail(const Error &e);
    Result<SyncState> state();

    // Runs `task` (Database & -> Result<T>) on the writer and waits for it. During a run the
    // task's commits are relaxed (see sync()); the writer's other tasks stay durable.
    template<typename F> auto onWriter(F task) -> std::invoke_result_t<F, Database &>
    {
        using R = std::invoke_result_t<F, Database &>;
        return m_writer->call<typename ResultValue<R>::type>([this, &task](Database &db) -> R {
            if (!m_relaxed)
                return task(db);
            if (auto r = db.setCommits(Database::Commits::Relaxed); !r)
                return r.error();
            R result = task(db);
            (void)db.setCommits(Database::Commits::Durable);
            return result;
        });
    }
    template<typename R> struct ResultValue;
    template<typename T> struct ResultValue<Result<T>>
    {
        using type = T;
    };

    std::shared_ptr<DatabaseWriter> m_writer;
    bool m_relaxed = false;
    SyncHttp m_http;
    TokenStore m_tokens;
    Options m_options;
    SyncEntityRegistry m_registry = SyncEntityRegistry::standard();
    ProgressFn m_progress;
    LogFn m_logSink;
    ScopeFn m_scope;
    QString m_epoch;
    QString m_school; // the school this database syncs (empty before the first sign-in)
    std::optional<protocol::SchoolActivity> m_activity; // as the last pull's last page said
    FetchMemo m_seatsSeen;
    FetchMemo m_registrationsSeen;
    bool m_loggedMemoryOnly = false;
    qint64 m_httpNs = 0;
};

} // namespace cet
