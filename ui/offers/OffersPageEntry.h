#pragma once

#include "PageRegistry.h"

namespace cet {

// The Campuses and seats (考点与容量) page in the main window: for coordinators, who set up their
// school's campuses and offers offline and watch the seats fill.
PageEntry offersPageEntry();

} // namespace cet
