#include "ImportReportWriter.h"

#include "ImportOutputFile.h"
#include "Logging.h"
#include "StudentImport.h"

#include <QFile>

#include <algorithm>
#include <climits>

namespace cet {

namespace {

using importoutput::fileText;
using importoutput::writeFailed;

constexpr int ChangeWindow = 500;
constexpr qsizetype CancelCheckRows = 1000;
constexpr int MaxLinesListed = 20; // first line numbers of a group on the summary sheet

// Writes the rows of one sheet in order (constant-memory mode needs that); remembers a failure.
class SheetWriter
{
public:
    SheetWriter(lxw_workbook *workbook, const QString &name, lxw_format *text)
        : m_sheet(workbook_add_worksheet(workbook, importoutput::sheetName(name).constData())), m_text(text)
    {
        m_ok = m_sheet != nullptr;
    }

    void columns(const QList<double> &widths)
    {
        for (qsizetype c = 0; c < widths.size() && m_ok; ++c)
            worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), m_text);
    }
    void freezeHeader() { worksheet_freeze_panes(m_sheet, 1, 0); }

    void row(const QStringList &cells, lxw_format *format = nullptr)
    {
        for (qsizetype c = 0; c < cells.size() && m_ok; ++c) {
            if (cells.at(c).isEmpty())
                continue;
            const QByteArray utf8 = cells.at(c).toUtf8();
            m_ok = worksheet_write_string(m_sheet, m_row, lxw_col_t(c), utf8.constData(), format ? format : m_text)
                == LXW_NO_ERROR;
        }
        ++m_row;
    }
    // A label and a count (a number cell, so that it can be summed).
    void count(const QString &label, qint64 n)
    {
        const QByteArray utf8 = label.toUtf8();
        m_ok = m_ok && worksheet_write_string(m_sheet, m_row, 0, utf8.constData(), m_text) == LXW_NO_ERROR
            && worksheet_write_number(m_sheet, m_row, 1, double(n), nullptr) == LXW_NO_ERROR;
        ++m_row;
    }
    void blank() { ++m_row; }
    bool ok() const { return m_ok; }

private:
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_text = nullptr;
    lxw_row_t m_row = 0;
    bool m_ok = false;
};

struct Formats
{
    lxw_format *text = nullptr;
    lxw_format *header = nullptr;
    lxw_format *title = nullptr;
};

QString severityText(FieldIssue::Severity severity)
{
    return severity == FieldIssue::Severity::Error ? cet::ImportReportWriter::tr("Error") : cet::ImportReportWriter::tr("Warning");
}

QString formatText(const ImportAnalysis &a)
{
    const TableFormat &f = a.request.format;
    if (f.kind == TableKind::Xlsx)
        return cet::ImportReportWriter::tr("XLSX, sheet \"%1\"").arg(f.sheetNames.value(f.sheet));
    const QString separator = f.separator == u'\t' ? cet::ImportReportWriter::tr("tab") : QString(f.separator);
    return cet::ImportReportWriter::tr("Text, %1, separator %2").arg(textEncodingName(f.encoding), separator);
}

QString linesText(const QList<qint64> &lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < MaxLinesListed; ++i)
        shown.append(QString::number(lines.at(i)));
    if (lines.size() > MaxLinesListed)
        shown.append(cet::ImportReportWriter::tr("… (%1 more)").arg(lines.size() - MaxLinesListed));
    return shown.join(QStringLiteral(", "));
}

