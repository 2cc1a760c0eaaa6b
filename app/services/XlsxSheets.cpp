#include "XlsxSheets.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace cet {

namespace {

Error writeFailed(const QString &path, const QString &detail)
{
    return Error{ QStringLiteral("export.write_failed"),
                  XlsxSheets::tr("Could not write \"%1\". Check that the folder exists and that the file is not "
                                 "open in another program.")
                      .arg(QFileInfo(path).fileName()),
                  detail };
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<qint64> XlsxSheets::write(const QString &path, const QList<XlsxSheet> &sheets)
{
    const QString part = path + QStringLiteral(".part");
    {
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return writeFailed(path, probe.errorString());
        probe.remove();
    }
    lxw_workbook *workbook = workbook_new(QFile::encodeName(part).constData());
    if (!workbook)
        return writeFailed(path, QStringLiteral("workbook_new failed"));
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    qint64 written = 0;
    for (const XlsxSheet &s : sheets) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, s.name.toUtf8().constData());
        for (int c = 0; c < s.headers.size(); ++c) {
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < s.widths.size() ? s.widths.at(c) : 12, text);
            worksheet_write_string(sheet, 0, lxw_col_t(c), s.headers.at(c).toUtf8().constData(), header);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        lxw_row_t row = 1;
        for (const QVariantList &cells : s.rows) {
            for (int c = 0; c < cells.size(); ++c) {
                const QVariant &v = cells.at(c);
                if (isNumber(v))
                    worksheet_write_number(sheet, row, lxw_col_t(c), v.toDouble(), nullptr);
                else
                    worksheet_write_string(sheet, row, lxw_col_t(c), v.toString().toUtf8().constData(), text);
            }
            ++row;
            ++written;
        }
    }
    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(part);
        return writeFailed(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return writeFailed(path, QStringLiteral("rename failed"));
    }
    return written;
}

} // namespace cet
