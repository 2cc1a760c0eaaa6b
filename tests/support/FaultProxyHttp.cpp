#include "FaultProxyHttp.h"

#include <QList>

#include <algorithm>

namespace cet::test {

namespace {
constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kMaxLine = 4 * 1024;
} // namespace

void HttpMessageScanner::reset(bool answersHead)
{
    m_state = State::Head;
    m_answersHead = answersHead;
    m_headDone = false;
    m_head.clear();
    m_line.clear();
    m_remaining = 0;
    m_bytes = 0;
    m_method.clear();
    m_target.clear();
    m_status = 0;
    m_close = false;
}

qint64 HttpMessageScanner::takeLine(const char *data, qint64 size, bool &complete)
{
    complete = false;
    for (qint64 i = 0; i < size; ++i) {
        m_line.append(data[i]);
        if (m_line.endsWith("\r\n")) {
            m_line.chop(2);
            complete = true;
            return i + 1;
        }
        if (m_line.size() > kMaxLine) {
            m_state = State::Failed;
            return i + 1;
        }
    }
    return size;
}

bool HttpMessageScanner::parseHead()
{
    const QList<QByteArray> lines = m_head.left(m_head.size() - 4).split('\n');
    if (lines.isEmpty())
        return false;
    const QList<QByteArray> start = lines.first().trimmed().split(' ');
    bool http10 = false;
    if (m_kind == Kind::Request) {
        if (start.size() != 3 || !start[2].startsWith("HTTP/1."))
            return false;
        m_method = start[0];
        m_target = start[1];
        http10 = start[2] == "HTTP/1.0";
    } else {
        if (start.size() < 2 || !start[0].startsWith("HTTP/1."))
            return false;
        bool ok = false;
        m_status = start[1].toInt(&ok);
        if (!ok)
            return false;
        http10 = start[0] == "HTTP/1.0";
    }
    qint64 length = -1;
    bool chunked = false;
    bool keepAlive = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return false;
        } else if (name == "transfer-encoding") {
            chunked = value.contains("chunked");
        } else if (name == "connection") {
            m_close = value.contains("close");
            keepAlive = value.contains("keep-alive");
        }
    }
    if (http10 && !keepAlive)
        m_close = true;

    m_headDone = true;
    if (m_kind == Kind::Response
        && (m_answersHead || (m_status >= 100 && m_status < 200) || m_status == 204 || m_status == 304)) {
        m_state = State::Done;
    } else if (chunked) {
        m_state = State::ChunkSize;
    } else if (length >= 0) {
        m_remaining = length;
        m_state = length == 0 ? State::Done : State::Body;
    } else if (m_kind == Kind::Request) {
        m_state = State::Done; // a request without a length has no body
    } else {
        m_state = State::UntilClose;
        m_close = true;
    }
    return true;
}

qint64 HttpMessageScanner::feed(const char *data, qint64 size)
{
    qint64 used = 0;
    while (used < size) {
        const char *p = data + used;
        const qint64 n = size - used;
        switch (m_state) {
        case State::Done:
        case State::Failed:
            m_bytes += used;
            return used;
        case State::Head: {
            const qint64 before = m_head.size();
            m_head.append(p, static_cast<int>(std::min<qint64>(n, kMaxHead)));
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                used += m_head.size() - before;
                if (m_head.size() > kMaxHead)
                    m_state = State::Failed;
                break;
            }
            m_head.truncate(end + 4);
            used += m_head.size() - before;
            if (!parseHead()) {
                m_state = State::Failed;
                break;
            }
            // 1xx interim responses (100 Continue): the real response follows in this message.
            if (m_kind == Kind::Response && m_status >= 100 && m_status < 200 && m_status != 101) {
                m_head.clear();
                m_headDone = false;
                m_state = State::Head;
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            const qint64 take = std::min(n, m_remaining);
            used += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
        case State::ChunkSize:
        case State::Trailer: {
            bool complete = false;
            used += takeLine(p, n, complete);
            if (!complete || m_state == State::Failed)
                break;
            const QByteArray line = m_line;
            m_line.clear();
            if (m_state == State::ChunkDataEnd) {
                m_state = line.isEmpty() ? State::ChunkSize : State::Failed;
            } else if (m_state == State::ChunkSize) {
                QByteArray hex = line;
                const int semi = hex.indexOf(';');
                if (semi >= 0)
                    hex.truncate(semi);
                bool ok = false;
                const qint64 chunk = hex.trimmed().toLongLong(&ok, 16);
                if (!ok || chunk < 0) {
                    m_state = State::Failed;
                } else if (chunk == 0) {
                    m_state = State::Trailer;
                } else {
                    m_remaining = chunk;
                    m_state = State::ChunkData;
                }
            } else if (line.isEmpty()) { // Trailer: the empty line ends the message
                m_state = State::Done;
            }
            break;
        }
        case State::UntilClose:
            used = size;
            break;
        }
    }
    m_bytes += used;
    return used;
}

void HttpMessageScanner::endOfStream()
{
    if (m_state == State::UntilClose)
        m_state = State::Done;
}

} // namespace cet::test
