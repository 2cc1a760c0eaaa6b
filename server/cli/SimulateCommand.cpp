#include "SimulateCommand.h"

#include "CandidateSimulation.h"
#include "CentralHttpServer.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "OutboxSql.h"
#include "SimulationInput.h"
#include "TimedJobs.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QThread>

namespace cet::central::cli {

namespace {

int intOption(const QCommandLineParser &parser, const QString &name, int low, int high, bool &ok, CliIo io)
{
    const int n = parser.value(name).toInt(&ok);
    ok = ok && n >= low && n <= high;
    if (!ok)
        io.err << CliText::tr("--%1 must be %2..%3").arg(name).arg(low).arg(high) << Qt::endl;
    return n;
}

void printSummary(const sim::SimulationTally &t, const QDateTime &from, const QDateTime &to, CliIo io)
{
    io.out << CliText::tr("Simulated %1 to %2 (UTC).").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
           << Qt::endl
           << CliText::tr("Candidates: %1 passports, %2 bound, %3 never came, %4 left without a subject, "
                          "%5 changed their email themselves.")
                  .arg(t.passports)
                  .arg(t.bound)
                  .arg(t.absent)
                  .arg(t.abandoned)
                  .arg(t.emailsChanged)
           << Qt::endl
           << CliText::tr("Forgotten passwords reset by the mailed link: %1.").arg(t.passwordsReset) << Qt::endl
           << CliText::tr("CET6 reviews: %1 passed (rule 1), %2 pending for a teacher (rule 2), %3 refused (rule 3); "
                          "%4 proof files uploaded.")
                  .arg(t.reviewsPassed)
                  .arg(t.reviewsPending)
                  .arg(t.reviewsRefused)
                  .arg(t.evidenceUploaded)
           << Qt::endl
           << CliText::tr("Subjects: %1 booked, %2 refused as full (名额已满), %3 times a campus showed 无, "
                          "%4 cancelled.")
                  .arg(t.booked)
                  .arg(t.refusedFull)
                  .arg(t.sawNoSeats)
                  .arg(t.cancelled)
           << Qt::endl
           << CliText::tr("Payments: %1 paid, %2 refused by the bank and paid again, %3 answers lost and settled "
                          "by refresh, %4 never paid.")
                  .arg(t.paid)
                  .arg(t.paymentsFailed)
                  .arg(t.answersLost)
                  .arg(t.leftUnpaid)
           << Qt::endl
           << CliText::tr("Timed jobs: %1 unpaid subjects released, %2 registrations without a subject deleted.")
                  .arg(t.subjectsReleased)
                  .arg(t.registrationsDeleted)
           << Qt::endl
           << CliText::tr("%1 requests, %2 unexpected answers.").arg(t.requests).arg(t.unexpected) << Qt::endl;
    for (const QString &s : t.unexpectedSamples)
        io.out << "  " << s << Qt::endl;
}

} // namespace

Result<void> simulateSchool(const QString &dbUrl, const QString &school, int candidates, quint64 seed, int days,
                            bool json, CliIo io)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    sim::SimulationPlan plan;
    plan.world.school = school;
    plan.world.runTag = QString::number(seed);
    plan.world.readMail = [dbUrl](const QString &address) -> QString {
        auto store = CentralStore::open(dbUrl); // one per read: the candidates play on many threads
        if (!store)
            return {};
        auto mail = outboxsql::forRecipient(*store.value(), address);
        return mail && !mail.value().isEmpty() ? mail.value().last().body : QString();
    };
    plan.seed = seed;
    plan.days = days;
    {
        auto service = openMigrated(dbUrl);
        if (!service)
            return service.error();
        auto input = sim::loadSimulationInput(service.value()->store(), school, candidates, now);
        if (!input)
            return input.error();
        plan.students = input.value().students;
        plan.world.session = input.value().session;
        // The simulated days end now, so that what the candidates did lies in the past of the real
        // clock; where the window opened later than that, they start just after it opened.
        plan.start = qMax(now.addDays(-days), input.value().windowOpens.addSecs(60));
        if (plan.start.addDays(days) > input.value().windowCloses)
            return Error{ QStringLiteral("simulate.window_too_short"),
                QStringLiteral("The registration window closes before %1 simulated days end.").arg(days), {} };
    }

