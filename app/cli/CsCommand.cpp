#include "CsCommand.h"

#include "CsClient.h"
#include "CsText.h"
#include "DatabaseWriter.h"
#include "PasswordInput.h"
#include "RosterScope.h"
#include "SyncEngine.h"
#include "SyncErrors.h"
#include "SyncJob.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cet {

namespace {

const QString kIdType = QStringLiteral("id-type");
const QString kIdNumber = QStringLiteral("id-number");
const QString kName = QStringLiteral("name");
const QString kReason = QStringLiteral("reason");
const QString kNewPassport = QStringLiteral("new-passport-id");
const QString kNewEmail = QStringLiteral("new-email");
const QString kCheck = QStringLiteral("check");
const QString kNotes = QStringLiteral("notes");
const QString kNote = QStringLiteral("note");
const QString kState = QStringLiteral("state");
const QString kMine = QStringLiteral("mine");

int exitFor(const Error &e)
{
    if (isNetworkError(e.code))
        return CsCommand::Unavailable;
    if (e.code.startsWith(u"auth.") || e.code == u"sync.sign_in_needed" || e.code == u"cs.forbidden")
        return CsCommand::Auth;
    if (e.code == u"sync.bad_url" || e.code == u"sync.insecure_url" || e.code == u"sync.ca_file")
        return CsCommand::Usage;
    if (e.code.startsWith(u"cs.") || e.code.startsWith(u"request."))
        return CsCommand::Refused;
    return CsCommand::Failed;
}

int fail(const CliContext &context, const Error &e, bool json)
{
    if (json) {
        const QJsonObject o{ { u"error"_qs, QJsonObject{ { u"code"_qs, e.code }, { u"message"_qs, e.message } } } };
        context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
    }
    context.err << e.message << Qt::endl;
    if (e.code == u"sync.sign_in_needed")
        context.err << CsCommand::tr("Sign in with: cetdesk-cli cs … --server URL --user NAME --password-stdin")
                    << Qt::endl;
    return exitFor(e);
}

void printJson(const CliContext &context, const QJsonObject &o)
{
    context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs) : QString();
}

void printRequest(const CliContext &context, const CsRequest &r)
{
    context.out << CsCommand::tr("request %1: %2").arg(r.id).arg(CsText::state(r.state)) << Qt::endl
                << CsCommand::tr("  candidate: %1, %2, school %3")
                       .arg(r.candidate.name, r.candidate.idNumberMasked, r.candidate.schoolCode)
                << Qt::endl
                << CsCommand::tr("  passport: %1 → %2 (%3)")
                       .arg(r.oldPassportId.isEmpty() ? u"-"_qs : r.oldPassportId, r.newPassportId, r.newEmailMasked)
                << Qt::endl
                << CsCommand::tr("  filed by %1 at %2").arg(r.filedBy, timeText(r.filedAt)) << Qt::endl;
    if (!r.decidedBy.isEmpty())
        context.out << CsCommand::tr("  decided by %1 at %2: %3").arg(r.decidedBy, timeText(r.decidedAt), r.decisionNote)
                    << Qt::endl;
    if (r.applyAt.isValid() && !r.appliedAt.isValid())
        context.out << CsCommand::tr("  applies at %1").arg(timeText(r.applyAt)) << Qt::endl;
    if (r.appliedAt.isValid())
        context.out << CsCommand::tr("  applied at %1").arg(timeText(r.appliedAt)) << Qt::endl;
    if (!r.failureCode.isEmpty())
        context.out << CsCommand::tr("  failed: %1 (%2)").arg(r.failureReason, r.failureCode) << Qt::endl;
}

void printLookup(const CliContext &context, const CsLookupResult &r)
{
    const CsCandidate &c = r.candidate;
    context.out << CsCommand::tr("candidate: %1, %2, school %3 %4")
                       .arg(c.name, c.idNumberMasked, c.schoolCode, c.schoolName)
                << Qt::endl;
    if (r.hasPassport)
        context.out << CsCommand::tr("passport: %1, email %2, mobile %3")
                           .arg(r.passportId, r.emailMasked, r.mobileMasked.isEmpty() ? u"-"_qs : r.mobileMasked)
                    << Qt::endl;
    else
        context.out << CsCommand::tr("passport: never bound") << Qt::endl;
    context.out << CsCommand::tr("registration: %1").arg(CsText::registration(r.registrationState)) << Qt::endl;
    for (const CsSubject &s : r.subjects)
        context.out << u"  "_qs << s.subject << u" ("_qs << CsText::payment(s.paymentState) << u")"_qs << Qt::endl;
    context.out << CsCommand::tr("earlier rebindings: %1").arg(r.rebindings.size()) << Qt::endl;
    for (const CsRequest &q : r.rebindings)
        context.out << u"  #"_qs << q.id << u' ' << CsText::state(q.state) << u' ' << timeText(q.filedAt) << Qt::endl;
    context.out << CsCommand::tr("answer: %1").arg(CsText::guidanceTitle(r.guidance)) << Qt::endl
                << CsText::guidanceText(r.guidance) << Qt::endl;
}

