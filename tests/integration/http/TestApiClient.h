#pragma once

// The HTTP clients of cet-central's API (server/sim, shared with the candidate simulator) under the
// names the tests use.

#include "ApiClient.h"
#include "CandidateClient.h"

namespace cet::test {
using cet::central::sim::ApiClient;
using cet::central::sim::ApiResponse;
using cet::central::sim::CandidateClient;
} // namespace cet::test
