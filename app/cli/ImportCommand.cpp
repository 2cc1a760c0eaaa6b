#include "ImportCommand.h"

#include "CancelOnSigint.h"
#include "ConsoleJob.h"
#include "Database.h"
#include "ImportCommitJob.h"
#include "ImportJson.h"
#include "ImportMapping.h"
#include "ImportReportWriter.h"
#include "ImportRun.h"
#include "ImportSummary.h"
#include "Logging.h"
#include "RejectedRowsWriter.h"

#include <QFileInfo>

namespace cet {

namespace {

constexpr int PreviewRows = 50;

struct Failure
{
    int exitCode = ExitUnreadable;
    Error error;
};

Failure usage(const QString &message)
{
    return {ExitUsage, Error{u"cli.usage"_qs, message, {}}};
}

// The exit code for an error of the import service or the store.
int exitCodeFor(const Error &error)
{
    if (error.code == u"import.cancelled")
        return ExitCancelled;
    if (error.code == u"import.has_rejected")
        return ExitRejected;
    if (error.code.startsWith(u"store.") || error.code == u"import.stale_plan" || error.code == u"import.spool"
        || error.code == u"export.write_failed")
        return ExitDatabase;
    return ExitUnreadable; // file.*, csv.*, xlsx.*, import.limit_*, import.header_missing, …
}

std::optional<QChar> separatorFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"," || n == u"comma")
        return u',';
    if (n == u";" || n == u"semicolon")
        return u';';
    if (n == u"\t" || n == u"\\t" || n == u"tab")
        return u'\t';
    if (n == u"|" || n == u"pipe")
        return u'|';
    return std::nullopt;
}

// --encoding, --separator and --sheet as TableOptions. A sheet name, or a number beyond the
// workbook's sheets, needs the file's sheet list.
std::variant<TableOptions, Failure> tableOptions(const ImportCommandOptions &o)
{
    TableOptions table;
    if (!o.encoding.isEmpty()) {
        table.encoding = textEncodingFromName(o.encoding);
        if (!table.encoding)
            return usage(ImportCommand::tr("Unknown encoding \"%1\". Use UTF-8, GBK (GB18030), UTF-16LE or UTF-16BE.")
                             .arg(o.encoding));
    }
    if (!o.separator.isEmpty()) {
        table.separator = separatorFromName(o.separator);
        if (!table.separator)
            return usage(ImportCommand::tr("Unknown separator \"%1\". Use \",\", \";\", \"|\" or \"tab\".").arg(o.separator));
    }
    if (o.sheet.isEmpty())
        return table;
    const auto format = TableFiles::detect(o.file, table);
    if (!format)
        return Failure{exitCodeFor(format.error()), format.error()};
    const QStringList sheets = format.value().sheetNames;
    if (format.value().kind != TableKind::Xlsx)
        return usage(ImportCommand::tr("--sheet applies to XLSX files only; \"%1\" is a text file.")
                         .arg(QFileInfo(o.file).fileName()));
    bool isNumber = false;
    const int number = o.sheet.toInt(&isNumber);
    table.sheet = isNumber ? number - 1 : int(sheets.indexOf(o.sheet));
    if (table.sheet < 0 || table.sheet >= sheets.size())
        return usage(ImportCommand::tr("\"%1\" has no sheet %2. Its sheets are: %3 (give a number from 1 to %4 or a name).")
                         .arg(QFileInfo(o.file).fileName(), o.sheet, sheets.join(QStringLiteral(", ")))
                         .arg(sheets.size()));
    return table;
}

// How to name a column the importer did not recognise, with an example from the file.
QString mapHint(const ColumnMapping &mapping, StudentField field)
{
    QString column = u"C"_qs;
    for (qsizetype i = 0; i < mapping.headers.size(); ++i) {
        if (!mapping.fields.value(i)) {
            const QString header = mapping.headers.at(i).trimmed();
            const bool plain = !header.isEmpty() && !header.contains(u' ') && !header.contains(u'"');
            column = plain ? header : ImportMapping::columnLetter(i);
            break;
        }
    }
    return ImportCommand::tr("If the file has the column under another header, name it with --map FIELD=COLUMN "
                             "(COLUMN: the header, the column number or the column letter), for example "
                             "--map %1=%2.")
        .arg(studentFieldKey(field), column);
}

