#pragma once

// What a simulation of one school starts from, read from cet-central's database: the students who
// will play candidates (the school's live roster, in the order it was stored), the CET4 ticket each
// of them would type (a score record under their name, their own when there is one), the exam
// session's code, and the span in which every offer of the school is open for registration.

#include "CentralStore.h"
#include "SimulatedCandidate.h"

#include <QDateTime>

namespace cet::central::sim {

struct SimulationInput
{
    QList<SimStudent> students;
    QString session;
    QDateTime windowOpens;  // the latest window start of the school's offers
    QDateTime windowCloses; // the earliest window end
};

// not_found when the school does not exist, has no students, offers nothing, or no exam session
// is open at `now`.
Result<SimulationInput> loadSimulationInput(CentralStore &store, const QString &school, int candidates,
                                            const QDateTime &now);

} // namespace cet::central::sim
