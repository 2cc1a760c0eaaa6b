#include "RestrictionCommands.h"

#include "CentralService.h"
#include "IdDocument.h"
#include "IdMask.h"
#include "RestrictionList.h"
#include "Wire.h"

namespace cet::central::cli {

namespace {

const QString kActor = QStringLiteral("admin-cli");

candidate::CandidateContext contextOf(CentralService &service)
{
    return candidate::CandidateContext { service.store(), [&service] { return service.now(); } };
}

QList<QCommandLineOption> idOptions()
{
    return { valueOption(QStringLiteral("id-type"), CliText::tr("ID type code (1 居民身份证 … 8).")),
             valueOption(QStringLiteral("id-number"), CliText::tr("ID number.")) };
}

// --id-type as a number; 0 (message printed) when it is not one.
int idTypeValue(const QCommandLineParser &parser, CliIo io)
{
    bool ok = false;
    const int type = parser.value(QStringLiteral("id-type")).toInt(&ok);
    if (ok && idTypeFromCode(type) != IdType::Unknown)
        return type;
    io.err << CliText::tr("--id-type must be an ID type code from 1 to 8") << Qt::endl;
    return 0;
}

int runAdd(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("subjects"),
                                                CliText::tr("Subject codes barred, e.g. 2,S; * for every subject.")),
                        valueOption(QStringLiteral("reason"), CliText::tr("Why (kept in the audit log).")) });
    parser.addOptions(idOptions());
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Put a candidate on the restriction list (or change the entry)."),
                                 { QStringLiteral("id-type"), QStringLiteral("id-number"), QStringLiteral("subjects"),
                                   QStringLiteral("reason") },
                                 io, service);
        code >= 0)
        return code;
    const int type = idTypeValue(parser, io);
    if (type == 0)
        return ExitUsage;
    auto added = candidate::RestrictionList(contextOf(*service))
                     .add(type, parser.value(QStringLiteral("id-number")), parser.value(QStringLiteral("subjects")),
                          parser.value(QStringLiteral("reason")), kActor);
    if (!added)
        return fail(io, added.error());
    io.out << CliText::tr("%1 restricted from %2")
                  .arg(maskIdNumber(idTypeFromCode(type), added.value().idNumber), added.value().subjects)
           << Qt::endl;
    auto booked = candidate::RestrictionList(contextOf(*service)).barredBookings(type, added.value().idNumber);
    if (!booked)
        return fail(io, booked.error());
    for (const auto &b : booked.value()) {
        io.out << (b.paymentState == QLatin1String("paid")
                       ? CliText::tr("already booked and paid, now barred: %1 at campus %2; it stays booked "
                                     "(a refund is handled outside cet-central)")
                       : CliText::tr("already booked, now barred: %1 at campus %2; it can not be paid for and is "
                                     "released 24 hours after booking"))
                      .arg(b.subject, b.campus)
               << Qt::endl;
    }
    return ExitOk;
}

int runRemove(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOptions({ dbOption(), valueOption(QStringLiteral("reason"), CliText::tr("Why (kept in the audit log).")) });
    parser.addOptions(idOptions());
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Take a candidate off the restriction list."),
                                 { QStringLiteral("id-type"), QStringLiteral("id-number"), QStringLiteral("reason") },
                                 io, service);
        code >= 0)
        return code;
    const int type = idTypeValue(parser, io);
    if (type == 0)
        return ExitUsage;
    const QString number = parser.value(QStringLiteral("id-number"));
    if (auto r = candidate::RestrictionList(contextOf(*service)).remove(type, number, parser.value(QStringLiteral("reason")), kActor);
        !r)
        return fail(io, r.error());
    io.out << CliText::tr("%1 is no longer restricted").arg(maskIdNumber(idTypeFromCode(type), number.trimmed().toUpper()))
           << Qt::endl;
    return ExitOk;
}

int runList(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    std::unique_ptr<CentralService> service;
    if (const int code = prepare(parser, args, CliText::tr("Print the restriction list (ID numbers masked)."), {}, io, service);
        code >= 0)
        return code;
    auto entries = candidate::RestrictionList(contextOf(*service)).entries();
    if (!entries)
        return fail(io, entries.error());
    for (const auto &e : entries.value()) {
        io.out << e.idType << "  " << maskIdNumber(idTypeFromCode(e.idType), e.idNumber) << "  " << e.subjects << "  "
               << protocol::toWireTime(e.addedAt) << "  " << e.addedBy << "  " << e.reason << "\n";
    }
    io.out << CliText::tr("%n entry(s)", nullptr, int(entries.value().size())) << Qt::endl;
    return ExitOk;
}

} // namespace

int runRestrictions(const QStringList &args, CliIo io)
{
    const QString verb = args.value(1);
    using Verb = int (*)(const QStringList &, CliIo);
    const QList<QPair<QString, Verb>> verbs = { { QStringLiteral("add"), &runAdd },
                                                { QStringLiteral("remove"), &runRemove },
                                                { QStringLiteral("list"), &runList } };
    for (const auto &v : verbs) {
        if (v.first == verb) {
            QStringList rest = args.mid(2);
            rest.prepend(args.value(0) + QLatin1Char(' ') + verb);
            return v.second(rest, io);
        }
    }
    io.err << CliText::tr("Usage: cet-central restrictions add|remove|list --db URL …") << Qt::endl;
    return verb == QLatin1String("--help") || verb == QLatin1String("-h") ? ExitOk : ExitUsage;
}

} // namespace cet::central::cli
