#include "ServeCommand.h"

#include "CentralHttpServer.h"
#include "CentralService.h"
#include "CsDemo.h"
#include "CentralStore.h"
#include "Cet4ScoreImport.h"
#include "DemoScores.h"
#include "ScopeSql.h"
#include "SimulateCommand.h"

namespace cet::central::cli {

namespace {

const QString kDefaultListen = QStringLiteral("127.0.0.1:8080");

void addServeOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("db"), CliText::tr("Database: sqlite:PATH or postgres://USER:PW@HOST:PORT/DB."),
            QStringLiteral("url") },
        { QStringLiteral("listen"),
            CliText::tr("Address and port (default %1; port 0 picks a free one). Plain HTTP only on loopback.")
                .arg(kDefaultListen),
            QStringLiteral("addr:port"), kDefaultListen },
        { QStringLiteral("tls-cert"), CliText::tr("PEM certificate (chain) for HTTPS."), QStringLiteral("file") },
        { QStringLiteral("tls-key"), CliText::tr("PEM private key for HTTPS."), QStringLiteral("file") },
        { QStringLiteral("threads"), CliText::tr("Worker threads, each with its own database connection (default 4)."),
            QStringLiteral("n"), QStringLiteral("4") },
        { QStringLiteral("max-connections"),
            CliText::tr("Open connections at most; one more is answered 503 with Retry-After (default %1).")
                .arg(http::ConnectionLimits().maxConnections),
            QStringLiteral("n") },
        { QStringLiteral("max-queued"),
            CliText::tr("Requests waiting for a worker at most; more are answered 503 with Retry-After (default %1).")
                .arg(http::ConnectionLimits().maxQueuedRequests),
            QStringLiteral("n") },
        { QStringLiteral("idle-timeout"),
            CliText::tr("Seconds a keep-alive connection may stay quiet before it is closed (default %1).")
                .arg(http::ConnectionLimits().idleMs / 1000),
            QStringLiteral("seconds") },
        { QStringLiteral("request-timeout"),
            CliText::tr("Seconds a request may stop half-way before its connection is dropped (default %1).")
                .arg(http::ConnectionLimits().stallMs / 1000),
            QStringLiteral("seconds") },
    });
    // Tests only: shift the server's clock to see tokens expire and sessions seal.
    QCommandLineOption clock(QStringLiteral("test-clock-offset"), QString(), QStringLiteral("seconds"));
    clock.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(clock);
    // Tests only: how far behind the clock the registration cursor stays (see schoolRegistrations).
    QCommandLineOption cursorLag(QStringLiteral("test-cursor-lag"), QString(), QStringLiteral("ms"));
    cursorLag.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(cursorLag);
}

// Checks the options, migrates, runs `beforeServe` (demo seeding), then serves until killed.
int serve(QCommandLineParser &parser, CliIo io, const std::function<Result<void>(CentralService &)> &beforeServe)
{
    if (!requireOptions(parser, { QStringLiteral("db") }, io))
        return ExitUsage;
    http::ServerOptions options;
    options.dbUrl = parser.value(QStringLiteral("db"));
    auto listen = http::ListenAddress::parse(parser.value(QStringLiteral("listen")));
    if (!listen) {
        io.err << listen.error().message << Qt::endl;
        return ExitUsage;
    }
    options.listen = listen.value();
    options.tlsCertFile = parser.value(QStringLiteral("tls-cert"));
    options.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    bool ok = false;
    options.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || options.threads < 1 || options.threads > 256) {
        io.err << CliText::tr("--threads must be 1..256") << Qt::endl;
        return ExitUsage;
    }
    const auto limit = [&](const QString &name, int low, int high, int &into, int scale) {
        if (!parser.isSet(name))
            return true;
        bool valid = false;
        const int n = parser.value(name).toInt(&valid);
        if (!valid || n < low || n > high) {
            io.err << CliText::tr("--%1 must be %2..%3").arg(name).arg(low).arg(high) << Qt::endl;
            return false;
        }
        into = n * scale;
        return true;
    };
    if (!limit(QStringLiteral("max-connections"), 1, 1000000, options.limits.maxConnections, 1)
        || !limit(QStringLiteral("max-queued"), 1, 1000000, options.limits.maxQueuedRequests, 1)
        || !limit(QStringLiteral("idle-timeout"), 1, 86400, options.limits.idleMs, 1000)
        || !limit(QStringLiteral("request-timeout"), 1, 86400, options.limits.stallMs, 1000))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("test-clock-offset"))) {
        const qint64 offset = parser.value(QStringLiteral("test-clock-offset")).toLongLong(&ok);
        if (!ok) {
            io.err << CliText::tr("--test-clock-offset must be a number of seconds") << Qt::endl;
            return ExitUsage;
        }
        options.configureService = [offset](CentralService &s) {
            s.setClock([offset] { return QDateTime::currentDateTimeUtc().addSecs(offset); });
        };
    }
    if (parser.isSet(QStringLiteral("test-cursor-lag"))) {
        const qint64 lag = parser.value(QStringLiteral("test-cursor-lag")).toLongLong(&ok);
        if (!ok || lag < 0) {
            io.err << CliText::tr("--test-cursor-lag must be a number of milliseconds") << Qt::endl;
            return ExitUsage;
        }
        options.configureService = [lag, before = options.configureService](CentralService &s) {
            if (before)
                before(s);
            s.setRegistrationCursorLag(lag);
        };
    }
    if (auto allowed = options.listen.checkPlainHttpAllowed(!options.tlsCertFile.isEmpty()); !allowed) {
        io.err << allowed.error().message << Qt::endl;
        return ExitUsage;
    }
    {
        auto service = openMigrated(options.dbUrl);
        if (!service)
            return fail(io, service.error());
        if (options.configureService)
            options.configureService(*service.value());
        if (beforeServe) {
            if (auto prepared = beforeServe(*service.value()); !prepared)
                return fail(io, prepared.error());
        }
    }
    http::CentralHttpServer server(options);
    auto url = server.start();
    if (!url)
        return fail(io, url.error());
    io.out << "listening on " << url.value() << Qt::endl; // tests and scripts wait for this line
    return QCoreApplication::exec();
}

} // namespace

