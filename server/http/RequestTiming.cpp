#include "RequestTiming.h"

#include <QLoggingCategory>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace cet::central::http {

namespace {

Q_LOGGING_CATEGORY(lcTiming, "central.http.timing")

bool timingEnabled()
{
    static const bool on = qEnvironmentVariableIntValue("CETCENTRAL_TIMING") != 0;
    return on;
}

qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
    return 0;
}

} // namespace

RequestTiming::RequestTiming() : m_on(timingEnabled())
{
    if (!m_on)
        return;
    m_wall.start();
    m_cpuStartNs = threadCpuNs();
}

void RequestTiming::finish(const ApiRequest &request, const ApiReply &reply) const
{
    if (!m_on)
        return;
    const double wallMs = m_wall.nsecsElapsed() / 1e6;
    const double cpuMs = (threadCpuNs() - m_cpuStartNs) / 1e6;
    qCInfo(lcTiming).noquote() << QStringLiteral("%1 %2 %3: %4 ms wall, %5 ms cpu, %6 bytes out")
                                      .arg(QString::fromLatin1(request.method), request.path)
                                      .arg(reply.status)
                                      .arg(wallMs, 0, 'f', 1)
                                      .arg(cpuMs, 0, 'f', 1)
                                      .arg(reply.body.size());
}

} // namespace cet::central::http
