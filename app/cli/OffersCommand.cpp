#include "OffersCommand.h"

#include "CapacityUsage.h"
#include "Capacity.h"
#include "Database.h"
#include "DatabaseWriter.h"
#include "OfferService.h"
#include "Subject.h"
#include "SyncEngine.h"
#include "Wire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cet {

namespace {

const QString kCapacity = QStringLiteral("capacity");
const QString kFee = QStringLiteral("fee");
const QString kOffered = QStringLiteral("offered");
const QString kWindowStart = QStringLiteral("window-start");
const QString kWindowEnd = QStringLiteral("window-end");
const QString kExamAt = QStringLiteral("exam-at");
const QString kOpen = QStringLiteral("open-to-other-schools");
const QString kName = QStringLiteral("name");
const QString kAddress = QStringLiteral("address");

QString stateOf(bool pending, bool conflict, qint64 version)
{
    if (conflict)
        return QStringLiteral("conflict");
    if (pending)
        return QStringLiteral("pending");
    return version > 0 ? QStringLiteral("synced") : QStringLiteral("local");
}

void printJson(const CliContext &context, const QJsonObject &o)
{
    context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

int list(const CliContext &context, OfferService &service, bool json)
{
    auto campuses = service.campuses();
    auto offers = service.offers();
    if (!campuses || !offers) {
        context.err << (!campuses ? campuses.error() : offers.error()).message << Qt::endl;
        return ExitDatabase;
    }
    if (json) {
        QJsonArray c;
        for (const Campus &x : campuses.value()) {
            QJsonObject o = x.info.toJson();
            o.insert(QStringLiteral("version"), x.serverVersion);
            o.insert(QStringLiteral("state"), stateOf(x.pending, x.conflict, x.serverVersion));
            c.append(o);
        }
        QJsonArray a;
        for (const Offer &x : offers.value()) {
            QJsonObject o = offerToJson(x.settings);
            o.insert(QStringLiteral("taken"), x.taken);
            o.insert(QStringLiteral("paid"), x.paid);
            o.insert(QStringLiteral("version"), x.serverVersion);
            o.insert(QStringLiteral("state"), stateOf(x.pending, x.conflict, x.serverVersion));
            a.append(o);
        }
        printJson(context, { { QStringLiteral("campuses"), c }, { QStringLiteral("offers"), a } });
        return ExitOk;
    }
    if (campuses.value().isEmpty() && offers.value().isEmpty())
        context.out << OffersCommand::tr("No campuses or offers.") << Qt::endl;
    for (const Campus &x : campuses.value())
        context.out << OffersCommand::tr("campus %1  %2  %3  (%4)")
                           .arg(x.info.code, x.info.name, x.info.address,
                                stateOf(x.pending, x.conflict, x.serverVersion))
                    << Qt::endl;
    for (const Offer &x : offers.value()) {
        const OfferSettings &s = x.settings;
        context.out << OffersCommand::tr("%1 %2  %3  seats %4 (taken %5, paid %6)  fee %7  window %8 – %9  exam %10"
                                         "%11  (%12)")
                           .arg(s.campusCode, s.subject,
                                s.offered ? OffersCommand::tr("offered") : OffersCommand::tr("not offered"))
                           .arg(s.capacity)
                           .arg(x.taken)
                           .arg(x.paid)
                           .arg(formatFeeYuan(s.feeFen), timeText(s.windowStart), timeText(s.windowEnd),
                                timeText(s.examAt),
                                s.openToOtherSchools ? OffersCommand::tr("  open to other schools") : QString(),
                                stateOf(x.pending, x.conflict, x.serverVersion))
                    << Qt::endl;
    }
    return ExitOk;
}

std::optional<bool> yesNo(const QString &text)
{
    if (text == u"yes")
        return true;
    if (text == u"no")
        return false;
    return std::nullopt;
}

// An ISO 8601 date and time; without an offset it is this computer's local time.
std::optional<QDateTime> isoTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

int set(const CliContext &context, OfferService &service, const QCommandLineParser &parser, const QString &campus,
        const QString &subject, bool json)
{
    auto offers = service.offers();
    if (!offers) {
        context.err << offers.error().message << Qt::endl;
        return ExitDatabase;
    }
    OfferSettings s;
    s.campusCode = campus;
    s.subject = subject;
    for (const Offer &o : offers.value()) {
        if (o.settings.campusCode == campus && o.settings.subject == subject)
            s = o.settings;
    }
    if (parser.isSet(kCapacity)) {
        bool ok = false;
        s.capacity = parser.value(kCapacity).toInt(&ok);
        if (!ok || s.capacity < 0) {
            context.err << OffersCommand::tr("--capacity takes a number of seats (0 or more).") << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(kFee)) {
        auto fen = parseFeeYuan(parser.value(kFee));
        if (!fen) {
            context.err << fen.error().message << Qt::endl;
            return ExitUsage;
        }
        s.feeFen = fen.value();
    }
    for (const auto &[name, target] : { std::pair{ kOffered, &s.offered }, std::pair{ kOpen, &s.openToOtherSchools } }) {
        if (!parser.isSet(name))
            continue;
        const auto v = yesNo(parser.value(name));
        if (!v) {
            context.err << OffersCommand::tr("--%1 takes yes or no.").arg(name) << Qt::endl;
            return ExitUsage;
        }
        *target = *v;
    }
    for (const auto &[name, target] : { std::pair{ kWindowStart, &s.windowStart }, std::pair{ kWindowEnd, &s.windowEnd },
                                        std::pair{ kExamAt, &s.examAt } }) {
        if (!parser.isSet(name))
            continue;
        const auto t = isoTime(parser.value(name));
        if (!t) {
            context.err << OffersCommand::tr("--%1 takes a date and time as ISO 8601, e.g. 2026-03-01T08:00:00+08:00.")
                               .arg(name)
                        << Qt::endl;
            return ExitUsage;
        }
        *target = *t;
    }
    auto saved = service.setOffersAndWait({ s });
    if (!saved) {
        if (json)
            printJson(context, { { QStringLiteral("error"), saved.error().code },
                                 { QStringLiteral("message"), saved.error().message } });
        context.err << saved.error().message << Qt::endl;
        return saved.error().code.startsWith(u"store.") ? ExitDatabase : ExitUsage;
    }
    if (json) {
        QJsonObject o = offerToJson(s);
        o.insert(QStringLiteral("changed"), saved.value() > 0);
        printJson(context, o);
    } else {
        context.out << (saved.value() > 0 ? OffersCommand::tr("Offer %1 saved; the next sync sends it.")
                                          : OffersCommand::tr("Offer %1 unchanged."))
                           .arg(offerKey(campus, subject))
                    << Qt::endl;
    }
    return ExitOk;
}

int campus(const CliContext &context, OfferService &service, const QCommandLineParser &parser, const QString &code)
{
    CampusInfo info{ code, parser.value(kName), parser.value(kAddress) };
    auto campuses = service.campuses();
    if (!campuses) {
        context.err << campuses.error().message << Qt::endl;
        return ExitDatabase;
    }
    for (const Campus &c : campuses.value()) {
        if (c.info.code == code) {
            info.name = parser.isSet(kName) ? info.name : c.info.name;
            info.address = parser.isSet(kAddress) ? info.address : c.info.address;
        }
    }
    auto saved = service.saveCampusAndWait(info);
    if (!saved) {
        context.err << saved.error().message << Qt::endl;
        return saved.error().code.startsWith(u"store.") ? ExitDatabase : ExitUsage;
    }
    context.out << (saved.value() ? OffersCommand::tr("Campus %1 saved; the next sync sends it.")
                                  : OffersCommand::tr("Campus %1 unchanged."))
                       .arg(code)
                << Qt::endl;
    return ExitOk;
}

QString readPassword()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace

QString OffersCommand::help()
{
    return tr("\nCampuses, offers and capacity:\n"
              "  offers list          Campuses and offers of this desktop, with seats taken (--json).\n"
              "  offers campus CODE   Add or change campus CODE (--name, --address).\n"
              "  offers set CAMPUS SUBJECT\n"
              "                       Set an offer (--capacity N, --fee YUAN, --offered yes|no,\n"
              "                       --window-start ISO, --window-end ISO, --exam-at ISO,\n"
              "                       --open-to-other-schools yes|no); the next sync sends it.\n"
              "  offers export FILE.xlsx\n"
              "                       The configuration, the seats as last synced and the bookings per hour\n"
              "                       as an XLSX workbook.\n"
              "  capacity             Seats, taken, paid and remaining now, from the server (--json).\n");
}

void OffersCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ kCapacity, tr("offers set: the number of seats."), QStringLiteral("N") });
    parser.addOption({ kFee, tr("offers set: the fee in yuan, e.g. 30 or 30.50."), QStringLiteral("YUAN") });
    parser.addOption({ kOffered, tr("offers set: whether the subject is offered."), QStringLiteral("yes|no") });
    parser.addOption({ kWindowStart, tr("offers set: when registration opens (ISO 8601)."), QStringLiteral("ISO") });
    parser.addOption({ kWindowEnd, tr("offers set: when registration closes (ISO 8601)."), QStringLiteral("ISO") });
    parser.addOption({ kExamAt, tr("offers set: the exam's date and time (ISO 8601)."), QStringLiteral("ISO") });
    parser.addOption({ kOpen, tr("offers set: whether candidates of other schools may book (oral)."),
                       QStringLiteral("yes|no") });
    parser.addOption({ kName, tr("offers campus: the campus's name."), QStringLiteral("text") });
    parser.addOption({ kAddress, tr("offers campus: the campus's address."), QStringLiteral("text") });
}

