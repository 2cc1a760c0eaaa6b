#pragma once

#include "PageRegistry.h"

namespace cet {

// The pages of CET Desk's main window, in navigation order.
PageRegistry appPages();

} // namespace cet
