#include "AdminCommands.h"

#include "CentralService.h"
#include "RebindBatch.h"
#include "RebindSql.h"
#include "TimedJobs.h"
#include "TimedRulesSql.h"
#include "Wire.h"


namespace cet::central::cli {

namespace {

int done(CliIo io, const Result<void> &result, const QString &message)
{
    if (!result)
        return fail(io, result.error());
    io.out << message << Qt::endl;
    return ExitOk;
}

} // namespace

int runMigrate(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Create or upgrade the database schema."), {}, io, service);
        code >= 0)
        return code;
    io.out << CliText::tr("schema version %1").arg(service->schemaVersion()) << Qt::endl;
    return ExitOk;
}

int runCreateSchool(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("code"), CliText::tr("School code.")),
        valueOption(QStringLiteral("name"), CliText::tr("School name.")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Create a school."),
            { QStringLiteral("code"), QStringLiteral("name") }, io, service);
        code >= 0)
        return code;
    const QString school = parser.value(QStringLiteral("code"));
    return done(io, service->createSchool(school, parser.value(QStringLiteral("name"))),
        CliText::tr("school %1 created").arg(school));
}

int runCreateCampus(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("school"), CliText::tr("School code.")),
        valueOption(QStringLiteral("code"), CliText::tr("Campus code.")),
        valueOption(QStringLiteral("name"), CliText::tr("Campus name.")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Create a campus of a school."),
            { QStringLiteral("school"), QStringLiteral("code"), QStringLiteral("name") }, io, service);
        code >= 0)
        return code;
    const QString campus = parser.value(QStringLiteral("code"));
    return done(io,
        service->createCampus(parser.value(QStringLiteral("school")), campus, parser.value(QStringLiteral("name"))),
        CliText::tr("campus %1 created").arg(campus));
}

int runCreateSession(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("name"), CliText::tr("Exam session name.")),
        valueOption(QStringLiteral("opens"), CliText::tr("Opening time, ISO 8601 (UTC if no offset).")),
        valueOption(QStringLiteral("seals"), CliText::tr("Time from which school data is sealed, ISO 8601.")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Create an exam session and its sealing window."),
            { QStringLiteral("name"), QStringLiteral("opens"), QStringLiteral("seals") }, io, service);
        code >= 0)
        return code;
    const auto opens = parseTime(parser.value(QStringLiteral("opens")));
    const auto seals = parseTime(parser.value(QStringLiteral("seals")));
    if (!opens || !seals || *seals <= *opens) {
        io.err << CliText::tr("--opens and --seals must be ISO 8601 times, --seals after --opens") << Qt::endl;
        return ExitUsage;
    }
    const QString name = parser.value(QStringLiteral("name"));
    return done(io, service->createExamSession(name, *opens, *seals), CliText::tr("exam session %1 created").arg(name));
}

int runCreateUser(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("name"), CliText::tr("Sign-in name.")),
        valueOption(QStringLiteral("display-name"), CliText::tr("Name shown to people (default: the sign-in name).")),
        valueOption(QStringLiteral("role"), CliText::tr("coordinator, cs_agent, cs_supervisor or admin.")),
        valueOption(QStringLiteral("school"), CliText::tr("School code (coordinators).")),
        QCommandLineOption(QStringLiteral("password-stdin"), CliText::tr("Read the password from standard input.")),
        valueOption(QStringLiteral("password"),
            CliText::tr("The password (visible to other users of this "
                        "machine: for tests only).")) });
    if (const int code = parseCommand(parser, args, CliText::tr("Create a staff user."), io); code >= 0)
        return code;
    if (!requireOptions(parser, { QStringLiteral("db"), QStringLiteral("name"), QStringLiteral("role") }, io))
        return ExitUsage;
    const QString role = parser.value(QStringLiteral("role"));
    if (!roles::isValid(role)) {
        io.err << CliText::tr("--role must be coordinator, cs_agent, cs_supervisor or admin") << Qt::endl;
        return ExitUsage;
    }
    const QString school = parser.value(QStringLiteral("school"));
    if (role == roles::coordinator && school.isEmpty()) {
        io.err << CliText::tr("a coordinator needs --school") << Qt::endl;
        return ExitUsage;
    }
    QString password = parser.value(QStringLiteral("password"));
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        const auto read = readPasswordLine(io);
        if (!read)
            return ExitFailure;
        password = *read;
    }
    if (password.isEmpty()) {
        io.err << CliText::tr("give the password with --password-stdin") << Qt::endl;
        return ExitUsage;
    }
    auto service = openMigrated(parser.value(QStringLiteral("db")));
    if (!service)
        return fail(io, service.error());
    const QString name = parser.value(QStringLiteral("name"));
    QString displayName = parser.value(QStringLiteral("display-name"));
    if (displayName.isEmpty())
        displayName = name;
    auto id = service.value()->createStaff(name, displayName, role, school, password);
    if (!id)
        return fail(io, id.error());
    io.out << CliText::tr("user %1 created (id %2)").arg(name).arg(id.value()) << Qt::endl;
    return ExitOk;
}

