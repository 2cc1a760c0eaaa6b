#pragma once

// What a simulation did, counted as the candidates played: each worker thread keeps its own tally
// and the simulation adds them up, so that counting needs no lock.

#include <QJsonObject>
#include <QStringList>

namespace cet::central::sim {

struct SimulationTally
{
    int absent = 0;            // roster students who never came
    int passports = 0;         // passports registered
    int emailsChanged = 0;     // "wrong email, password remembered": changed it themselves
    int passwordsReset = 0;    // forgot the password before a later visit: reset it by the mailed link
    int resetsHeldBack = 0;    // reset requests told to wait (429: many from one address)
    int lookups = 0;           // qualification look-ups
    int bound = 0;             // registrations bound to a student record
    int abandoned = 0;         // bound and then never booked (the timed job deletes them)
    int reviewsPassed = 0;     // rule 1
    int reviewsPending = 0;    // rule 2, 未复核
    int reviewsRefused = 0;    // rule 3
    int evidenceUploaded = 0;  // proof files sent for pending reviews
    int booked = 0;            // subjects booked
    int refusedFull = 0;       // bookings refused with 名额已满
    int sawNoSeats = 0;        // capacity read that showed red 无 for the subject wanted
    int cancelled = 0;         // unpaid subjects cancelled by the candidate
    int paid = 0;              // subjects paid (at once, after a retry, or settled by 更新)
    int paymentsFailed = 0;    // the bank said no (the candidate tried again)
    int answersLost = 0;       // charged but the answer lost, settled later by 更新
    int leftUnpaid = 0;        // never paid (the timed job releases the seat)
    int subjectsReleased = 0;  // by the timed jobs
    int registrationsDeleted = 0; // by the timed jobs
    int requests = 0;          // HTTP requests made
    int unexpected = 0;        // answers no rule explains (transport errors, 5xx, unknown codes)
    QStringList unexpectedSamples; // the first few of them, for the report

    void noteUnexpected(const QString &what)
    {
        ++unexpected;
        if (unexpectedSamples.size() < 10)
            unexpectedSamples << what;
    }

    void add(const SimulationTally &o);
    QJsonObject toJson() const;
};

} // namespace cet::central::sim
