#pragma once

// Finds where one HTTP/1.1 message ends in a byte stream (for FaultProxy). Not a full parser:
// the head's start line and the headers that decide the body's length (Content-Length,
// Transfer-Encoding: chunked, Connection), then the body's bytes are counted, not kept.

#include <QByteArray>

namespace cet::test {

class HttpMessageScanner
{
public:
    enum class Kind { Request, Response };
    explicit HttpMessageScanner(Kind kind) : m_kind(kind) { }

    // Starts a new message. For a response: whether it answers a HEAD request (no body).
    void reset(bool answersHead = false);

    // Consumes bytes of the current message from the front of `data`; returns how many belong
    // to it (the rest is the next message). Returns 0 once done() or failed().
    qint64 feed(const char *data, qint64 size);
    // The connection closed: a response read until close is complete now.
    void endOfStream();

    bool headDone() const { return m_headDone; }
    bool done() const { return m_state == State::Done; }
    bool failed() const { return m_state == State::Failed; }
    bool readsUntilClose() const { return m_state == State::UntilClose; }

    // From the head.
    QByteArray method() const { return m_method; } // request
    QByteArray target() const { return m_target; } // request
    int status() const { return m_status; }         // response
    bool connectionClose() const { return m_close; }
    qint64 bytes() const { return m_bytes; } // consumed so far

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, UntilClose, Done, Failed };
    bool parseHead();
    // Collects a CRLF-terminated line into m_line; returns the bytes consumed, sets `complete`.
    qint64 takeLine(const char *data, qint64 size, bool &complete);

    Kind m_kind;
    State m_state = State::Head;
    bool m_answersHead = false;
    bool m_headDone = false;
    QByteArray m_head;
    QByteArray m_line;
    qint64 m_remaining = 0;
    qint64 m_bytes = 0;
    QByteArray m_method, m_target;
    int m_status = 0;
    bool m_close = false;
};

} // namespace cet::test
