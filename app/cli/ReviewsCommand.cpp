#include "ReviewsCommand.h"

#include "Database.h"
#include "ReviewService.h"
#include "Wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cet {

namespace {

const QString kState = QStringLiteral("state");
const QString kPass = QStringLiteral("pass");
const QString kFail = QStringLiteral("fail");
const QString kReason = QStringLiteral("reason");

void printJson(const CliContext &context, const QJsonObject &o)
{
    context.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(protocol::toWireTime(t)) : QJsonValue();
}

QJsonObject rowJson(const ReviewRow &r)
{
    return { { QStringLiteral("id"), r.key },
             { QStringLiteral("state"), r.state },
             { QStringLiteral("local_decision"), r.decidedHere() ? QJsonValue(r.localDecision) : QJsonValue() },
             { QStringLiteral("local_reason"), r.decidedHere() ? QJsonValue(r.localReason) : QJsonValue() },
             { QStringLiteral("local_error"), r.localError.isEmpty() ? QJsonValue() : QJsonValue(r.localError) },
             { QStringLiteral("name"), r.name },
             { QStringLiteral("id_number"), r.idNumber },
             { QStringLiteral("typed_id_number"), r.typedIdNumber },
             { QStringLiteral("cet4_ticket"), r.ticket },
             { QStringLiteral("campus_code"), r.campusCode },
             { QStringLiteral("department"), r.department },
             { QStringLiteral("submitted_at"), timeValue(r.submittedAt) },
             { QStringLiteral("decided_by"), r.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(r.decidedBy) },
             { QStringLiteral("filed_by"), r.filedBy.isEmpty() ? QJsonValue() : QJsonValue(r.filedBy) },
             { QStringLiteral("resubmissions"), r.resubmissions },
             { QStringLiteral("disputes"), r.disputes } };
}

int list(const CliContext &context, ReviewService &service, const QCommandLineParser &parser, bool json)
{
    ReviewFilter filter;
    filter.state = parser.value(kState);
    const QStringList states{ QStringLiteral("pending"), QStringLiteral("passed"), QStringLiteral("failed"),
                              QStringLiteral("filed") };
    if (!filter.state.isEmpty() && !states.contains(filter.state)) {
        context.err << ReviewsCommand::tr("--state is one of: %1.").arg(states.join(QStringLiteral(", "))) << Qt::endl;
        return ExitUsage;
    }
    auto rows = service.queue(filter);
    if (!rows) {
        context.err << rows.error().message << Qt::endl;
        return ExitDatabase;
    }
    if (json) {
        QJsonArray a;
        for (const ReviewRow &r : rows.value())
            a.append(rowJson(r));
        printJson(context, { { QStringLiteral("reviews"), a } });
        return ExitOk;
    }
    if (rows.value().isEmpty())
        context.out << ReviewsCommand::tr("No reviews.") << Qt::endl;
    for (const ReviewRow &r : rows.value()) {
        context.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                           .arg(r.key, ReviewService::stateLabel(ReviewService::shownState(r)), r.name, r.idNumber,
                                r.ticket, r.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    << Qt::endl;
    }
    return ExitOk;
}

int decide(const CliContext &context, ReviewService &service, const QCommandLineParser &parser, const QString &key,
           bool json)
{
    if (parser.isSet(kPass) == parser.isSet(kFail)) {
        context.err << ReviewsCommand::tr("Give either --pass or --fail.") << Qt::endl;
        return ExitUsage;
    }
    const QString decision = parser.isSet(kPass) ? QStringLiteral("pass") : QStringLiteral("fail");
    auto done = service.decideAndWait(key, decision, parser.value(kReason));
    if (!done) {
        if (json)
            printJson(context, { { QStringLiteral("error"), QJsonObject{ { QStringLiteral("code"), done.error().code },
                                                                         { QStringLiteral("message"),
                                                                           done.error().message } } } });
        else
            context.err << done.error().message << Qt::endl;
        if (done.error().code.startsWith(u"store."))
            return ExitDatabase;
        return done.error().code == u"review.reason_required" || done.error().code == u"review.not_found"
            ? ExitUsage
            : ExitRefused;
    }
    if (json) {
        auto row = service.find(key);
        printJson(context, row && row.value() ? QJsonObject{ { QStringLiteral("review"), rowJson(*row.value()) } }
                                              : QJsonObject{});
    } else {
        context.out << (decision == u"pass" ? ReviewsCommand::tr("Review %1 passed; the next sync sends it.").arg(key)
                                            : ReviewsCommand::tr("Review %1 failed; the next sync sends it.").arg(key))
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace

QString ReviewsCommand::help()
{
    return tr("\nCET6 qualification reviews:\n"
              "  reviews list         The school's reviews, pending first (--state pending|passed|failed|filed,\n"
              "                       --json).\n"
              "  reviews decide ID    Pass (--pass) or fail (--fail --reason TEXT) review ID; the next sync\n"
              "                       sends it.\n");
}

void ReviewsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ kState, tr("reviews list: only reviews in <state>."), QStringLiteral("state") });
    parser.addOption({ kPass, tr("reviews decide: pass the review.") });
    parser.addOption({ kFail, tr("reviews decide: fail the review (give --reason).") });
    parser.addOption({ kReason, tr("reviews decide: the reason the candidate reads."), QStringLiteral("text") });
}

int ReviewsCommand::run(const CliContext &context, const QCommandLineParser &parser, const QStringList &args, bool json)
{
    const bool isList = args.size() == 1 && args.at(0) == u"list";
    const bool isDecide = args.size() == 2 && args.at(0) == u"decide";
    if (!isList && !isDecide) {
        context.err << tr("Use \"reviews list\" or \"reviews decide ID --pass|--fail --reason TEXT\".") << Qt::endl;
        return ExitUsage;
    }
    auto db = Database::open(context.databasePath);
    if (!db) {
        context.err << db.error().message << Qt::endl;
        return ExitDatabase;
    }
    ReviewService service(*db.value());
    return isList ? list(context, service, parser, json) : decide(context, service, parser, args.at(1), json);
}

} // namespace cet
