#include "CsRequestCard.h"

#include "CsText.h"
#include "IdDocument.h"

namespace cet {

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

QString CsRequestCard::html(const CsRequest &r)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<b>%1 %2</b> — %3<br>").arg(esc(tr("Request"))).arg(r.id).arg(esc(CsText::state(r.state)));
    h += QStringLiteral("%1 &nbsp; %2 %3 &nbsp; %4 %5<br>")
             .arg(esc(r.candidate.name), esc(idTypeShortName(idTypeFromCode(r.candidate.idType))),
                  esc(r.candidate.idNumberMasked), esc(tr("School")), esc(r.candidate.schoolCode));
    h += QStringLiteral("%1: <tt>%2</tt><br>%3: <tt>%4</tt> (%5)<br>")
             .arg(esc(tr("Old passport")), esc(r.oldPassportId.isEmpty() ? tr("none") : r.oldPassportId),
                  esc(tr("New passport")), esc(r.newPassportId), esc(r.newEmailMasked));
    QStringList checks;
    for (const QString &c : r.checks)
        checks << esc(CsText::check(c));
    h += QStringLiteral("%1: %2<br>").arg(esc(tr("Identity verified by")), checks.join(QStringLiteral("; ")));
    if (!r.notes.isEmpty())
        h += QStringLiteral("%1: %2<br>").arg(esc(tr("Notes")), esc(r.notes));
    h += QStringLiteral("%1<br>").arg(esc(tr("Filed by %1 at %2").arg(r.filedBy, timeText(r.filedAt))));
    if (!r.decidedBy.isEmpty()) {
        h += esc(tr("Decided by %1 at %2").arg(r.decidedBy, timeText(r.decidedAt)));
        if (!r.decisionNote.isEmpty())
            h += QStringLiteral(": ") + esc(r.decisionNote);
        h += QStringLiteral("<br>");
    }
    if (r.appliedAt.isValid())
        h += esc(tr("Applied at %1").arg(timeText(r.appliedAt))) + QStringLiteral("<br>");
    else if (r.applyAt.isValid())
        h += esc(tr("Applies at %1").arg(timeText(r.applyAt))) + QStringLiteral("<br>");
    if (!r.failureCode.isEmpty())
        h += QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                 .arg(esc(tr("Failed: %1 (%2)").arg(r.failureReason, r.failureCode)));
    return h;
}

} // namespace cet
