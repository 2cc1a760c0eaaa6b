#include "Cet6Review.h"

#include "AdmissionTicket.h"

namespace cet {

namespace {

QString compactName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (!c.isSpace() && c.unicode() != 0x3000)
            out.append(c);
    }
    return out;
}

Cet6ReviewOutcome outcome(Cet6ReviewDecision decision, const char *code, const QString &reason, int index = -1)
{
    Cet6ReviewOutcome o;
    o.decision = decision;
    o.reasonCode = QString::fromLatin1(code);
    o.reason = reason;
    o.recordIndex = index;
    return o;
}

Cet6ReviewOutcome refused(const char *code, const QString &reason, int index = -1)
{
    return outcome(Cet6ReviewDecision::Refused, code, reason, index);
}

} // namespace

Cet6ReviewOutcome decideCet6Review(const Cet6ReviewApplication &application, const QList<Cet4ScoreRecord> &records)
{
    const Result<AdmissionTicket> ticket = parseAdmissionTicket(application.cet4Ticket);
    if (!ticket || ticket.value().oral)
        return refused(
            "review.ticket_invalid", Cet6Review::tr("The CET4 admission ticket number must have 15 digits."));
    if (ticket.value().subjectCode != QLatin1String("1"))
        return refused("review.ticket_not_cet4",
            Cet6Review::tr("This admission ticket number is not one of a CET4 written test "
                           "(its 10th digit must be 1)."));
    if (ticket.value().year < kCet6EarliestCet4Year)
        return refused("review.ticket_too_old",
            Cet6Review::tr("Only CET4 results from %1 on can be reviewed online. Ask your school's "
                           "exam office to file the review for you.")
                .arg(kCet6EarliestCet4Year));

    const QString ticketNo = ticket.value().number;
    const QString idNumber = application.idNumber.trimmed().toUpper();
    const QString name = compactName(application.name);

    int idMatchFailed = -1; // ticket + ID match but the record does not pass
    int nameMatchPassed = -1;
    int nameMatchFailed = -1;
    bool anyTicket = false;
    for (int i = 0; i < records.size(); ++i) {
        const Cet4ScoreRecord &r = records.at(i);
        if (r.ticket.trimmed() != ticketNo)
            continue;
        anyTicket = true;
        const int year = r.examYear > 0 ? r.examYear : ticket.value().year;
        const bool passed = r.totalScore >= kCet6MinimumCet4Score && year >= kCet6EarliestCet4Year;
        const bool idMatches = !idNumber.isEmpty() && r.idNumber.trimmed().toUpper() == idNumber;
        const bool nameMatches = !name.isEmpty() && compactName(r.name) == name;
        if (idMatches && passed)
            return outcome(Cet6ReviewDecision::Passed, "review.passed",
                Cet6Review::tr("The CET4 result was found: the CET6 qualification is granted."), i);
        if (idMatches && idMatchFailed < 0)
            idMatchFailed = i;
        if (nameMatches && !idMatches) {
            if (passed && nameMatchPassed < 0)
                nameMatchPassed = i;
            else if (!passed && nameMatchFailed < 0)
                nameMatchFailed = i;
        }
    }
    if (nameMatchPassed >= 0 && idMatchFailed < 0)
        return outcome(Cet6ReviewDecision::Pending, "review.pending_id_differs",
            Cet6Review::tr("The CET4 result was found under another ID number. The review waits for "
                           "your school's exam office: bring proof of the ID change (e.g. a police "
                           "certificate)."),
            nameMatchPassed);
    const int failed = idMatchFailed >= 0 ? idMatchFailed : nameMatchFailed;
    if (failed >= 0) {
        const Cet4ScoreRecord &r = records.at(failed);
        if (r.totalScore < kCet6MinimumCet4Score)
            return refused("review.score_too_low",
                Cet6Review::tr("The CET4 total score %1 is below %2.").arg(r.totalScore).arg(kCet6MinimumCet4Score),
                failed);
        return refused("review.score_too_old",
            Cet6Review::tr("Only CET4 results from %1 on count. Ask your school's exam office to file "
                           "the review for you.")
                .arg(kCet6EarliestCet4Year),
            failed);
    }
    if (!anyTicket)
        return refused(
            "review.no_record", Cet6Review::tr("No CET4 result was found for this admission ticket number."));
    return refused("review.no_match",
        Cet6Review::tr("Neither the ID number nor the name matches the CET4 result of this admission "
                       "ticket number."));
}

} // namespace cet