int printRequestResult(const CliContext &context, const Result<CsRequest> &r, bool json)
{
    if (!r)
        return fail(context, r.error(), json);
    if (json)
        printJson(context, r.value().toJson());
    else
        printRequest(context, r.value());
    return CsCommand::Ok;
}

// The staff session, signing in first when --server is given.
Result<void> openSession(const CliContext &context, const QCommandLineParser &parser, CsClient &client)
{
    const QString server = parser.value(u"server"_qs);
    const QString user = parser.value(u"user"_qs);
    if (!server.isEmpty() && (user.isEmpty() || !parser.isSet(u"password-stdin"_qs)))
        return Error{ QStringLiteral("cli.usage"), CsCommand::tr("--server needs --user and --password-stdin."), {} };
    SyncEngine engine(DatabaseWriter::forPath(context.databasePath));
    engine.setSignInScope(&rosterscope::scopeForSignIn);
    if (const QString ca = parser.value(u"ca-file"_qs); !ca.isEmpty()) {
        if (auto r = engine.http().setCaFile(ca); !r)
            return r.error();
        if (auto r = client.http().setCaFile(ca); !r)
            return r.error();
    }
    auto account = SyncJob::ensureSignedIn(engine, server, user, &readPasswordLine);
    if (!account)
        return account.error();
    return client.setSession(account.value().server, engine.tokens().read(account.value().server, account.value().user));
}

bool parseId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

} // namespace

QString CsCommand::help()
{
    return tr("\nCustomer service (online; signs in like sync):\n"
              "  cs lookup            Look up a candidate's account: --id-type N --id-number X --name NAME\n"
              "                       --reason TEXT (every lookup is recorded with its reason).\n"
              "  cs request           File a rebinding request: --id-type, --id-number, --name,\n"
              "                       --new-passport-id ID, --new-email ADDRESS, --check CHECK (repeatable:\n"
              "                       id_card_photo, callback_number, registration_details), --notes TEXT.\n"
              "  cs list              List requests (--state STATE, --mine).\n"
              "  cs approve ID        Approve a request (--note TEXT); never one you filed.\n"
              "  cs refuse ID         Refuse a request (--reason TEXT).\n"
              "  cs withdraw ID       Withdraw a request you filed, before its decision.\n"
              "  cs hold ID, cs release ID\n"
              "                       Hold back an approved request before it is applied, or release it.\n"
              "                       All take --json. Exit codes: 0 done, 1 usage, 2 refused by the server,\n"
              "                       3 server unreachable, 4 sign-in needed or not allowed, 5 other failure.\n");
}

void CsCommand::addOptions(QCommandLineParser &parser)
{
    // --name, --reason and --state are shared with offers/reviews, which register them (a parser
    // takes each name once): cs reads them as the candidate's name, the lookup's or refusal's
    // reason and the state to list.
    parser.addOption({ kIdType, tr("cs: the ID type code (1 = resident ID card)."), u"n"_qs });
    parser.addOption({ kIdNumber, tr("cs: the candidate's ID number."), u"number"_qs });
    parser.addOption({ kNewPassport, tr("cs request: the new passport ID (32 hexadecimal characters)."), u"id"_qs });
    parser.addOption({ kNewEmail, tr("cs request: the email of the new passport account."), u"address"_qs });
    parser.addOption({ kCheck, tr("cs request: how the identity was verified (repeatable)."), u"check"_qs });
    parser.addOption({ kNotes, tr("cs request: notes for the supervisor."), u"text"_qs });
    parser.addOption({ kNote, tr("cs approve: a note with the decision."), u"text"_qs });
    parser.addOption({ kMine, tr("cs list: only the requests you filed.") });
}