int OffersCommand::run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json)
{
    const bool isList = args.size() == 1 && args.at(0) == u"list";
    const bool isSet = args.size() == 3 && args.at(0) == u"set";
    const bool isCampus = args.size() == 2 && args.at(0) == u"campus";
    const bool isExport = args.size() == 2 && args.at(0) == u"export";
    if (!isList && !isSet && !isCampus && !isExport) {
        context.err << tr("Use \"offers list\", \"offers campus CODE\", \"offers set CAMPUS SUBJECT\" or "
                          "\"offers export FILE.xlsx\".")
                    << Qt::endl;
        return ExitUsage;
    }
    auto db = Database::open(context.databasePath);
    if (!db) {
        context.err << db.error().message << Qt::endl;
        return ExitDatabase;
    }
    OfferService service(*db.value());
    if (isList)
        return list(context, service, json);
    if (isCampus)
        return campus(context, service, parser, args.at(1));
    if (isExport) {
        auto written = service.exportXlsx(args.at(1));
        if (!written) {
            context.err << written.error().message << Qt::endl;
            return ExitDatabase;
        }
        context.out << tr("%n row(s) written to %1.", nullptr, int(written.value())).arg(args.at(1)) << Qt::endl;
        return ExitOk;
    }
    return set(context, service, parser, args.at(1), args.at(2), json);
}