void writeSummary(SheetWriter &s, const Formats &f, const ImportAnalysis &a)
{
    s.columns({34, 18, 24, 10, 40, 60});
    s.row({cet::ImportReportWriter::tr("Import report")}, f.title);
    s.blank();
    const auto pair = [&](const QString &key, const QString &value) { s.row({key, value}); };
    const auto count = [&](const QString &key, qint64 n) { s.count(key, n); };
    pair(cet::ImportReportWriter::tr("File"), a.fileName);
    pair(cet::ImportReportWriter::tr("SHA-256"), a.fileSha256);
    pair(cet::ImportReportWriter::tr("Format"), formatText(a));
    count(cet::ImportReportWriter::tr("Header row"), a.request.headerLine);
    count(cet::ImportReportWriter::tr("Rows read"), a.rowsRead);
    count(cet::ImportReportWriter::tr("New"), a.inserts);
    count(cet::ImportReportWriter::tr("Changed"), a.updates);
    count(cet::ImportReportWriter::tr("Unchanged"), a.unchanged);
    count(cet::ImportReportWriter::tr("Rejected"), a.rejected);
    count(cet::ImportReportWriter::tr("In the database but not in the file"), a.missingIds.size());
    count(cet::ImportReportWriter::tr("Skipped rows (blank, totals, notes)"), a.report.skippedRows());
    s.blank();
    s.row({cet::ImportReportWriter::tr("Rule"), cet::ImportReportWriter::tr("Severity"), cet::ImportReportWriter::tr("Code"), cet::ImportReportWriter::tr("Rows"), cet::ImportReportWriter::tr("Lines"), cet::ImportReportWriter::tr("Suggested fix")},
          f.header);
    const QList<ReportGroup> groups = a.report.groups();
    for (const ReportGroup &g : groups)
        s.row({g.title, severityText(g.severity), g.code, QString::number(g.count), linesText(g.lines), g.suggestion});
    if (groups.isEmpty())
        s.row({cet::ImportReportWriter::tr("No problems found.")});
    const QStringList normalised = a.report.normalisationMessages();
    if (!normalised.isEmpty()) {
        s.blank();
        s.row({cet::ImportReportWriter::tr("Corrected automatically")}, f.header);
        for (const QString &message : normalised)
            s.row({message});
    }
}

bool writeProblems(SheetWriter &s, const Formats &f, const ImportAnalysis &a, ImportProgress *progress)
{
    s.columns({8, 14, 10, 28, 70, 28});
    s.freezeHeader();
    s.row({cet::ImportReportWriter::tr("Line"), cet::ImportReportWriter::tr("Field"), cet::ImportReportWriter::tr("Severity"), cet::ImportReportWriter::tr("Code"), cet::ImportReportWriter::tr("Message"), cet::ImportReportWriter::tr("Value")}, f.header);
    qsizetype n = 0;
    for (const RowProblem &p : a.report.problems()) {
        if (progress && ++n % CancelCheckRows == 0 && progress->cancelRequested.load())
            return false;
        s.row({QString::number(p.line), p.field ? studentFieldLabel(*p.field) : QString(), severityText(p.severity),
               p.code, p.message, p.value});
    }
    if (a.report.truncatedProblems() > 0)
        s.row({QString(), QString(), QString(), QString(),
               cet::ImportReportWriter::tr("%n more problem(s) are counted on the summary sheet but not listed here.",
                                           nullptr, int(std::min<qint64>(a.report.truncatedProblems(), INT_MAX)))});
    return true;
}

const QList<StudentField> &pairFields()
{
    static const QList<StudentField> fields{StudentField::Name,      StudentField::IdType,     StudentField::IdNumber,
                                            StudentField::SchoolCode, StudentField::CampusCode, StudentField::StudentNo,
                                            StudentField::ClassName};
    return fields;
}

void writeDuplicates(SheetWriter &s, const Formats &f, const ImportAnalysis &a)
{
    QStringList head{cet::ImportReportWriter::tr("Code"), cet::ImportReportWriter::tr("Line")};
    QList<double> widths{26, 8};
    const auto addColumn = [&](const QString &title, double width) {
        head.append(title);
        widths.append(width);
    };
    for (const StudentField field : pairFields())
        addColumn(studentFieldLabel(field), field == StudentField::IdType ? 24 : 14);
    addColumn(cet::ImportReportWriter::tr("Other row"), 12);
    for (const StudentField field : pairFields())
        addColumn(cet::ImportReportWriter::tr("Other: %1").arg(studentFieldLabel(field)), field == StudentField::IdType ? 24 : 14);
    s.columns(widths);
    s.freezeHeader();
    s.row(head, f.header);
    for (const DuplicatePair &d : a.report.duplicates()) {
        QStringList cells{d.code, QString::number(d.line)};
        for (const StudentField field : pairFields())
            cells.append(fileText(d.record, field));
        cells.append(d.otherLine > 0 ? QString::number(d.otherLine) : cet::ImportReportWriter::tr("database"));
        for (const StudentField field : pairFields())
            cells.append(fileText(d.other, field));
        s.row(cells);
    }
    if (a.report.truncatedDuplicates() > 0)
        s.row({QString(), QString(),
               cet::ImportReportWriter::tr("%n more pair(s) are not listed.", nullptr,
                                           int(std::min<qint64>(a.report.truncatedDuplicates(), INT_MAX)))});
}

