#pragma once

#include "PageRegistry.h"

namespace cet {

// The Sync (同步) page: signing in, the outbox, conflicts and the log of the roster's sync.
PageEntry syncPageEntry();

} // namespace cet
