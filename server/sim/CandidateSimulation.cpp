#include "CandidateSimulation.h"

#include "ApiClient.h"

#include <QMutex>
#include <QThread>

#include <iterator>

#include <memory>

namespace cet::central::sim {

namespace {

// Arrival waves within a simulated day, as hours after the day's start.
constexpr int kWaveHours[] = { 1, 4, 8, 12 };
constexpr int kFollowUpHour = 0;  // yesterday's follow-ups come first thing
constexpr int kLastFollowUpHour = 20; // on the last day, in the evening of the same day

// How many of `total` arrive on each of `days` days: day k in proportion to 1/(k+1), so that
// the first day is the busiest, as registration opening is.
QList<int> arrivalsPerDay(int total, int days)
{
    double sum = 0;
    for (int k = 0; k < days; ++k)
        sum += 1.0 / (k + 1);
    QList<int> out;
    int given = 0;
    for (int k = 0; k < days; ++k) {
        const int n = k == days - 1 ? total - given : int(total * (1.0 / (k + 1)) / sum);
        out << n;
        given += n;
    }
    return out;
}

// Runs `play(client, tally, item)` for every item on `workers` threads, each with its own HTTP
// client (QNetworkAccessManager belongs to one thread); adds the threads' tallies to `tally`.
template <typename Item, typename Play>
void playInParallel(const SimulationPlan &plan, const QList<Item> &items, SimulationTally &tally, Play play)
{
    const int workers = qMax(1, qMin(plan.workers, int(items.size())));
    QList<SimulationTally> tallies(workers);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back(QThread::create([&, w] {
            ApiClient api(plan.server);
            CandidateClient client(api);
            for (int i = w; i < items.size(); i += workers)
                play(client, tallies[w], items.at(i));
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    for (const SimulationTally &t : std::as_const(tallies))
        tally.add(t);
}

} // namespace

SimulationTally runSimulation(const SimulationPlan &plan, SimulationClock &clock,
                              const std::function<void(const QDateTime &, SimulationTally &)> &dayEnd,
                              const std::function<void(int, int, int)> &progress)
{
    SimulationTally tally;
    const int days = qMax(1, plan.days);
    const QList<int> perDay = arrivalsPerDay(int(plan.students.size()), days);
    QList<FollowUp> pending; // from the day before
    int next = 0;
    const int total = int(plan.students.size());
    const auto playFollowUps = [&](const QDateTime &at) {
        if (pending.isEmpty())
            return;
        clock.set(at);
        // One visit per candidate: their follow-ups together, on one thread, in the order made.
        QList<QList<FollowUp>> visits;
        QHash<QString, qsizetype> visitOf;
        for (const FollowUp &f : std::as_const(pending)) {
            const auto it = visitOf.constFind(f.login);
            if (it == visitOf.constEnd()) {
                visitOf.insert(f.login, visits.size());
                visits.append({ f });
            } else {
                visits[*it].append(f);
            }
        }
        playInParallel(plan, visits, tally, [&](CandidateClient &c, SimulationTally &t, const QList<FollowUp> &visit) {
            SimulatedCandidate(c, plan.world, t, plan.seed).followUp(visit);
        });
        pending.clear();
    };
    for (int day = 0; day < days; ++day) {
        const QDateTime dayStart = plan.start.addDays(day);
        playFollowUps(dayStart.addSecs(kFollowUpHour * 3600));
        const int arrivals = perDay.at(day);
        const int waves = int(std::size(kWaveHours));
        QMutex laterLock;
        for (int wave = 0; wave < waves; ++wave) {
            const int count = arrivals / waves + (wave < arrivals % waves ? 1 : 0);
            QList<int> indexes;
            for (int i = 0; i < count; ++i)
                indexes << next++;
            clock.set(dayStart.addSecs(kWaveHours[wave] * 3600));
            playInParallel(plan, indexes, tally, [&](CandidateClient &c, SimulationTally &t, int index) {
                QList<FollowUp> later;
                SimulatedCandidate(c, plan.world, t, plan.seed * 1000003u + quint64(index))
                    .firstVisit(plan.students.at(index), index, later);
                if (!later.isEmpty()) {
                    QMutexLocker lock(&laterLock);
                    pending += later;
                }
            });
            if (progress)
                progress(day, next, total);
        }
        if (day == days - 1)
            playFollowUps(dayStart.addSecs(kLastFollowUpHour * 3600));
        const QDateTime end = dayStart.addDays(1);
        clock.set(end);
        if (dayEnd)
            dayEnd(end, tally);
    }
    return tally;
}

} // namespace cet::central::sim