Result<bool> writeChanges(SheetWriter &s, const Formats &f, Database &db, const ImportAnalysis &a,
                          ImportProgress *progress)
{
    s.columns({8, 14, 22, 14, 30, 30});
    s.freezeHeader();
    s.row({cet::ImportReportWriter::tr("Line"), cet::ImportReportWriter::tr("Name"), cet::ImportReportWriter::tr("ID number"), cet::ImportReportWriter::tr("Field"), cet::ImportReportWriter::tr("Before"), cet::ImportReportWriter::tr("After")},
          f.header);
    for (qsizetype offset = 0; offset < a.updates; offset += ChangeWindow) {
        if (progress && progress->cancelRequested.load())
            return false;
        auto window = StudentImport::changedRows(db, a, offset, ChangeWindow);
        if (!window)
            return window.error();
        for (const RowChange &change : std::as_const(window.value())) {
            for (const StudentField field : change.changedFields) {
                s.row({QString::number(change.line), change.after.name, change.after.idNumber, studentFieldLabel(field),
                       fileText(change.before, field), fileText(change.after, field)});
            }
        }
        if (window.value().size() < ChangeWindow)
            break;
    }
    return true;
}

Error cancelled()
{
    return {QStringLiteral("import.cancelled"), cet::ImportReportWriter::tr("Writing the report was cancelled; no file was written."),
            {}};
}

} // namespace

Result<void> ImportReportWriter::write(Database &db, const ImportAnalysis &analysis, const QString &path,
                                       ImportProgress *progress)
{
    if (auto writable = importoutput::checkWritable(path); !writable)
        return writable.error();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // up to ImportReport::MaxProblemDetails problem rows
    const QByteArray part = QFile::encodeName(importoutput::partPath(path));
    lxw_workbook *workbook = workbook_new_opt(part.constData(), &options);
    if (!workbook)
        return writeFailed(path, QStringLiteral("workbook_new_opt failed"));
    Formats f;
    f.text = workbook_add_format(workbook);
    format_set_num_format(f.text, "@");
    format_set_text_wrap(f.text);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xE8EEF7);
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);

    SheetWriter summary(workbook, tr("Summary"), f.text);
    SheetWriter problems(workbook, tr("Problems"), f.text);
    SheetWriter duplicates(workbook, tr("Duplicates"), f.text);
    SheetWriter changes(workbook, tr("Changes"), f.text);
    writeSummary(summary, f, analysis);
    const bool notCancelled = writeProblems(problems, f, analysis, progress);
    if (notCancelled)
        writeDuplicates(duplicates, f, analysis);
    Result<bool> changed = notCancelled ? writeChanges(changes, f, db, analysis, progress) : Result<bool>(false);
    const bool complete = changed.ok() && changed.value();
    const bool ok = summary.ok() && problems.ok() && duplicates.ok() && changes.ok();
    const auto closed = importoutput::closeWorkbook(workbook, path, complete && ok);
    if (!changed)
        return changed.error();
    if (!complete)
        return cancelled();
    if (!ok)
        return writeFailed(path, QStringLiteral("worksheet write failed"));
    if (!closed)
        return closed.error();
    qCInfo(lcImport) << "wrote the import report" << path;
    return {};
}

} // namespace cet
