#pragma once

// One simulated candidate playing the candidate API as the source documents describe a real one:
// registers a passport, signs in, looks up the qualification, binds the student record, may file a
// CET6 review (rules 1, 2 and 3 all happen), books a written subject and perhaps an oral one
// (reading the public capacity first and going to another campus when it shows 无), and pays —
// or fails to, loses the bank's answer, pays the next day, or never pays. Some change their email
// themselves, some bind and never book, some cancel. What happens on a later day goes into a
// follow-up that the simulation plays then.

#include "CandidateClient.h"
#include "SimulationTally.h"

#include <QList>
#include <functional>
#include <QRandomGenerator>
#include <QString>

namespace cet::central::sim {

struct SimStudent
{
    int idType = 1; // IdType code
    QString idNumber;
    QString name;
    QString campus;     // the student record's campus code
    QString cet4Ticket; // a CET4 score record's ticket under this name, or empty
};

// What every candidate of one simulation shares.
struct SimWorld
{
    QString school;
    QString session;    // the exam session's code for the public capacity
    QString runTag;     // makes emails unique per seed, so that a repeated run signs the same people in
    // The newest message in the candidate's mailbox (the server's mail outbox), empty when none or
    // unset: how a candidate who forgot the password reads the reset link.
    std::function<QString(const QString &address)> readMail;
};

struct FollowUp
{
    enum class Kind { Pay, Refresh };
    Kind kind = Kind::Pay;
    QString login;
    QString password;
    QString subject; // Pay: the subject to pay
};

class SimulatedCandidate
{
public:
    SimulatedCandidate(CandidateClient &client, const SimWorld &world, SimulationTally &tally, quint64 seed)
        : m_client(client), m_world(world), m_tally(tally), m_rng(seed)
    {
    }

    // The candidate's first visit (student number `index` of the run); later visits go to `later`.
    void firstVisit(const SimStudent &student, int index, QList<FollowUp> &later);
    // A later visit of one candidate (every follow-up of one login, in order): sign in again, then
    // pay, or press 更新 for a payment whose answer was lost. One visit, so that a password reset
    // on the way in holds for everything the candidate came back for.
    void followUp(const QList<FollowUp> &visit);

private:
    bool chance(double p) { return m_rng.generateDouble() < p; }
    // Counts the request; an answer no rule explains (no HTTP answer, 5xx, a code outside `known`)
    // is noted as unexpected. Returns the answer.
    ApiResponse checked(const ApiResponse &r, const QString &step);
    QString signIn(const QString &login, const QString &password);
    void fileReview(const SimStudent &s);
    void uploadProof();
    // 忘记密码: asks for the reset link, reads it in the mailbox, sets a new password; the new
    // password, or empty when that failed.
    QString resetPassword(const QString &login);
    // Books `subject`, at `campus` first and then at any other campus the public capacity shows
    // seats at; the campus booked or an empty string.
    QString book(const QString &subject, const QString &campus, bool readCapacityFirst);
    void pay(const QString &login, const QString &password, const QString &token, const QString &subject,
             QList<FollowUp> &later);

    CandidateClient &m_client;
    const SimWorld &m_world;
    SimulationTally &m_tally;
    QRandomGenerator m_rng;
    QString m_token; // of the visit being played
};

} // namespace cet::central::sim