int runNewEpoch(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("school"), CliText::tr("School code.")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args,
            CliText::tr("Give a school a new sync epoch (after restoring the database): "
                        "clients stop and reconcile instead of overwriting."),
            { QStringLiteral("school") }, io, service);
        code >= 0)
        return code;
    const QString school = parser.value(QStringLiteral("school"));
    if (auto changed = service->newEpoch(school); !changed)
        return fail(io, changed.error());
    auto epoch = service->epoch(school);
    io.out << CliText::tr("school %1: new epoch %2").arg(school, epoch ? epoch.value() : QString()) << Qt::endl;
    return ExitOk;
}

int runRunJobs(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(),
        valueOption(QStringLiteral("now"),
            CliText::tr("Run the jobs due at this time, ISO 8601 (default: the current time).")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args,
            CliText::tr("Run every timed job that is due: release subjects unpaid 24 hours after booking, "
                        "delete registrations without a subject, apply approved rebinding requests."),
            {}, io, service);
        code >= 0)
        return code;
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("now"))) {
        const auto at = parseTime(parser.value(QStringLiteral("now")));
        if (!at) {
            io.err << CliText::tr("--now must be an ISO 8601 time") << Qt::endl;
            return ExitUsage;
        }
        now = *at;
    }
    candidate::TimedJobs jobs(candidate::CandidateContext { service->store(), [now] { return now; } });
    auto run = jobs.runDue();
    if (!run)
        return fail(io, run.error());
    cs::RebindBatch rebinds(service->store(), [now] { return now; });
    auto rebound = rebinds.runDue();
    if (!rebound)
        return fail(io, rebound.error());
    io.out << CliText::tr("%1 unpaid subjects released, %2 registrations without a subject deleted, "
                          "%3 rebindings applied, %4 failed")
                  .arg(run.value().subjectsReleased)
                  .arg(run.value().registrationsDeleted)
                  .arg(rebound.value().applied)
                  .arg(rebound.value().failed)
           << Qt::endl;
    return ExitOk;
}

int runRebindTime(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(),
        valueOption(QStringLiteral("at"), CliText::tr("Time of day in China, HH:MM (default 22:00).")),
        QCommandLineOption(QStringLiteral("at-once"), CliText::tr("Apply each rebinding when it is approved.")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args,
            CliText::tr("Set when the nightly batch applies approved rebinding requests."), {}, io, service);
        code >= 0)
        return code;
    const bool atOnce = parser.isSet(QStringLiteral("at-once"));
    const QTime at = QTime::fromString(parser.value(QStringLiteral("at")), QStringLiteral("HH:mm"));
    if (atOnce == parser.isSet(QStringLiteral("at")) || (!atOnce && !at.isValid())) {
        io.err << CliText::tr("give either --at HH:MM or --at-once") << Qt::endl;
        return ExitUsage;
    }
    const int minutes = atOnce ? rebindsql::kAtOnce : at.hour() * 60 + at.minute();
    return done(io, rebindsql::setRebindAt(service->store(), minutes),
        atOnce ? CliText::tr("rebindings apply at once") : CliText::tr("rebindings apply at %1 (China time)")
                                                              .arg(at.toString(QStringLiteral("HH:mm"))));
}

int runSessionRules(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(),
        valueOption(QStringLiteral("unbooked-hours"),
            CliText::tr("Hours a registration may stay without a subject before it is deleted (24; 12 in some provinces).")),
        valueOption(QStringLiteral("oral-needs-written-paid"),
            CliText::tr("yes: an oral test can be booked only once its written subject is paid; no: booked is enough (the default).")) });
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args,
            CliText::tr("Set the exam sessions' candidate rules that vary by province, and print them."), {}, io, service);
        code >= 0)
        return code;
    CentralStore &store = service->store();
    if (parser.isSet(QStringLiteral("unbooked-hours"))) {
        bool ok = false;
        const int hours = parser.value(QStringLiteral("unbooked-hours")).toInt(&ok);
        if (!ok || hours < 1 || hours > 240) {
            io.err << CliText::tr("--unbooked-hours must be a number of hours from 1 to 240") << Qt::endl;
            return ExitUsage;
        }
        if (auto r = timedrulessql::setUnbookedHours(store, hours); !r)
            return fail(io, r.error());
    }
    if (parser.isSet(QStringLiteral("oral-needs-written-paid"))) {
        const QString v = parser.value(QStringLiteral("oral-needs-written-paid")).trimmed().toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no")) {
            io.err << CliText::tr("--oral-needs-written-paid takes yes or no") << Qt::endl;
            return ExitUsage;
        }
        if (auto r = timedrulessql::setOralNeedsWrittenPaid(store, v == QLatin1String("yes")); !r)
            return fail(io, r.error());
    }
    const QDateTime now = service->now();
    auto hours = timedrulessql::unbookedHours(store, now);
    auto paidFirst = timedrulessql::oralNeedsWrittenPaid(store, now);
    if (!hours)
        return fail(io, hours.error());
    if (!paidFirst)
        return fail(io, paidFirst.error());
    io.out << CliText::tr("registrations without a subject are deleted after %1 hours").arg(hours.value()) << "\n"
           << (paidFirst.value() ? CliText::tr("an oral test needs its written subject paid")
                                 : CliText::tr("an oral test needs its written subject booked"))
           << Qt::endl;
    return ExitOk;
}

} // namespace cet::central::cli
