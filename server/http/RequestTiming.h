#pragma once

// Per-request timing for measuring the API (no effect unless enabled): with the environment
// variable CETCENTRAL_TIMING=1, every request handled logs one line (category central.http.timing,
// info) with its wall time and the handling thread's CPU time, e.g.
//   POST /api/v1/sync/push 200: 41.2 ms wall, 38.9 ms cpu, 51234 bytes out
// CPU time is what the handler itself costs; wall time also counts waiting (disk, other processes).

#include "ApiExchange.h"

#include <QElapsedTimer>

namespace cet::central::http {

class RequestTiming
{
public:
    RequestTiming();
    void finish(const ApiRequest &request, const ApiReply &reply) const;

private:
    bool m_on;
    QElapsedTimer m_wall;
    qint64 m_cpuStartNs = 0;
};

} // namespace cet::central::http