int runServe(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    addServeOptions(parser);
    if (const int code = parseCommand(parser, args, CliText::tr("Serve the cet-central HTTP API."), io); code >= 0)
        return code;
    return serve(parser, io, {});
}

int runDemo(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    addServeOptions(parser);
    parser.addOption({ QStringLiteral("roster"), CliText::tr("Generated students in school 10001 (default 200)."),
        QStringLiteral("n"), QStringLiteral("200") });
    parser.addOption({ QStringLiteral("notice"), CliText::tr("Also post school 10001's notice (as coord1).") });
    parser.addOption({ QStringLiteral("simulate"),
                       CliText::tr("On a new database, also play this many candidates of school 10001 through the "
                                   "candidate API over the last three days (cet-central simulate)."),
                       QStringLiteral("n"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("publish-offers"),
                       CliText::tr("Also put the seeded campuses and offers into the schools' change feed, as if "
                                   "their coordinators had entered them, so that a desk's first sync brings them.") });
    parser.addOption({ QStringLiteral("cet4-scores"),
                       CliText::tr("Also store CET4 score records for the roster (CET6 reviews of every rule).") });
    if (const int code = parseCommand(parser, args,
            CliText::tr("Seed a demo exam session, schools 10001 and 10002, campuses, one "
                        "user per role (password demo-<role>) and a roster; then serve."),
            io);
        code >= 0)
        return code;
    bool ok = false;
    const int roster = parser.value(QStringLiteral("roster")).toInt(&ok);
    if (!ok || roster < 0) {
        io.err << CliText::tr("--roster must be a number ≥ 0") << Qt::endl;
        return ExitUsage;
    }
    const int simulate = parser.value(QStringLiteral("simulate")).toInt(&ok);
    if (!ok || simulate < 0) {
        io.err << CliText::tr("--simulate must be a number ≥ 0") << Qt::endl;
        return ExitUsage;
    }
    const bool notice = parser.isSet(QStringLiteral("notice"));
    const bool publish = parser.isSet(QStringLiteral("publish-offers"));
    const bool scores = parser.isSet(QStringLiteral("cet4-scores"));
    const QString dbUrl = parser.value(QStringLiteral("db"));
    return serve(parser, io, [roster, notice, scores, simulate, publish, dbUrl, io](CentralService &service) -> Result<void> {
        auto seededBefore = scopesql::schoolName(service.store(), QStringLiteral("10001"));
        if (!seededBefore)
            return seededBefore.error();
        if (auto seeded = service.seedDemo(roster); !seeded)
            return seeded;
        if (publish) {
            for (const QString &school : { QStringLiteral("10001"), QStringLiteral("10002") }) {
                if (auto published = service.publishSeededConfiguration(school); !published)
                    return published;
            }
        }
        if (scores) {
            auto store = CentralStore::open(dbUrl);
            if (!store)
                return store.error();
            if (auto stored = review::importCet4Scores(*store.value(), review::demoCet4Scores(QStringLiteral("10001"), roster));
                !stored)
                return stored.error();
        }
        if (notice) {
            if (auto posted = service.seedDemoNotice(QStringLiteral("10001")); !posted)
                return posted;
        }
        auto callers = cs::seedCsDemo(candidate::CandidateContext { service.store(), [&service] { return service.now(); } },
                                      roster);
        if (!callers)
            return callers.error();
        io.out << CliText::tr("demo users: coord1, coord2 (school 10001), coord3 (10002), agent1, agent2, super1, admin; "
                              "password demo-<role>, e.g. demo-coordinator")
               << Qt::endl;
        if (!callers.value().isEmpty())
            io.out << CliText::tr("customer-service callers (name, ID type, ID number):") << Qt::endl
                   << callers.value().join(QLatin1Char('\n')) << Qt::endl;
        if (simulate > 0 && !seededBefore.value())
            return simulateSchool(dbUrl, QStringLiteral("10001"), simulate, 1, 3, false, io);
        return {};
    });
}

} // namespace cet::central::cli
