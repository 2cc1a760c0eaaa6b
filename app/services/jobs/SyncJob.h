#pragma once

#include "Job.h"
#include "SyncEngine.h"

#include <functional>

namespace cet {

// One sync run with cet-central (push, pull, check) on a connection of its own, signing in first
// when asked to (or when the database has no session and the request can sign in). Stopping ends
// the run after the current request with "sync.cancelled": nothing is lost, what was not sent stays
// queued. Result: the SyncSummary.
class SyncJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(cet::SyncJob)
public:
    struct Request
    {
        QString databasePath;
        QString server;    // non-empty: sign in to this server as `user` unless already signed in so
        QString user;
        // Asked for the password only when a sign-in is needed (on the job's thread).
        std::function<QString()> password;
        QString caFile;
        int retries = 3;
        int retryPauseMs = 300;
        // Warnings and errors of the run, on the job's thread.
        SyncEngine::LogFn log;
    };

    explicit SyncJob(Request request);
    JobOutcome run(JobControl &control) override;
    QString description() const override;

    // Signs in to `server` as `user` unless the database is signed in as that account already
    // (password asked only then); with an empty server, the database's session or
    // "sync.sign_in_needed". Other online commands of the CLI sign in the same way.
    static Result<SyncAccount> ensureSignedIn(SyncEngine &engine, const QString &server, const QString &user,
                                              const std::function<QString()> &password);

    // "Sending changes", "Receiving changes", "Checking": for progress texts.
    static QString phaseText(SyncPhase phase);

private:
    Result<SyncSummary> signInAndSync(SyncEngine &engine);

    Request m_request;
};

} // namespace cet
