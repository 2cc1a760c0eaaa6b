#include "ReviewExport.h"

#include "ReviewService.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace cet {

namespace {

Error writeFailed(const QString &path, const QString &detail)
{
    return Error{ QStringLiteral("export.write_failed"),
                  ReviewExport::tr("Could not write \"%1\". Check that the folder exists and that the file is not "
                                   "open in another program.")
                      .arg(QFileInfo(path).fileName()),
                  detail };
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

Result<qint64> ReviewExport::writeXlsx(const QList<ReviewDecisionLine> &lines, const QString &path)
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
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, tr("Decisions").toUtf8().constData());
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    const QStringList headers{ tr("Review"), tr("Name"), tr("ID number"), tr("CET4 ticket"), tr("Campus"),
                               tr("Decision"), tr("Reason"), tr("Decided by"), tr("Decided at"), tr("Submitted at"),
                               tr("Synced") };
    const double widths[] = { 10, 12, 22, 18, 10, 12, 40, 12, 18, 18, 8 };
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], text);
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 1;
    for (const ReviewDecisionLine &l : lines) {
        const QStringList cells{ l.key, l.name, l.idNumber, l.ticket, l.campusCode, ReviewService::stateLabel(l.state),
                                 l.reason, l.decidedBy, timeText(l.decidedAt), timeText(l.submittedAt),
                                 l.unsynced ? tr("no") : tr("yes") };
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(sheet, row, lxw_col_t(c), cells.at(c).toUtf8().constData(), text);
        ++row;
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
    return qint64(lines.size());
}

} // namespace cet
