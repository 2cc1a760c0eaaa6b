#pragma once

// The customer-service callers that `cet-central demo` seeds (its printed lines), and the new
// passport the lost-email caller registered, for tests of the desk's front ends.

#include <QString>

namespace cet::test {

struct CsDemoCaller
{
    QString name;
    int idType = 0;
    QString idNumber;
};

struct CsDemoCallers
{
    CsDemoCaller lostEmail;    // bound, email lost: rebind
    CsDemoCaller reachable;    // bound and signed in: change the email themselves
    CsDemoCaller neverBound;   // registered, never bound: register anew
    CsDemoCaller pending;      // a request filed by agent1 waits for a supervisor
    QString newPassportId;     // the lost-email caller's new passport
    QString newEmail;          // and its email

    // Reads the demo server's output and signs in as the new passport at `baseUrl`; false (with
    // the cause in *error) when something is missing.
    bool load(const QString &serverOutput, const QString &baseUrl, QString *error);
};

} // namespace cet::test
