#include "ImportSummary.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace cet {

namespace {

constexpr int LinesShown = 10;

// A count for tr()'s plural form (an int).
int clampedCount(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

QString formatText(const TableFormat &f)
{
    if (f.kind == TableKind::Xlsx)
        return ImportSummary::tr("XLSX, sheet %1 \"%2\"").arg(f.sheet + 1).arg(f.sheetNames.value(f.sheet));
    const QString separator = f.separator == u'\t' ? ImportSummary::tr("tab") : u'"' % QString(f.separator) % u'"';
    return ImportSummary::tr("text, %1, separator %2").arg(textEncodingName(f.encoding), separator);
}

QString linesText(const QList<qint64> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < LinesShown; ++i)
        shown.append(QString::number(lines.at(i)));
    QString text = shown.join(QStringLiteral(", "));
    if (lines.size() > LinesShown)
        text += QStringLiteral(", …");
    return text;
}

void printGroups(QTextStream &out, const QList<ReportGroup> &groups, FieldIssue::Severity severity)
{
    bool headed = false;
    for (const ReportGroup &g : groups) {
        if (g.severity != severity)
            continue;
        if (!headed) {
            out << (severity == FieldIssue::Severity::Error ? ImportSummary::tr("Errors (these rows are rejected):")
                                                            : ImportSummary::tr("Warnings (these rows are imported):"))
                << Qt::endl;
            headed = true;
        }
        out << QStringLiteral("  ")
            << ImportSummary::tr("%1 [%2]: %n row(s), line(s) %3", nullptr, clampedCount(g.count))
                   .arg(g.title, g.code, linesText(g.lines))
            << Qt::endl;
        if (!g.suggestion.isEmpty())
            out << QStringLiteral("    ") << g.suggestion << Qt::endl;
    }
}

// Where the column mapping came from: the remembered profile, then each --map.
void printMapping(QTextStream &out, const ImportRun &run)
{
    if (run.profile) {
        const MappingProfile &p = *run.profile;
        const QString when = p.savedAt.isValid()
            ? QLocale().toString(p.savedAt.toLocalTime(), QLocale::ShortFormat) : ImportSummary::tr("an earlier date");
        out << (p.fileName.isEmpty()
                    ? ImportSummary::tr("Columns: the mapping remembered on %1 for these headers.").arg(when)
                    : ImportSummary::tr("Columns: the mapping remembered from the import of \"%1\" (%2), which had "
                                        "the same headers.")
                          .arg(p.fileName, when))
            << Qt::endl;
    }
    const ColumnMapping &mapping = run.analysis->request.mapping;
    for (const MappingChoice &c : run.choices) {
        out << ImportSummary::tr("Columns: --map %1 = column %2 \"%3\".")
                   .arg(studentFieldKey(c.field), ImportMapping::columnLetter(c.column),
                        mapping.headers.value(c.column).trimmed())
            << Qt::endl;
    }
}

} // namespace

void ImportSummary::print(QTextStream &out, const ImportRun &run)
{
    const ImportAnalysis &a = *run.analysis;
    out << tr("%1 (%2), header on line %3").arg(QFileInfo(run.file).fileName(), formatText(a.request.format))
               .arg(a.request.headerLine)
        << Qt::endl;
    printMapping(out, run);
    out << tr("%n row(s) read: %1 new, %2 changed, %3 unchanged, %4 rejected.", nullptr, clampedCount(a.rowsRead))
               .arg(a.inserts)
               .arg(a.updates)
               .arg(a.unchanged)
               .arg(a.rejected)
        << Qt::endl;
    if (a.report.skippedRows() > 0)
        out << tr("%n row(s) skipped (blank, totals, notes or a repeated header).", nullptr,
                  clampedCount(a.report.skippedRows()))
            << Qt::endl;
    if (!a.missingIds.isEmpty()) {
        const int missing = clampedCount(a.missingIds.size());
        out << (run.deleteMissing ? tr("%n student(s) in the database are not in the file; they are deleted.", nullptr, missing)
                                  : tr("%n student(s) in the database are not in the file; they are kept "
                                       "(--delete-missing deletes them).",
                                       nullptr, missing))
            << Qt::endl;
    }
    const QList<ReportGroup> groups = a.report.groups();
    printGroups(out, groups, FieldIssue::Severity::Error);
    printGroups(out, groups, FieldIssue::Severity::Warning);
    for (const QString &message : a.report.normalisationMessages())
        out << message << Qt::endl;

    if (run.outcome) {
        const ImportCommitResult &c = run.outcome->commit;
        out << tr("Imported as batch %1: %2 new, %3 changed, %4 deleted. Undo with \"cetdesk-cli import-undo %1\".")
                   .arg(c.batchId)
                   .arg(c.inserted)
                   .arg(c.updated)
                   .arg(run.outcome->deleted)
            << Qt::endl;
    } else if (run.dryRun) {
        out << tr("Dry run: nothing was written.") << Qt::endl;
    }
}

} // namespace cet
