#pragma once

#include "PageRegistry.h"

namespace cet {

// The customer service (客服) home page: for cs_agent and cs_supervisor, online only.
PageEntry customerServicePageEntry();

} // namespace cet
