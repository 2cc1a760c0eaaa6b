#include "ReplyQueue.h"

#include <QHttpServerResponder>
#include <QTcpSocket>

namespace cet::central::http {

namespace {

void writeReply(QHttpServerResponder &responder, const ApiReply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(reply.body);
}

} // namespace

ReplyQueue::ReplyQueue(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{ }

ReplyQueue *ReplyQueue::of(QTcpSocket *socket)
{
    if (auto *existing = socket->findChild<ReplyQueue *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    // A reply is written in pieces (status line, headers, body): without TCP_NODELAY the last piece
    // waits for the client's delayed ACK of the first (~40 ms per request on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return new ReplyQueue(socket);
}

quint64 ReplyQueue::enqueue(QHttpServerResponder &&responder)
{
    Pending p;
    p.ticket = m_next++;
    p.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_pending.push_back(std::move(p));
    return m_pending.back().ticket;
}

void ReplyQueue::complete(quint64 ticket, const ApiReply &reply)
{
    for (Pending &p : m_pending) {
        if (p.ticket == ticket)
            p.reply = reply;
    }
    while (!m_pending.empty() && m_pending.front().reply) {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            writeReply(*m_pending.front().responder, *m_pending.front().reply);
        m_pending.pop_front();
    }
}

} // namespace cet::central::http