    sim::SimulationClock clock(plan.start);
    http::ServerOptions options;
    options.dbUrl = dbUrl;
    options.listen = http::ListenAddress::parse(QStringLiteral("127.0.0.1:0")).value();
    options.threads = 4;
    options.configureService = [&clock](CentralService &s) { s.setClock([&clock] { return clock.now(); }); };
    http::CentralHttpServer server(options);
    auto url = server.start();
    if (!url)
        return url.error();
    plan.server = QUrl(url.value());

    // The server answers on this thread's event loop; the candidates play on their own threads.
    sim::SimulationTally tally;
    Error jobError;
    QEventLoop loop;
    std::unique_ptr<QThread> player(QThread::create([&] {
        auto store = CentralStore::open(dbUrl);
        if (!store) {
            jobError = store.error();
            return;
        }
        tally = sim::runSimulation(
            plan, clock,
            [&](const QDateTime &at, sim::SimulationTally &t) {
                candidate::TimedJobs jobs(candidate::CandidateContext{ *store.value(), [at] { return at; } });
                auto run = jobs.runDue();
                if (!run) {
                    t.noteUnexpected(QStringLiteral("run-jobs: %1").arg(run.error().message));
                    return;
                }
                t.subjectsReleased += run.value().subjectsReleased;
                t.registrationsDeleted += run.value().registrationsDeleted;
            },
            [&](int day, int played, int total) {
                io.err << CliText::tr("day %1/%2: %3 of %4 candidates played").arg(day + 1).arg(days).arg(played).arg(total)
                       << Qt::endl;
            });
    }));
    QObject::connect(player.get(), &QThread::finished, &loop, &QEventLoop::quit);
    player->start();
    loop.exec();
    player->wait();
    if (!jobError.code.isEmpty())
        return jobError;
    if (json) {
        QJsonObject o = tally.toJson();
        o.insert(QStringLiteral("school"), school);
        o.insert(QStringLiteral("candidates"), int(plan.students.size()));
        o.insert(QStringLiteral("from"), plan.start.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("to"), plan.start.addDays(days).toString(Qt::ISODateWithMs));
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        printSummary(tally, plan.start, plan.start.addDays(days), io);
    }
    return {};
}

int runSimulate(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(),
        valueOption(QStringLiteral("school"), CliText::tr("The school whose roster plays the candidates.")),
        { QStringLiteral("candidates"), CliText::tr("How many of its students come (default 500)."),
            QStringLiteral("n"), QStringLiteral("500") },
        { QStringLiteral("seed"), CliText::tr("Seed of the candidates' choices (default 1)."), QStringLiteral("n"),
            QStringLiteral("1") },
        { QStringLiteral("days"), CliText::tr("Simulated days, ending now (default 3)."), QStringLiteral("n"),
            QStringLiteral("3") },
        { QStringLiteral("json"), CliText::tr("Print the summary as JSON.") } });
    if (const int code = parseCommand(parser, args,
            CliText::tr("Play candidates of a school through the candidate API at an accelerated clock: "
                        "registrations, CET6 reviews of every rule, bookings until campuses fill, payments "
                        "(some lost), cancellations, and the timed jobs that follow."),
            io);
        code >= 0)
        return code;
    if (!requireOptions(parser, { QStringLiteral("db"), QStringLiteral("school") }, io))
        return ExitUsage;
    bool ok = false;
    const int candidates = intOption(parser, QStringLiteral("candidates"), 1, 1000000, ok, io);
    if (!ok)
        return ExitUsage;
    const int seed = intOption(parser, QStringLiteral("seed"), 0, 1000000000, ok, io);
    if (!ok)
        return ExitUsage;
    const int days = intOption(parser, QStringLiteral("days"), 1, 60, ok, io);
    if (!ok)
        return ExitUsage;
    if (auto r = simulateSchool(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("school")), candidates,
                                quint64(seed), days, parser.isSet(QStringLiteral("json")), io);
        !r)
        return fail(io, r.error());
    return ExitOk;
}

} // namespace cet::central::cli
