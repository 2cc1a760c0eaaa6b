#pragma once

#include "IdType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet {

class Cet6Review
{
    Q_DECLARE_TR_FUNCTIONS(cet::Cet6Review)
public:
    Cet6Review() = delete;
};

// What a candidate submits (CET6资格复核).
struct Cet6ReviewApplication
{
    QString name;
    IdType idType = IdType::Unknown;
    QString idNumber; // normalised
    QString cet4Ticket; // the CET4 written admission ticket number, 15 digits
};

// One past CET4 written result, as the score database knows it.
struct Cet4ScoreRecord
{
    QString ticket;
    QString idNumber;
    QString name;
    int examYear = 0; // e.g. 2019
    int examMonth = 0; // 6 or 12
    int totalScore = 0;
};

enum class Cet6ReviewDecision : int {
    Passed, // rule 1: ticket + ID number match a passed record → 复核通过
    Pending, // rule 2: ticket + name match, ID number differs → 未复核, a teacher decides
    Refused, // rule 3: anything else → refused at submission
};

struct Cet6ReviewOutcome
{
    Cet6ReviewDecision decision = Cet6ReviewDecision::Refused;
    // review.passed, review.pending_id_differs, or a refusal cause: review.ticket_invalid,
    // review.ticket_not_cet4, review.ticket_too_old, review.no_record, review.score_too_low,
    // review.score_too_old, review.no_match
    QString reasonCode;
    QString reason; // translated, for the candidate / the teacher
    int recordIndex = -1; // index into the records of the record that decided, -1 if none
};

// The minimum CET4 total, and the first year that counts, for a CET6 qualification.
constexpr int kCet6MinimumCet4Score = 425;
constexpr int kCet6EarliestCet4Year = 2005;

// Rules 1/2/3 of domain.md. ID numbers compare case-insensitively; names compare without white
// space. A record "passes" with totalScore ≥ 425 from 2005 on (examYear, or the ticket's year).
Cet6ReviewOutcome decideCet6Review(const Cet6ReviewApplication &application, const QList<Cet4ScoreRecord> &records);

} // namespace cet
