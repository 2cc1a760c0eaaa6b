#include "SimulationTally.h"

#include <QJsonArray>

namespace cet::central::sim {

namespace {

// Every counter once, with its name in the report; add() and toJson() walk the same list.
const struct
{
    const char *name;
    int SimulationTally::*member;
} kCounters[] = {
    { "absent", &SimulationTally::absent },
    { "passports", &SimulationTally::passports },
    { "emails_changed", &SimulationTally::emailsChanged },
    { "passwords_reset", &SimulationTally::passwordsReset },
    { "resets_held_back", &SimulationTally::resetsHeldBack },
    { "lookups", &SimulationTally::lookups },
    { "bound", &SimulationTally::bound },
    { "abandoned", &SimulationTally::abandoned },
    { "reviews_passed", &SimulationTally::reviewsPassed },
    { "reviews_pending", &SimulationTally::reviewsPending },
    { "reviews_refused", &SimulationTally::reviewsRefused },
    { "evidence_uploaded", &SimulationTally::evidenceUploaded },
    { "booked", &SimulationTally::booked },
    { "refused_full", &SimulationTally::refusedFull },
    { "saw_no_seats", &SimulationTally::sawNoSeats },
    { "cancelled", &SimulationTally::cancelled },
    { "paid", &SimulationTally::paid },
    { "payments_failed", &SimulationTally::paymentsFailed },
    { "answers_lost", &SimulationTally::answersLost },
    { "left_unpaid", &SimulationTally::leftUnpaid },
    { "subjects_released", &SimulationTally::subjectsReleased },
    { "registrations_deleted", &SimulationTally::registrationsDeleted },
    { "requests", &SimulationTally::requests },
    { "unexpected", &SimulationTally::unexpected },
};

} // namespace

void SimulationTally::add(const SimulationTally &o)
{
    for (const auto &c : kCounters)
        this->*c.member += o.*c.member;
    for (const QString &s : o.unexpectedSamples) {
        if (unexpectedSamples.size() < 10)
            unexpectedSamples << s;
    }
}

QJsonObject SimulationTally::toJson() const
{
    QJsonObject o;
    for (const auto &c : kCounters)
        o.insert(QString::fromLatin1(c.name), this->*c.member);
    o.insert(QStringLiteral("unexpected_samples"), QJsonArray::fromStringList(unexpectedSamples));
    return o;
}

} // namespace cet::central::sim
