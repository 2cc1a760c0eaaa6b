#pragma once

#include "PageRegistry.h"

namespace cet {

// The Students (学籍) page in the main window: for roles that work on a school's roster.
PageEntry studentsPageEntry();

} // namespace cet
