#include "DemoScores.h"

#include "DemoRoster.h"
#include "IdDocument.h"
#include "IdNumber.h"

namespace cet::central::review {

namespace {

// The same person's earlier resident ID: another area code, the same birth date and sequence.
QString olderIdNumber(const QString &idNumber)
{
    const QString area = idNumber.startsWith(QLatin1String("110105")) ? QStringLiteral("310104")
                                                                       : QStringLiteral("110105");
    const QString first17 = area + idNumber.mid(6, 11);
    return first17 + residentIdCheckChar(first17);
}

} // namespace

QList<cet4scoresql::ScoreRow> demoCet4Scores(const QString &school, int rosterSize)
{
    QList<cet4scoresql::ScoreRow> rows;
    for (int i = 0; i < rosterSize; ++i) {
        const int kind = i % 10;
        if (kind > 4)
            continue;
        const StudentRecord s = demoStudent(school, i);
        // Ticket: the school's first campus, a June or December sitting of 2019-2025, CET4 (1),
        // room and seat from the student's index (distinct for every index).
        const int year = 2019 + (i / 59940) % 7;
        const int sitting = (i / 29970) % 2 + 1;
        const int room = (i / 30) % 999 + 1;
        const int seat = i % 30 + 1;
        cet4scoresql::ScoreRow r;
        r.ticket = QStringLiteral("%1%2%3%4%5%6%7")
                       .arg(school)
                       .arg(1)
                       .arg(year % 100, 2, 10, QLatin1Char('0'))
                       .arg(sitting)
                       .arg(1)
                       .arg(room, 3, 10, QLatin1Char('0'))
                       .arg(seat, 2, 10, QLatin1Char('0'));
        r.idType = idTypeCode(s.idType);
        r.idNumber = kind == 3 ? olderIdNumber(s.idNumber) : s.idNumber;
        r.name = s.name;
        r.examYear = year;
        r.examMonth = sitting == 1 ? 6 : 12;
        r.total = kind == 4 ? 300 + i % 125 : 425 + (i * 37) % 216;
        rows.append(r);
    }
    return rows;
}

} // namespace cet::central::review
