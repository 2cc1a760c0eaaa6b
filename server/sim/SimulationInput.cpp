#include "SimulationInput.h"

#include "Cet4ScoreSql.h"
#include "IdDocument.h"
#include "OfferSql.h"
#include "ScopeSql.h"
#include "StudentTable.h"
#include "Wire.h"

#include <QHash>

namespace cet::central::sim {

namespace {

Error notFound(const QString &message)
{
    return Error{ protocol::codes::notFound, message, {} };
}

} // namespace

Result<SimulationInput> loadSimulationInput(CentralStore &store, const QString &school, int candidates,
                                            const QDateTime &now)
{
    SimulationInput in;
    auto campuses = scopesql::campuses(store, school);
    if (!campuses)
        return campuses.error();
    if (campuses.value().isEmpty())
        return notFound(QStringLiteral("School %1 does not exist or has no campus.").arg(school));
    for (const QString &campus : campuses.value().keys()) {
        auto offers = offersql::forCampus(store, school, campus);
        if (!offers)
            return offers.error();
        for (const offersql::OfferRow &o : offers.value()) {
            if (!o.offered)
                continue;
            if (!in.windowOpens.isValid() || o.windowStart > in.windowOpens)
                in.windowOpens = o.windowStart;
            if (!in.windowCloses.isValid() || o.windowEnd < in.windowCloses)
                in.windowCloses = o.windowEnd;
        }
    }
    if (!in.windowOpens.isValid())
        return notFound(QStringLiteral("School %1 offers no subject.").arg(school));
    auto session = scopesql::currentSession(store, now);
    if (!session)
        return session.error();
    if (!session.value())
        return notFound(QStringLiteral("No exam session is open."));
    in.session = QString::number(session.value()->id);

    auto roster = studenttable::live(store, school, candidates);
    if (!roster)
        return roster.error();
    if (roster.value().isEmpty())
        return notFound(QStringLiteral("School %1 has no students.").arg(school));
    QStringList names;
    for (const StudentRecord &r : roster.value())
        names << r.name;
    names.removeDuplicates();
    auto scores = cet4scoresql::rowsByNames(store, names);
    if (!scores)
        return scores.error();
    QHash<QString, QList<cet4scoresql::ScoreRow>> byName;
    for (const auto &s : scores.value())
        byName[s.name].append(s);
    for (const StudentRecord &r : roster.value()) {
        SimStudent s;
        s.idType = idTypeCode(r.idType);
        s.idNumber = r.idNumber;
        s.name = r.name;
        s.campus = r.campusCode;
        for (const auto &score : byName.value(r.name)) {
            if (s.cet4Ticket.isEmpty() || score.idNumber == r.idNumber)
                s.cet4Ticket = score.ticket;
        }
        in.students << s;
    }
    return in;
}

} // namespace cet::central::sim