// The file's first rows, header and mapping: the remembered profile for these headers, then
// the --map choices on top.
std::variant<ImportPreview, Failure> previewFor(const ImportCommandOptions &o, const TableOptions &table,
                                                ImportRun &run)
{
    auto preview = StudentImport::preview(o.file, table, PreviewRows);
    if (!preview)
        return Failure{exitCodeFor(preview.error()), preview.error()};
    const QString name = QFileInfo(o.file).fileName();
    if (preview.value().header.rowIndex < 0)
        return Failure{ExitUnreadable,
                       Error{u"import.header_missing"_qs,
                             ImportCommand::tr("\"%1\" is not a student file: none of its first rows names at least two "
                                               "student columns (姓名, 证件号码, 学号, …).")
                                 .arg(name),
                             {}}};
    ColumnMapping &mapping = preview.value().request.mapping;
    run.profile = preview.value().profile;
    auto choices = ImportMapping::applyChoices(mapping, o.map);
    if (!choices)
        return Failure{ExitUsage, choices.error()};
    run.choices = choices.value();
    const QList<StudentField> missing = mapping.missingRequired();
    if (!missing.isEmpty())
        return Failure{ExitUnreadable,
                       Error{u"import.mapping_incomplete"_qs,
                             ImportCommand::tr("\"%1\" is not a complete student file (header on line %2):")
                                     .arg(name)
                                     .arg(preview.value().header.line)
                                 + u'\n' + ColumnGuess::missingMessages(mapping).join(u'\n') + u'\n'
                                 + mapHint(mapping, missing.first()),
                             {}}};
    return std::move(preview.value());
}

// A step's outcome as a failure of the command (none when it is done).
std::optional<Failure> failureOf(const JobOutcome &outcome)
{
    if (outcome.isDone())
        return std::nullopt;
    if (outcome.isCancelled())
        return Failure{ExitCancelled, outcome.error};
    return Failure{exitCodeFor(outcome.error), outcome.error};
}

// Runs the import up to the commit; fills `run` as far as it got.
std::optional<Failure> runImport(const CliContext &c, const ImportCommandOptions &o, ImportRun &run)
{
    const auto table = tableOptions(o);
    if (const auto *failure = std::get_if<Failure>(&table))
        return *failure;
    ConsoleJob console(c.err);
    ImportProgress &cancel = console.cancelFlag();
    const auto preview = previewFor(o, std::get<TableOptions>(table), run);
    if (const auto *failure = std::get_if<Failure>(&preview))
        return *failure;

    auto db = Database::open(c.databasePath);
    if (!db)
        return Failure{ExitDatabase, db.error()};
    CancelOnSigint::raiseIfAsked("analyse");
    const ImportRequest &request = std::get<ImportPreview>(preview).request;
    // A connection belongs to the thread that opened it: the analysis opens its own.
    FunctionJob analyse(
        [&](JobControl &control) {
            auto reader = Database::open(c.databasePath);
            if (!reader)
                return JobOutcome::failed(reader.error());
            return Job::outcomeOf(StudentImport::analyse(*reader.value(), request, control.counters()), control);
        },
        ImportCommand::tr("Checking every row of \"%1\"…").arg(QFileInfo(request.path).fileName()));
    const JobOutcome analysed = console.run(analyse);
    if (auto failure = failureOf(analysed))
        return failure;
    run.analysis = *analysed.resultAs<std::shared_ptr<ImportAnalysis>>();

    if (!o.reportPath.isEmpty()) {
        if (auto written = ImportReportWriter::write(*db.value(), *run.analysis, o.reportPath, &cancel); !written)
            return Failure{exitCodeFor(written.error()), written.error()};
    }
    if (!o.rejectedPath.isEmpty()) {
        if (auto written = RejectedRowsWriter::write(*run.analysis, o.rejectedPath, &cancel); !written)
            return Failure{exitCodeFor(written.error()), written.error()};
    }
    if (o.dryRun)
        return std::nullopt;

    ImportOptions options;
    options.mode = o.allOrNothing ? ImportMode::AllOrNothing : ImportMode::ValidRows;
    options.deleteMissing = o.deleteMissing;
    CancelOnSigint::raiseIfAsked("commit");
    // Through the database's one writer, as the wizard does.
    ImportCommitJob commit(DatabaseWriter::forPath(c.databasePath), run.analysis, options, o.actor);
    const JobOutcome committed = console.run(commit);
    if (auto failure = failureOf(committed))
        return failure;
    run.outcome = *committed.resultAs<ImportOutcome>();
    return std::nullopt;
}

} // namespace

int ImportCommand::run(const CliContext &c, const ImportCommandOptions &o)
{
    ImportRun run;
    run.file = o.file;
    run.dryRun = o.dryRun;
    run.deleteMissing = o.deleteMissing;
    const std::optional<Failure> failure = runImport(c, o, run);
    if (failure) {
        run.error = failure->error;
        qCInfo(lcImport) << "import of" << o.file << "failed:" << failure->error.code << failure->error.detail;
    }

    if (o.json) {
        if (auto written = writeImportJson(c.out, run); !written)
            c.err << written.error().message << Qt::endl;
    } else if (run.analysis) {
        ImportSummary::print(c.out, run);
    }
    if (failure) {
        c.err << failure->error.message << Qt::endl;
        return failure->exitCode;
    }
    return run.analysis->rejected > 0 ? ExitRejected : ExitOk;
}

} // namespace cet