int CsCommand::run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json)
{
    const QString verb = args.value(0);
    const auto usage = [&](const QString &message) {
        context.err << message << Qt::endl << tr("Run \"cetdesk-cli --help\" for the cs commands.") << Qt::endl;
        return Usage;
    };
    static const QStringList withId{ u"approve"_qs, u"refuse"_qs, u"withdraw"_qs, u"hold"_qs, u"release"_qs };
    const bool knownVerb = verb == u"lookup" || verb == u"request" || verb == u"list" || withId.contains(verb);
    if (!knownVerb)
        return usage(tr("Unknown cs command: %1").arg(verb));
    qint64 id = 0;
    if (withId.contains(verb) && (args.size() != 2 || !parseId(args.at(1), id)))
        return usage(tr("cs %1 needs one request number.").arg(verb));
    if (!withId.contains(verb) && args.size() != 1)
        return usage(tr("cs %1 takes no further arguments.").arg(verb));

    int idType = 1;
    if (verb == u"lookup" || verb == u"request") {
        bool ok = false;
        idType = parser.isSet(kIdType) ? parser.value(kIdType).toInt(&ok) : 0;
        if (!ok || idType < 1 || idType > 8)
            return usage(tr("--id-type must be an ID type code from 1 to 8."));
        if (parser.value(kIdNumber).trimmed().isEmpty() || parser.value(kName).trimmed().isEmpty())
            return usage(tr("--id-number and --name are required."));
    }
    if (verb == u"lookup" && parser.value(kReason).trimmed().isEmpty())
        return usage(tr("--reason is required: every lookup is recorded with its reason."));
    if (verb == u"refuse" && parser.value(kReason).trimmed().isEmpty())
        return usage(tr("--reason is required to refuse a request."));
    if (verb == u"request") {
        if (!cs::isPassportId(parser.value(kNewPassport).trimmed()))
            return usage(tr("--new-passport-id must be 32 hexadecimal characters."));
        if (!parser.value(kNewEmail).contains(u'@'))
            return usage(tr("--new-email must be an email address."));
        if (parser.values(kCheck).isEmpty())
            return usage(tr("Give at least one --check (%1).").arg(cs::knownChecks().join(u", "_qs)));
        for (const QString &c : parser.values(kCheck)) {
            if (!cs::knownChecks().contains(c))
                return usage(tr("Unknown --check %1 (known: %2).").arg(c, cs::knownChecks().join(u", "_qs)));
        }
    }

    CsClient client;
    if (auto s = openSession(context, parser, client); !s) {
        if (s.error().code == u"cli.usage")
            return usage(s.error().message);
        return fail(context, s.error(), json);
    }

    if (verb == u"lookup") {
        auto r = client.lookup({ idType, parser.value(kIdNumber).trimmed(), parser.value(kName).trimmed(),
                                 parser.value(kReason).trimmed() });
        if (!r)
            return fail(context, r.error(), json);
        if (json)
            printJson(context, r.value().json);
        else
            printLookup(context, r.value());
        return Ok;
    }
    if (verb == u"request") {
        CsNewRequest req;
        req.idType = idType;
        req.idNumber = parser.value(kIdNumber).trimmed();
        req.name = parser.value(kName).trimmed();
        req.newPassportId = parser.value(kNewPassport).trimmed();
        req.newEmail = parser.value(kNewEmail).trimmed();
        req.checks = parser.values(kCheck);
        req.notes = parser.value(kNotes);
        return printRequestResult(context, client.file(req), json);
    }
    if (verb == u"list") {
        auto r = client.list(parser.value(kState), parser.isSet(kMine));
        if (!r)
            return fail(context, r.error(), json);
        if (json) {
            QJsonArray a;
            for (const CsRequest &q : r.value())
                a.append(q.toJson());
            printJson(context, QJsonObject{ { u"requests"_qs, a } });
        } else {
            if (r.value().isEmpty())
                context.out << tr("No requests.") << Qt::endl;
            for (const CsRequest &q : r.value())
                printRequest(context, q);
        }
        return Ok;
    }
    if (verb == u"approve")
        return printRequestResult(context, client.approve(id, parser.value(kNote)), json);
    if (verb == u"refuse")
        return printRequestResult(context, client.refuse(id, parser.value(kReason).trimmed()), json);
    if (verb == u"withdraw")
        return printRequestResult(context, client.withdraw(id), json);
    if (verb == u"hold")
        return printRequestResult(context, client.hold(id), json);
    return printRequestResult(context, client.release(id), json);
}

} // namespace cet
