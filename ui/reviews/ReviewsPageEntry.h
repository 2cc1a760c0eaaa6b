#pragma once

#include "PageRegistry.h"

namespace cet {

// The Reviews (复核) page in the main window: for coordinators, who decide their school's CET6
// qualification reviews offline.
PageEntry reviewsPageEntry();

} // namespace cet
