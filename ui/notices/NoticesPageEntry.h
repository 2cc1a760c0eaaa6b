#pragma once

#include "PageRegistry.h"

namespace cet {

// The Notices (通告) page in the main window: for coordinators, who edit the school's and its
// campuses' notices offline; an administrator sees it for the school chosen to sync.
PageEntry noticesPageEntry();

} // namespace cet
