#pragma once

// What the candidate services work on: the request thread's database connection and the
// server's clock (the injected one, so that windows and expiries are testable).

#include <QDateTime>

#include <functional>

namespace cet::central {
class CentralStore;
}

namespace cet::central::candidate {

struct CandidateContext
{
    CentralStore &store;
    std::function<QDateTime()> now;
};

} // namespace cet::central::candidate
