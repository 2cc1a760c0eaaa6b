#include "SyncJob.h"

#include "DatabaseWriter.h"
#include "RosterScope.h"
#include "SyncErrors.h"

namespace cet {

SyncJob::SyncJob(Request request) : m_request(std::move(request)) { }

QString SyncJob::phaseText(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Push: return tr("Sending changes");
    case SyncPhase::Pull: return tr("Receiving changes");
    case SyncPhase::Check: return tr("Checking");
    }
    return {};
}

QString SyncJob::description() const
{
    return tr("Connecting to %1…").arg(m_request.server.isEmpty() ? tr("the server") : m_request.server);
}

JobOutcome SyncJob::run(JobControl &control)
{
    auto writer = DatabaseWriter::forPath(m_request.databasePath);
    SyncEngine engine(writer);
    // The same school check as the desktop's sign-in: a database holding one school's roster is
    // not signed in for another school.
    engine.setSignInScope(&rosterscope::scopeForSignIn);
    engine.http().setRetryPolicy(m_request.retries, m_request.retryPauseMs);
    if (!m_request.caFile.isEmpty()) {
        if (auto r = engine.http().setCaFile(m_request.caFile); !r)
            return JobOutcome::failed(r.error());
    }
    engine.setCancelFlag(&control.counters().cancelRequested);
    engine.setProgress([&control](SyncPhase phase, qint64 done, qint64 total) {
        control.progress(done, total, phaseText(phase));
    });
    if (m_request.log)
        engine.setLogSink(m_request.log);
    Result<SyncSummary> result = signInAndSync(engine);
    // A run stopped between two requests ends with sync.cancelled, one stopped inside a request
    // with whatever that request then gave: both are a cancel the user asked for.
    return outcomeOf(std::move(result), control);
}

Result<SyncAccount> SyncJob::ensureSignedIn(SyncEngine &engine, const QString &server, const QString &user,
                                            const std::function<QString()> &password)
{
    auto account = engine.account();
    if (!account)
        return account.error();
    const auto wanted = SyncHttp::checkServerUrl(server);
    const QString wantedServer = wanted ? wanted.value().toString() : server;
    const bool differentAccount
        = !server.isEmpty() && (account.value().user != user || wantedServer != account.value().server);
    if (!server.isEmpty() && (!account.value().signedIn || differentAccount))
        return engine.signIn(server, user, password ? password() : QString());
    if (!account.value().signedIn)
        return syncError(QStringLiteral("sync.sign_in_needed"));
    return account.value();
}

Result<SyncSummary> SyncJob::signInAndSync(SyncEngine &engine)
{
    if (auto a = ensureSignedIn(engine, m_request.server, m_request.user, m_request.password); !a)
        return a.error();
    return engine.sync();
}

} // namespace cet
