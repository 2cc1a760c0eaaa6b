#include "SyncCommand.h"

#include "ConsoleJob.h"
#include "Database.h"
#include "OutboxRepository.h"
#include "PasswordInput.h"
#include "SyncErrors.h"
#include "SyncJob.h"
#include "SyncStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cet {

namespace {

int exitFor(const Error &e)
{
    if (isNetworkError(e.code))
        return SyncCommand::Unavailable;
    if (e.code.startsWith(u"auth.") || e.code == u"sync.sign_in_needed")
        return SyncCommand::Auth;
    if (e.code == u"sync.bad_url" || e.code == u"sync.insecure_url" || e.code == u"sync.ca_file")
        return SyncCommand::Usage;
    return SyncCommand::Failed;
}

} // namespace

int SyncCommand::sync(const CliContext &context, const SyncCommandOptions &options)
{
    if (!options.server.isEmpty() && (options.user.isEmpty() || !options.passwordStdin)) {
        context.err << tr("--server needs --user and --password-stdin.") << Qt::endl;
        return Usage;
    }
    ConsoleJob console(context.err);
    SyncJob::Request request;
    request.databasePath = context.databasePath;
    request.server = options.server;
    request.user = options.user;
    request.password = readPasswordLine;
    request.caFile = options.caFile;
    request.log = [&console](const QString &level, const QString &message) {
        if (level != u"info")
            console.message(message);
    };
    SyncJob job(std::move(request));
    const JobOutcome outcome = console.run(job);
    if (outcome.isCancelled()) {
        context.err << tr("Sync stopped; nothing is lost: what was not sent stays queued for the next sync.")
                    << Qt::endl;
        return Cancelled;
    }
    if (outcome.isFailed()) {
        context.err << outcome.error.message << Qt::endl;
        if (outcome.error.code == u"sync.sign_in_needed")
            context.err << tr("Sign in with: cetdesk-cli sync --server URL --user NAME --password-stdin") << Qt::endl;
        return exitFor(outcome.error);
    }
    const SyncSummary &s = *outcome.resultAs<SyncSummary>();
    if (options.json) {
        const QJsonObject o{ { u"pushed"_qs, s.pushed },          { u"applied"_qs, s.applied },
                             { u"conflicts"_qs, s.conflicts },    { u"rejected"_qs, s.rejected },
                             { u"pulled"_qs, s.pulled },          { u"pending"_qs, s.pendingAfter },
                             { u"open_conflicts"_qs, s.openConflicts }, { u"digest_ok"_qs, s.digestMatches } };
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        context.out << tr("pushed: %1 (applied %2, conflicts %3, rejected %4)")
                           .arg(s.pushed)
                           .arg(s.applied)
                           .arg(s.conflicts)
                           .arg(s.rejected)
                    << Qt::endl
                    << tr("pulled: %1").arg(s.pulled) << Qt::endl
                    << tr("conflicts open: %1").arg(s.openConflicts) << Qt::endl
                    << tr("pending: %1").arg(s.pendingAfter) << Qt::endl;
        if (!s.digestMatches)
            context.out << tr("check: this desktop and the server differ (%1)").arg(s.digestDetail) << Qt::endl;
    }
    return (s.openConflicts > 0 || s.rejected > 0) ? Pending : Ok;
}

int SyncCommand::status(const CliContext &context, bool json)
{
    auto db = Database::open(context.databasePath);
    if (!db) {
        context.err << db.error().message << Qt::endl;
        return Failed;
    }
    SyncStore store(*db.value());
    OutboxRepository outbox(*db.value());
    auto state = store.state();
    auto counts = outbox.counts();
    auto open = store.openConflictCount();
    if (!state || !counts || !open) {
        context.err << (!state ? state.error() : !counts ? counts.error() : open.error()).message << Qt::endl;
        return Failed;
    }
    const SyncState &s = state.value();
    const OutboxCounts &c = counts.value();
    const QString last = s.lastSyncAt.isValid() ? s.lastSyncAt.toUTC().toString(Qt::ISODate) : QString();
    if (json) {
        const QJsonObject pending{ { u"queued"_qs, c.queued },   { u"sent"_qs, c.sent },
                                   { u"failed"_qs, c.failed },   { u"acked"_qs, c.acked },
                                   { u"conflict"_qs, c.conflict }, { u"rejected"_qs, c.rejected } };
        const QJsonObject o{ { u"server"_qs, s.serverUrl },
                             { u"user"_qs, s.userName },
                             { u"role"_qs, s.role },
                             { u"school"_qs, s.schoolCode },
                             { u"pending"_qs, c.pending() },
                             { u"outbox"_qs, pending },
                             { u"conflicts"_qs, open.value() },
                             { u"last_sync_at"_qs, last.isEmpty() ? QJsonValue() : QJsonValue(last) },
                             { u"last_error"_qs, s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError) },
                             { u"epoch"_qs, s.epoch },
                             { u"cursor"_qs, s.cursor } };
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Ok;
    }
    const QString none = tr("(none)");
    context.out << tr("server: %1").arg(s.serverUrl.isEmpty() ? none : s.serverUrl) << Qt::endl
                << tr("user: %1").arg(s.userName.isEmpty() ? none : s.userName)
                << (s.role.isEmpty() ? QString() : QStringLiteral(" (%1%2)").arg(s.role, s.schoolCode.isEmpty() ? QString() : u", "_qs + s.schoolCode))
                << Qt::endl
                << tr("pending: %1 (queued %2, sent %3, failed %4); acknowledged %5, conflict %6, rejected %7")
                       .arg(c.pending())
                       .arg(c.queued)
                       .arg(c.sent)
                       .arg(c.failed)
                       .arg(c.acked)
                       .arg(c.conflict)
                       .arg(c.rejected)
                << Qt::endl
                << tr("conflicts open: %1").arg(open.value()) << Qt::endl
                << tr("last sync: %1").arg(last.isEmpty() ? tr("never") : last) << Qt::endl
                << tr("cursor: %1").arg(s.cursor) << Qt::endl;
    if (!s.lastError.isEmpty())
        context.out << tr("last error: %1").arg(s.lastError) << Qt::endl;
    return Ok;
}

} // namespace cet
