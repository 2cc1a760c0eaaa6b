#include "NoticesCommand.h"

#include "Database.h"
#include "NoticeService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cet {

namespace {

const QString kTitle = QStringLiteral("title");
const QString kBody = QStringLiteral("body");
const QString kBodyFile = QStringLiteral("body-file");
const QString kShownFrom = QStringLiteral("shown-from");

QString stateOf(const Notice &n)
{
    if (n.conflict)
        return QStringLiteral("conflict");
    if (n.pending)
        return QStringLiteral("pending");
    return n.serverVersion > 0 ? QStringLiteral("synced") : QStringLiteral("local");
}

int list(const CliContext &context, NoticeService &service, bool json)
{
    auto notices = service.list();
    if (!notices) {
        context.err << notices.error().message << Qt::endl;
        return ExitDatabase;
    }
    if (json) {
        QJsonArray a;
        for (const Notice &n : notices.value()) {
            QJsonObject o = n.text.toJson();
            o.insert(QStringLiteral("code"), n.code);
            o.insert(QStringLiteral("version"), n.serverVersion);
            o.insert(QStringLiteral("state"), stateOf(n));
            a.append(o);
        }
        context.out << QString::fromUtf8(QJsonDocument(QJsonObject{ { QStringLiteral("notices"), a } })
                                             .toJson(QJsonDocument::Compact))
                    << Qt::endl;
        return ExitOk;
    }
    if (notices.value().isEmpty())
        context.out << NoticesCommand::tr("No notices.") << Qt::endl;
    for (const Notice &n : notices.value()) {
        context.out << NoticesCommand::tr("%1  %2  shown from %3  (%4, %5 characters)")
                           .arg(n.code, n.text.title, n.text.shownFrom.toString(Qt::ISODate), stateOf(n))
                           .arg(NoticeService::length(n.text.body))
                    << Qt::endl;
    }
    return ExitOk;
}

int set(const CliContext &context, NoticeService &service, const QCommandLineParser &parser, const QString &code)
{
    NoticeText text;
    auto current = service.find(code);
    if (!current) {
        context.err << current.error().message << Qt::endl;
        return ExitDatabase;
    }
    if (current.value())
        text = current.value()->text;
    if (parser.isSet(kTitle))
        text.title = parser.value(kTitle);
    if (parser.isSet(kBody) && parser.isSet(kBodyFile)) {
        context.err << NoticesCommand::tr("Give either --body or --body-file, not both.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(kBody))
        text.body = parser.value(kBody);
    if (parser.isSet(kBodyFile)) {
        QFile f(parser.value(kBodyFile));
        if (!f.open(QIODevice::ReadOnly)) {
            context.err << NoticesCommand::tr("Can not read %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
            return ExitUnreadable;
        }
        text.body = QString::fromUtf8(f.readAll());
        while (text.body.endsWith(u'\n') || text.body.endsWith(u'\r'))
            text.body.chop(1);
    }
    if (parser.isSet(kShownFrom)) {
        text.shownFrom = QDate::fromString(parser.value(kShownFrom), Qt::ISODate);
        if (!text.shownFrom.isValid()) {
            context.err << NoticesCommand::tr("--shown-from takes a date as YYYY-MM-DD.") << Qt::endl;
            return ExitUsage;
        }
    } else if (!text.shownFrom.isValid()) {
        text.shownFrom = QDate::currentDate();
    }
    auto saved = service.saveAndWait(code, text);
    if (!saved) {
        context.err << saved.error().message << Qt::endl;
        return saved.error().code.startsWith(u"store.") ? ExitDatabase : ExitUsage;
    }
    context.out << (saved.value() ? NoticesCommand::tr("Notice %1 saved; the next sync sends it.").arg(code)
                                  : NoticesCommand::tr("Notice %1 unchanged.").arg(code))
                << Qt::endl;
    return ExitOk;
}

} // namespace

QString NoticesCommand::help()
{
    return tr("\nSchool notices:\n"
              "  notices list         The notices of this desktop (--json).\n"
              "  notices set CODE     Set the notice of the school or campus CODE (--title, --body or\n"
              "                       --body-file, --shown-from YYYY-MM-DD); the next sync sends it.\n");
}

void NoticesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ kTitle, tr("notices set: the title."), QStringLiteral("text") });
    parser.addOption({ kBody, tr("notices set: the text."), QStringLiteral("text") });
    parser.addOption({ kBodyFile, tr("notices set: read the text from <file> (UTF-8)."), QStringLiteral("file") });
    parser.addOption({ kShownFrom, tr("notices set: show the notice from <date> on (default: today)."),
                       QStringLiteral("YYYY-MM-DD") });
}

int NoticesCommand::run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json)
{
    const bool isList = args.size() == 1 && args.at(0) == u"list";
    const bool isSet = args.size() == 2 && args.at(0) == u"set";
    if (!isList && !isSet) {
        context.err << tr("Use \"notices list\" or \"notices set CODE\".") << Qt::endl;
        return ExitUsage;
    }
    auto db = Database::open(context.databasePath);
    if (!db) {
        context.err << db.error().message << Qt::endl;
        return ExitDatabase;
    }
    NoticeService service(*db.value());
    return isList ? list(context, service, json) : set(context, service, parser, args.at(1));
}

} // namespace cet
