#pragma once

// The simulation's schedule: N candidates arriving over D days (most on the first days, as at a
// real opening), each day in a few arrival waves played by parallel workers over HTTP, yesterday's
// follow-ups (late payments, 更新 after a lost answer) at the start of the next day, and the
// timed jobs at every day's end. The server's clock is the simulation's: the caller serves the
// API with SimulationClock::now as its clock, so that 24-hour rules fire in seconds.

#include "SimulatedCandidate.h"
#include "SimulationTally.h"

#include <QDateTime>
#include <QUrl>

#include <atomic>
#include <functional>

namespace cet::central::sim {

class SimulationClock
{
public:
    explicit SimulationClock(const QDateTime &start) : m_ms(start.toMSecsSinceEpoch()) { }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    void set(const QDateTime &at) { m_ms.store(at.toMSecsSinceEpoch()); }

private:
    std::atomic<qint64> m_ms;
};

struct SimulationPlan
{
    QUrl server;          // the API, e.g. http://127.0.0.1:PORT
    SimWorld world;
    QList<SimStudent> students; // the candidates, in arrival order
    quint64 seed = 1;
    int days = 3;
    int workers = 8;      // candidates played at the same time
    QDateTime start;      // the simulated time of the first arrival
};

// Plays the plan. `dayEnd(at)` runs the timed jobs at simulated time `at` and adds what they did
// to the tally; `progress(day, played, total)` reports as candidates finish. Returns the tally.
SimulationTally runSimulation(const SimulationPlan &plan, SimulationClock &clock,
                              const std::function<void(const QDateTime &, SimulationTally &)> &dayEnd,
                              const std::function<void(int, int, int)> &progress);

} // namespace cet::central::sim
