#include "PhotosCommand.h"

#include "ConsoleJob.h"
#include "PhotoJobs.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace cet {

namespace {

constexpr PhotoStatus kStatuses[] = { PhotoStatus::Matched,  PhotoStatus::NoStudent, PhotoStatus::Ambiguous,
                                      PhotoStatus::Duplicate, PhotoStatus::NotJpeg,  PhotoStatus::WrongSize,
                                      PhotoStatus::TooLarge,  PhotoStatus::Ignored };

int exitCodeOf(const Error &error)
{
    if (error.code.startsWith(u"store."))
        return ExitDatabase;
    return ExitUnreadable;
}

int fail(const CliContext &c, const PhotosCommandOptions &options, const Error &error, bool cancelled = false)
{
    const int code = cancelled ? int(ExitCancelled) : exitCodeOf(error);
    if (options.json) {
        const QJsonObject object{ { QStringLiteral("error"),
                                    QJsonObject{ { QStringLiteral("code"), error.code },
                                                 { QStringLiteral("message"), error.message } } },
                                  { QStringLiteral("exit_code"), code } };
        c.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
    }
    c.err << error.message << Qt::endl;
    return code;
}

QJsonObject itemJson(const PhotoItem &item)
{
    QJsonObject o{ { QStringLiteral("file"), item.entry.name },
                   { QStringLiteral("status"), PhotoImport::statusName(item.status) },
                   { QStringLiteral("code"), item.code },
                   { QStringLiteral("message"), item.message },
                   { QStringLiteral("bytes"), item.entry.size } };
    if (item.width > 0) {
        o.insert(QStringLiteral("width"), item.width);
        o.insert(QStringLiteral("height"), item.height);
    }
    if (item.studentId > 0) {
        o.insert(QStringLiteral("student_id"), item.studentId);
        o.insert(QStringLiteral("student_no"), item.studentNo);
    }
    return o;
}

void printJson(const CliContext &c, const PhotosCommandOptions &options, const PhotoScan &scan,
               const std::optional<PhotoImportOutcome> &outcome, int exitCode)
{
    QJsonObject counts;
    for (PhotoStatus s : kStatuses)
        counts.insert(PhotoImport::statusName(s), scan.count(s));
    QJsonArray problems;
    for (const PhotoItem &item : scan.items) {
        if (item.isProblem())
            problems.append(itemJson(item));
    }
    QJsonObject object{ { QStringLiteral("source"), QDir::toNativeSeparators(scan.sourcePath) },
                        { QStringLiteral("dry_run"), options.dryRun },
                        { QStringLiteral("files"), scan.items.size() },
                        { QStringLiteral("skipped_hidden"), scan.skipped },
                        { QStringLiteral("counts"), counts },
                        { QStringLiteral("to_store"), scan.toStore() },
                        { QStringLiteral("to_replace"), scan.toReplace() },
                        { QStringLiteral("already_stored"), scan.alreadyStored() },
                        { QStringLiteral("problems"), problems },
                        { QStringLiteral("exit_code"), exitCode } };
    if (outcome) {
        object.insert(QStringLiteral("stored"), QJsonObject{ { QStringLiteral("added"), outcome->added },
                                                             { QStringLiteral("replaced"), outcome->replaced },
                                                             { QStringLiteral("unchanged"), outcome->unchanged } });
    } else {
        object.insert(QStringLiteral("stored"), QJsonValue::Null);
    }
    c.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) << Qt::flush;
}

void printText(const CliContext &c, const PhotoScan &scan, const std::optional<PhotoImportOutcome> &outcome)
{
    for (const PhotoItem &item : scan.items) {
        if (item.isProblem())
            c.out << item.entry.name << u'\t' << PhotoImport::statusText(item.status) << u'\t' << item.message
                  << Qt::endl;
    }
    c.out << PhotosCommand::tr("%1: %2 files checked.").arg(QDir::toNativeSeparators(scan.sourcePath))
                 .arg(scan.items.size())
          << Qt::endl;
    for (PhotoStatus s : kStatuses) {
        if (const qint64 n = scan.count(s); n > 0)
            c.out << u"  " << PhotoImport::statusText(s) << u": " << n << Qt::endl;
    }
    if (outcome) {
        c.out << PhotosCommand::tr("Stored %1 photos: %2 new, %3 replaced; %4 were stored already.")
                     .arg(outcome->added + outcome->replaced)
                     .arg(outcome->added)
                     .arg(outcome->replaced)
                     .arg(outcome->unchanged)
              << Qt::endl;
    } else {
        c.out << PhotosCommand::tr("Dry run: nothing was stored. %1 photos would be stored (%2 replacing a "
                                   "photo); %3 are stored already.")
                     .arg(scan.toStore())
                     .arg(scan.toReplace())
                     .arg(scan.alreadyStored())
              << Qt::endl;
    }
}

} // namespace

int PhotosCommand::run(const CliContext &c, const QString &sourcePath, const PhotosCommandOptions &options)
{
    ConsoleJob console(c.err);
    PhotoScanJob scanJob(c.databasePath, sourcePath);
    const JobOutcome scanned = console.run(scanJob);
    if (!scanned.isDone())
        return fail(c, options, scanned.error, scanned.isCancelled());
    const PhotoScan &scan = *scanned.resultAs<PhotoScan>();
    if (scan.count(PhotoStatus::Ignored) == scan.items.size()) {
        return fail(c, options,
                    Error{ QStringLiteral("photos.none"),
                           tr("%1 holds no photo files (.jpg or .jpeg).").arg(QDir::toNativeSeparators(sourcePath)),
                           {} });
    }
    std::optional<PhotoImportOutcome> outcome;
    if (!options.dryRun) {
        // Through the database's one writer, as the desktop's photo dialog does.
        PhotoCommitJob commitJob(DatabaseWriter::forPath(c.databasePath), scan, options.actor);
        const JobOutcome committed = console.run(commitJob);
        if (!committed.isDone())
            return fail(c, options, committed.error, committed.isCancelled());
        outcome = *committed.resultAs<PhotoImportOutcome>();
    }
    const int exitCode = scan.problems() > 0 ? ExitRejected : ExitOk;
    if (options.json)
        printJson(c, options, scan, outcome, exitCode);
    else
        printText(c, scan, outcome);
    return exitCode;
}

} // namespace cet
