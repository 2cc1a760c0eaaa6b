#include "ImportHistoryCommand.h"

#include "Database.h"
#include "ImportTemplateWriter.h"
#include "StudentImportRepository.h"
#include "StudentService.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cet {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject entryJson(const ImportHistoryEntry &e)
{
    const ImportBatch &b = e.batch;
    return {{u"batch_id"_qs, b.id},
            {u"file"_qs, b.fileName},
            {u"sha256"_qs, b.fileSha256},
            {u"actor"_qs, b.actor},
            {u"started_at"_qs, timeJson(b.startedAt)},
            {u"finished_at"_qs, timeJson(b.finishedAt)},
            {u"read"_qs, b.rowsRead},
            {u"inserted"_qs, b.rowsInserted},
            {u"updated"_qs, b.rowsUpdated},
            {u"unchanged"_qs, b.rowsUnchanged},
            {u"rejected"_qs, b.rowsRejected},
            {u"deleted"_qs, b.rowsDeleted},
            {u"undone"_qs, e.undone},
            {u"undone_at"_qs, timeJson(e.undoneAt)},
            {u"undone_by"_qs, e.undone ? QJsonValue(e.undoneBy) : QJsonValue(QJsonValue::Null)}};
}

QString entryText(const ImportHistoryEntry &e)
{
    const ImportBatch &b = e.batch;
    const QString when = QLocale().toString(b.startedAt.toLocalTime(), QLocale::ShortFormat);
    QString text = ImportHistoryCommand::tr("%1  %2  %3  %4: %5 new, %6 changed, %7 unchanged, %8 rejected, %9 deleted")
                       .arg(QString::number(b.id), when, b.actor, b.fileName, QString::number(b.rowsInserted),
                            QString::number(b.rowsUpdated), QString::number(b.rowsUnchanged),
                            QString::number(b.rowsRejected), QString::number(b.rowsDeleted));
    if (e.undone)
        text += u"  " % ImportHistoryCommand::tr("(undone by %1 on %2)")
                            .arg(e.undoneBy, QLocale().toString(e.undoneAt.toLocalTime(), QLocale::ShortFormat));
    return text;
}

} // namespace

int ImportHistoryCommand::history(const CliContext &c, bool json)
{
    auto db = Database::open(c.databasePath);
    if (!db) {
        c.err << db.error().message << Qt::endl;
        return ExitDatabase;
    }
    const auto entries = StudentImportRepository(*db.value()).history(100'000);
    if (!entries) {
        c.err << entries.error().message << Qt::endl;
        return ExitDatabase;
    }
    if (json) {
        QJsonArray imports;
        for (const ImportHistoryEntry &e : entries.value())
            imports.append(entryJson(e));
        c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"imports"_qs, imports}}).toJson(QJsonDocument::Compact))
              << Qt::endl;
        return ExitOk;
    }
    if (entries.value().isEmpty())
        c.out << tr("No imports yet.") << Qt::endl;
    for (const ImportHistoryEntry &e : entries.value())
        c.out << entryText(e) << Qt::endl;
    return ExitOk;
}

int ImportHistoryCommand::undo(const CliContext &c, const QString &batchText, const QString &actor)
{
    bool isNumber = false;
    const qint64 batchId = batchText.toLongLong(&isNumber);
    if (!isNumber || batchId <= 0) {
        c.err << tr("\"%1\" is not an import number; \"cetdesk-cli import-history\" lists them.").arg(batchText)
              << Qt::endl;
        return ExitUsage;
    }
    const auto undone = StudentService::forDatabase(c.databasePath).undoImportAndWait(batchId, actor);
    if (!undone) {
        const QString &code = undone.error().code;
        c.err << undone.error().message << Qt::endl;
        if (code == u"import.not_found")
            return ExitUsage;
        return code.startsWith(u"store.") ? ExitDatabase : ExitRefused;
    }
    c.out << tr("Import %1 was undone.").arg(batchId) << Qt::endl;
    return ExitOk;
}

int ImportHistoryCommand::writeTemplate(const CliContext &c, const QString &output)
{
    if (auto written = ImportTemplateWriter::write(output); !written) {
        c.err << written.error().message << Qt::endl;
        return ExitDatabase;
    }
    c.out << tr("The import template was written to %1.").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return ExitOk;
}

} // namespace cet