int OffersCommand::capacity(const CliContext &context, const QCommandLineParser &parser, bool json)
{
    const QString server = parser.value(QStringLiteral("server"));
    const QString user = parser.value(QStringLiteral("user"));
    if (!server.isEmpty() && (user.isEmpty() || !parser.isSet(QStringLiteral("password-stdin")))) {
        context.err << tr("--server needs --user and --password-stdin.") << Qt::endl;
        return ExitUsage;
    }
    SyncEngine engine(DatabaseWriter::forPath(context.databasePath));
    if (parser.isSet(QStringLiteral("ca-file"))) {
        if (auto r = engine.http().setCaFile(parser.value(QStringLiteral("ca-file"))); !r) {
            context.err << r.error().message << Qt::endl;
            return ExitUsage;
        }
    }
    auto account = server.isEmpty() ? engine.resume() : engine.signIn(server, user, readPassword());
    if (!account) {
        context.err << account.error().message << Qt::endl;
        if (account.error().code == u"sync.sign_in_needed")
            context.err << tr("Sign in with: cetdesk-cli capacity --server URL --user NAME --password-stdin") << Qt::endl;
        return ExitDatabase;
    }
    auto usage = fetchCapacityUsage(engine.http());
    if (!usage) {
        context.err << usage.error().message << Qt::endl;
        return ExitDatabase;
    }
    if (json) {
        QJsonObject o = usage.value().toJson();
        QJsonArray offers = o.value(QStringLiteral("offers")).toArray();
        for (qsizetype i = 0; i < offers.size(); ++i) {
            QJsonObject x = offers.at(i).toObject();
            const OfferUsage &u = usage.value().offers.at(i);
            x.insert(QStringLiteral("remaining"), remainingSeats(u.capacity, u.taken));
            static const char *const kColours[] = { "green", "yellow", "red" };
            x.insert(QStringLiteral("colour"), QLatin1String(kColours[int(capacityColour(u.capacity, u.taken))]));
            offers[i] = x;
        }
        o.insert(QStringLiteral("offers"), offers);
        printJson(context, o);
        return ExitOk;
    }
    for (const OfferUsage &u : usage.value().offers)
        context.out << tr("%1 %2  seats %3  taken %4  paid %5  remaining %6")
                           .arg(u.campusCode, u.subject)
                           .arg(u.capacity)
                           .arg(u.taken)
                           .arg(u.paid)
                           .arg(capacityDisplayText(u.capacity, u.taken))
                    << Qt::endl;
    return ExitOk;
}

} // namespace cet
