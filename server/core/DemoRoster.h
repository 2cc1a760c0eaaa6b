#pragma once

#include "StudentRecord.h"

namespace cet::central {

// The i-th (0-based) generated demo student of `school` (campus school + "1"): a valid
// resident ID (GB 11643 check character), gender matching the ID, bachelor, 4 years.
StudentRecord demoStudent(const QString &school, int i);

} // namespace cet::central
