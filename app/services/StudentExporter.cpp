#include "StudentExporter.h"

#include "Database.h"
#include "IdDocument.h"
#include "Logging.h"
#include "StudentColumns.h"
#include "StudentFileText.h"
#include "StudentLabels.h"
#include "StudentRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace cet {

namespace {

constexpr int FieldCount = static_cast<int>(StudentField::Count_);
constexpr qint64 ProgressEvery = 1000;

QStringList rowCells(const StudentRecord &r)
{
    QStringList cells;
    cells.reserve(FieldCount);
    for (int i = 0; i < FieldCount; ++i)
        cells.append(studentFileText(r, static_cast<StudentField>(i)));
    return cells;
}

// Column widths in characters, roomy enough for the typical content of each field.
double columnWidth(StudentField field)
{
    switch (field) {
    case StudentField::IdType: return 26;
    case StudentField::IdNumber: return 22;
    case StudentField::Department:
    case StudentField::Major:
    case StudentField::Note: return 20;
    case StudentField::ClassName:
    case StudentField::StudentNo: return 16;
    default: return 10;
    }
}

Error cancelled()
{
    return Error{QStringLiteral("export.cancelled"), StudentExporter::tr("The export was cancelled."), {}};
}

Error writeFailed(const QString &path, const QString &detail)
{
    return Error{QStringLiteral("export.write_failed"),
                 StudentExporter::tr("Could not write \"%1\".").arg(QFileInfo(path).fileName()), detail};
}

// Visits the rows of the query, calling progress every ProgressEvery rows. Returns the count.
Result<qint64> visitRows(const StudentExporter::Options &o, const std::function<bool(const StudentRecord &)> &write,
                         bool &wasCancelled)
{
    auto db = Database::open(o.databasePath, Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    StudentRepository repo(*db.value());
    const auto total = repo.count(o.query.filter);
    if (!total)
        return total.error();

    qint64 written = 0;
    bool writeError = false;
    if (o.progress && !o.progress(0, total.value())) {
        wasCancelled = true;
        return qint64(0);
    }
    const auto visited = repo.forEach(o.query, [&](const StudentRecord &r) {
        if (!write(r)) {
            writeError = true;
            return false;
        }
        ++written;
        if (o.progress && written % ProgressEvery == 0 && !o.progress(written, total.value())) {
            wasCancelled = true;
            return false;
        }
        return true;
    });
    if (!visited)
        return visited.error();
    if (writeError)
        return writeFailed(o.outputPath, QStringLiteral("write error"));
    if (!wasCancelled && o.progress && !o.progress(written, total.value()))
        wasCancelled = true;
    return written;
}

Result<qint64> exportCsv(const StudentExporter::Options &o)
{
    QSaveFile file(o.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(o.outputPath, file.errorString());
    const auto writeBytes = [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };

    writeBytes(QByteArrayLiteral("\xEF\xBB\xBF"));
    writeBytes(csvRow(StudentColumns::chineseHeaderRow()));
    bool wasCancelled = false;
    const auto rows = visitRows(o, [&](const StudentRecord &r) { return writeBytes(csvRow(rowCells(r))); },
                                wasCancelled);
    if (!rows || wasCancelled) {
        file.cancelWriting(); // nothing reaches outputPath; a file that was there stays as it was
        return rows ? cancelled() : rows.error();
    }
    if (!file.commit())
        return writeFailed(o.outputPath, file.errorString());
    return rows;
}

Result<qint64> exportXlsx(const StudentExporter::Options &o)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are streamed to disk in order
    // Written under a temporary name and renamed at the end, so that a cancelled or failed export
    // leaves no partial file and never destroys a file that was there before.
    const QString partPath = o.outputPath + QStringLiteral(".part");
    const QByteArray path = QFile::encodeName(partPath);
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook)
        return writeFailed(o.outputPath, QStringLiteral("workbook_new_opt failed"));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, StudentExporter::tr("Students").toUtf8().constData());

    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *header = workbook_add_format(workbook);
    format_set_num_format(header, "@");
    format_set_bold(header);

    for (int c = 0; c < FieldCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(StudentField(c)), text);
    worksheet_freeze_panes(sheet, 1, 0);
    const QStringList headerRow = StudentColumns::chineseHeaderRow();
    for (int c = 0; c < FieldCount; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headerRow.at(c).toUtf8().constData(), header);

    lxw_row_t row = 1;
    bool wasCancelled = false;
    const auto rows = visitRows(o, [&](const StudentRecord &r) {
        for (int c = 0; c < FieldCount; ++c) {
            const QByteArray cell = studentFileText(r, StudentField(c)).toUtf8();
            if (worksheet_write_string(sheet, row, lxw_col_t(c), cell.constData(), text) != LXW_NO_ERROR)
                return false;
        }
        ++row;
        return true;
    }, wasCancelled);

    const lxw_error closed = workbook_close(workbook);
    if (!rows || wasCancelled || closed != LXW_NO_ERROR) {
        QFile::remove(partPath);
        if (!rows)
            return rows.error();
        if (wasCancelled)
            return cancelled();
        return writeFailed(o.outputPath, QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(o.outputPath);
    if (!QFile::rename(partPath, o.outputPath)) {
        QFile::remove(partPath);
        return writeFailed(o.outputPath, QStringLiteral("rename failed"));
    }
    return rows;
}

} // namespace

Result<qint64> StudentExporter::run(const Options &options)
{
    qCInfo(lcExport) << "exporting to" << options.outputPath;
    auto result = options.format == Format::Xlsx ? exportXlsx(options) : exportCsv(options);
    if (result)
        qCInfo(lcExport) << "exported" << result.value() << "rows";
    else
        qCWarning(lcExport) << "export failed:" << result.error().code << result.error().detail;
    return result;
}

StudentExporter::Format StudentExporter::formatForPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

} // namespace cet
