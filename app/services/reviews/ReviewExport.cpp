#include "ReviewExport.h"

#include "ReviewService.h"

#include "XlsxSheets.h"

namespace cet {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

Result<qint64> ReviewExport::writeXlsx(const QList<ReviewDecisionLine> &lines, const QString &path)
{
    XlsxSheet sheet;
    sheet.name = tr("Decisions");
    sheet.headers = QStringList{ tr("Review"), tr("Name"), tr("ID number"), tr("CET4 ticket"), tr("Campus"),
                                 tr("Decision"), tr("Reason"), tr("Decided by"), tr("Decided at"), tr("Submitted at"),
                                 tr("Synced") };
    sheet.widths = { 10, 12, 22, 18, 10, 12, 40, 12, 18, 18, 8 };
    for (const ReviewDecisionLine &l : lines)
        sheet.rows << QVariantList{ l.key, l.name, l.idNumber, l.ticket, l.campusCode,
                                    ReviewService::stateLabel(l.state), l.reason, l.decidedBy, timeText(l.decidedAt),
                                    timeText(l.submittedAt), l.unsynced ? tr("no") : tr("yes") };
    return XlsxSheets::write(path, { sheet });
}

} // namespace cet
