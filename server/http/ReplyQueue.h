#pragma once

// The replies of one connection, written in the order the requests came (HTTP/1.1 pipelining)
// although their handlers finish in any order on the thread pool. A child of the socket: when
// QHttpServer deletes the socket (client gone), the queue and its responders go with it, and
// late replies are dropped (callers hold a QPointer).

#include "ApiExchange.h"

#include <QObject>

#include <deque>
#include <memory>
#include <optional>

class QHttpServerResponder;
class QTcpSocket;

namespace cet::central::http {

class ReplyQueue : public QObject
{
    Q_OBJECT
public:
    static ReplyQueue *of(QTcpSocket *socket); // created on first use

    quint64 enqueue(QHttpServerResponder &&responder);
    void complete(quint64 ticket, const ApiReply &reply);
    bool hasPending() const { return !m_pending.empty(); }

private:
    explicit ReplyQueue(QTcpSocket *socket);
    struct Pending
    {
        quint64 ticket = 0;
        std::unique_ptr<QHttpServerResponder> responder;
        std::optional<ApiReply> reply;
    };

    QTcpSocket *m_socket;
    std::deque<Pending> m_pending;
    quint64 m_next = 0;
};

} // namespace cet::central::http
