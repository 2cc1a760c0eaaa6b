#pragma once

// Many keep-alive HTTP/1.1 connections driven from one thread and one event loop. On a machine
// where the server and the load generator share two cores, a thread and a QNetworkAccessManager
// per simulated candidate cost about as much CPU as the server spends answering them, so the
// figure measured the generator as much as the server. Here a candidate is a socket and a
// small state machine: it sends the steps of its script one after the other, over and over,
// until the time is up.
//
// Two ways to load: as fast as the server answers (each connection starts its next cycle at once:
// the server's capacity), or at a fixed total rate of cycles (an open load, as thousands of people
// clicking would make). At a fixed rate a cycle is due at a time of its own, and the latency of its
// first step counts from then, not from when it could be sent: a server that falls behind shows
// it in the latency instead of slowing the load down ("coordinated omission").

#include <QByteArray>
#include <QHostAddress>
#include <QList>

namespace cet::test {

struct LoadStep
{
    QByteArray method;
    QByteArray path;
    QByteArray body;    // sent as application/json when not empty
    int expectedStatus; // anything else counts as an error
    bool timed;         // its latency is recorded
};

struct LoadPlan
{
    int seconds = 5;
    double cyclesPerSecond = 0; // in all, over every connection; 0: as fast as answered
    // 0: one connection per authorization, each running the script over and over until the time is
    // up. N: N connections sharing the authorizations, connection i taking authorizations i, i+N,
    // i+2N… in turn, one cycle each; a connection stops when it has none left (or time is up).
    int connections = 0;
};

struct LoadResult
{
    QList<double> latenciesMs; // of the timed steps that got their expected status
    int completedCycles = 0;   // scripts run to the end
    double elapsedSeconds = 0; // from the first connection to the last answer
    int errors = 0;            // unexpected statuses, closed connections
    QByteArray firstError;     // the first unexpected answer, for the report
};

// Runs `script` with the given authorizations (whole "Authorization" header values) as `plan` says.
LoadResult runKeepAliveLoad(const QHostAddress &host, quint16 port, const QList<QByteArray> &authorizations,
                            const QList<LoadStep> &script, const LoadPlan &plan);

} // namespace cet::test
