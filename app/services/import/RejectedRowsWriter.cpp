#include "RejectedRowsWriter.h"

#include "ImportOutputFile.h"
#include "Logging.h"
#include "RejectedRowSpool.h"
#include "StudentImport.h"

#include <QFile>

#include <algorithm>

namespace cet {

namespace {

using importoutput::partPath;
using importoutput::writeFailed;

constexpr qint64 CancelCheckRows = 256;

Error cancelled()
{
    return {QStringLiteral("import.cancelled"),
            RejectedRowsWriter::tr("Writing the rejected rows was cancelled; no file was written."), {}};
}

// One output row: the added columns first, then the original cells (padded to the header width,
// so that every CSV record has the same number of fields).
QStringList outputCells(const RejectedRowSpool::Entry &entry, qsizetype width)
{
    QStringList cells;
    cells.reserve(2 + std::max(width, entry.row.cells.size()));
    cells.append(QString::number(entry.row.line));
    cells.append(entry.reasons.join(RejectedRowsWriter::reasonSeparator()));
    cells.append(entry.row.cells);
    while (cells.size() < 2 + width)
        cells.append(QString());
    return cells;
}

QStringList headerCells(const ImportAnalysis &analysis)
{
    return QStringList{RejectedRowsWriter::lineHeader(), RejectedRowsWriter::reasonHeader()} + analysis.headerCells;
}

// Visits the rejected rows with progress and cancel; `write` returns false on a write error.
Result<qint64> visit(const ImportAnalysis &analysis, ImportProgress *progress, const QString &path,
                     const std::function<bool(const RejectedRowSpool::Entry &)> &write)
{
    if (progress) {
        progress->done = 0;
        progress->total = analysis.rejectedRows ? analysis.rejectedRows->size() : 0;
    }
    if (!analysis.rejectedRows)
        return qint64(0);
    qint64 written = 0;
    bool wasCancelled = false;
    bool writeError = false;
    const auto visited = analysis.rejectedRows->forEach([&](const RejectedRowSpool::Entry &entry) {
        if (progress && written % CancelCheckRows == 0) {
            progress->done = written;
            if (progress->cancelRequested.load()) {
                wasCancelled = true;
                return false;
            }
        }
        if (!write(entry)) {
            writeError = true;
            return false;
        }
        ++written;
        return true;
    });
    if (!visited)
        return visited.error();
    if (wasCancelled)
        return cancelled();
    if (writeError)
        return writeFailed(path, QStringLiteral("write error"));
    if (progress)
        progress->done = written;
    return written;
}

Result<qint64> writeCsv(const ImportAnalysis &analysis, const QString &path, ImportProgress *progress)
{
    QFile file(partPath(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailed(path, file.errorString());
    const qsizetype width = analysis.headerCells.size();
    const auto put = [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };
    bool ok = put(QByteArrayLiteral("\xEF\xBB\xBF")) && put(importoutput::csvRow(headerCells(analysis)));
    auto rows = ok ? visit(analysis, progress, path,
                           [&](const RejectedRowSpool::Entry &e) { return put(importoutput::csvRow(outputCells(e, width))); })
                   : Result<qint64>(writeFailed(path, file.errorString()));
    ok = rows.ok() && file.flush();
    file.close();
    if (!ok) {
        QFile::remove(file.fileName());
        return rows ? writeFailed(path, file.errorString()) : rows.error();
    }
    if (auto finished = importoutput::finishPart(path); !finished)
        return finished.error();
    return rows;
}

double columnWidth(const QString &header)
{
    // CJK characters are about two columns wide.
    return std::clamp(double(header.toUtf8().size()) * 0.7 + 4, 10.0, 40.0);
}

Result<qint64> writeXlsx(const ImportAnalysis &analysis, const QString &path, ImportProgress *progress)
{
    if (auto writable = importoutput::checkWritable(path); !writable)
        return writable.error();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // a million rejected rows must not all sit in memory
    const QByteArray part = QFile::encodeName(partPath(path));
    lxw_workbook *workbook = workbook_new_opt(part.constData(), &options);
    if (!workbook)
        return writeFailed(path, QStringLiteral("workbook_new_opt failed"));
    lxw_worksheet *sheet =
        workbook_add_worksheet(workbook, importoutput::sheetName(RejectedRowsWriter::tr("Rejected rows")).constData());
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *header = workbook_add_format(workbook);
    format_set_num_format(header, "@");
    format_set_bold(header);
    lxw_format *reason = workbook_add_format(workbook);
    format_set_num_format(reason, "@");
    format_set_font_color(reason, LXW_COLOR_RED);

    const QStringList head = headerCells(analysis);
    worksheet_set_column(sheet, 0, 0, 8, nullptr);
    worksheet_set_column(sheet, 1, 1, 48, reason);
    for (qsizetype c = 2; c < head.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(head.at(c)), text);
    worksheet_freeze_panes(sheet, 1, 2);
    bool ok = true;
    for (qsizetype c = 0; c < head.size(); ++c)
        ok = ok && worksheet_write_string(sheet, 0, lxw_col_t(c), head.at(c).toUtf8().constData(), header) == LXW_NO_ERROR;

    lxw_row_t row = 1;
    auto rows = visit(analysis, progress, path, [&](const RejectedRowSpool::Entry &e) {
        if (worksheet_write_number(sheet, row, 0, double(e.row.line), nullptr) != LXW_NO_ERROR)
            return false;
        const QByteArray why = e.reasons.join(RejectedRowsWriter::reasonSeparator()).toUtf8();
        if (worksheet_write_string(sheet, row, 1, why.constData(), reason) != LXW_NO_ERROR)
            return false;
        for (qsizetype c = 0; c < e.row.cells.size(); ++c) {
            if (e.row.cells.at(c).isEmpty())
                continue;
            const QByteArray cell = e.row.cells.at(c).toUtf8();
            if (worksheet_write_string(sheet, row, lxw_col_t(c + 2), cell.constData(), text) != LXW_NO_ERROR)
                return false;
        }
        ++row;
        return true;
    });
    if (ok && !rows)
        ok = false;
    const auto closed = importoutput::closeWorkbook(workbook, path, ok);
    if (!rows)
        return rows.error();
    if (!ok)
        return writeFailed(path, QStringLiteral("header write failed"));
    if (!closed)
        return closed.error();
    return rows;
}

} // namespace

RejectedRowsWriter::Format RejectedRowsWriter::formatForPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QString RejectedRowsWriter::lineHeader()
{
    return QStringLiteral("原行号");
}

QString RejectedRowsWriter::reasonHeader()
{
    return QStringLiteral("错误原因");
}

QString RejectedRowsWriter::reasonSeparator()
{
    return QStringLiteral("；");
}

Result<qint64> RejectedRowsWriter::write(const ImportAnalysis &analysis, const QString &path, ImportProgress *progress)
{
    auto written = formatForPath(path) == Format::Xlsx ? writeXlsx(analysis, path, progress)
                                                       : writeCsv(analysis, path, progress);
    if (written)
        qCInfo(lcImport) << "wrote" << written.value() << "rejected rows to" << path;
    else
        qCWarning(lcImport) << "writing rejected rows failed:" << written.error().code << written.error().detail;
    return written;
}

} // namespace cet
