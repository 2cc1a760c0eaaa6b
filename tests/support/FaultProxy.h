#pragma once

// A userspace TCP proxy for the sync tests: listens on 127.0.0.1 (port chosen by the kernel) in
// front of a real server on 127.0.0.1 and injects faults per HTTP/1.1 request. It runs on a
// thread of its own, so the test may block (QProcess::waitForFinished, a synchronous store call)
// while clients talk through it, and every public method is thread-safe.
//
// It understands enough HTTP/1.1 to find where each request and response ends (Content-Length,
// chunked transfer coding, read-until-close responses, keep-alive), so that it can count requests
// and act on exactly one of them. Requests on one connection are handled one at a time (a
// pipelined request waits until the previous response has passed).
//
// Which fault a request gets: the next entry of the queue (enqueue()), else the chooser
// (setChooser(), called on the proxy's thread), else Pass.

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace cet::test {

struct Fault
{
    enum class Kind {
        Pass,          // forward both ways
        Delay,         // hold the request `delayMs` before forwarding it, then pass
        DelayResponse, // forward the request; hold the complete response `delayMs`, then pass it
        DropResponse,  // forward the whole request, wait until the whole response came back (the
                       // server has committed), discard it and reset the client connection
        CutRequest,    // forward only the first `bytes` bytes of the request, then close the
                       // upstream connection (the server sees EOF) and reset the client
        CutResponse,   // pass the first `bytes` bytes of the response, then close the client
                       // connection (the client sees EOF mid-message)
        Reset,         // reset the client connection as soon as the request head arrived
        Answer502,     // read the request, answer "HTTP/1.1 502 Bad Gateway" and close; nothing
                       // reaches the server
    };
    Kind kind = Kind::Pass;
    qint64 bytes = 0;
    int delayMs = 0;

    static Fault pass() { return {}; }
    static Fault delay(int ms) { return {Kind::Delay, 0, ms}; }
    static Fault delayResponse(int ms) { return {Kind::DelayResponse, 0, ms}; }
    static Fault dropResponse() { return {Kind::DropResponse, 0, 0}; }
    static Fault cutRequest(qint64 afterBytes) { return {Kind::CutRequest, afterBytes, 0}; }
    static Fault cutResponse(qint64 afterBytes) { return {Kind::CutResponse, afterBytes, 0}; }
    static Fault reset() { return {Kind::Reset, 0, 0}; }
    static Fault answer502() { return {Kind::Answer502, 0, 0}; }
};

QString faultName(Fault::Kind kind);
QString describe(const Fault &fault); // "cut_request(120)", "delay(50ms)", ...

// One request the proxy saw (complete or not).
struct ProxiedRequest
{
    int index = 0;       // 0, 1, 2 ... over all connections, in the order the heads arrived
    int connection = 0;  // 0, 1, 2 ... accepted client connections
    QByteArray method;   // "POST"
    QByteArray target;   // "/api/v1/sync/push"
    Fault fault;
    qint64 requestBytes = 0;   // head + body bytes read from the client so far
    bool requestComplete = false;
    bool forwarded = false;    // the whole request was written to the server
    int status = 0;            // the server's response status (0: none yet / never)
    bool responseComplete = false; // the whole response came back from the server
    bool delivered = false;        // ... and was passed on to the client in full
};

class FaultProxyCore;

class FaultProxy
{
public:
    FaultProxy();
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1:0 (or `port`) in front of 127.0.0.1:upstreamPort. False on failure.
    bool listen(quint16 upstreamPort, quint16 port = 0);
    // The server moved (restarted on another port): new connections go there.
    void setUpstreamPort(quint16 upstreamPort);
    quint16 upstreamPort() const;
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:PORT"

    // Faults for the next requests, one each, in order.
    void enqueue(const Fault &fault);
    void enqueue(const QList<Fault> &faults);
    int queuedFaults() const;
    // Decides the fault of a request when the queue is empty; called on the proxy's thread with
    // what is known at the request head (method, target, index, connection).
    using Chooser = std::function<Fault(const ProxiedRequest &request)>;
    void setChooser(Chooser chooser);
    // Called on the proxy's thread when a request has been written to the server in full.
    void setOnForwarded(std::function<void(const ProxiedRequest &request)> callback);
    // Empties the queue and removes chooser and callback: everything passes again.
    void clearFaults();

    // Resets every open connection (client and server side).
    void abortAll();
    int openConnections() const;

    // What happened so far.
    QList<ProxiedRequest> requests() const;
    int requestCount() const; // since the start (clearLog() does not reset it)
    void clearLog();           // forgets the entries; indexes keep counting

private:
    std::unique_ptr<FaultProxyCore> m_core;
};

} // namespace cet::test
