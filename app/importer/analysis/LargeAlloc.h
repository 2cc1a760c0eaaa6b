#pragma once

#include <cstddef>

namespace cet {

// Memory for the analysis's large tables (the arena's blocks, the first-seen indexes). On Linux a
// block of half a huge page or more is rounded up to whole huge pages (2 MiB), aligned to them and
// advised onto them: a million rows then fault in a few hundred pages instead of 50,000, and
// random probes do not miss the TLB at nearly every step. Elsewhere it is plain malloc.
// Left uninitialised; free with std::free. Throws std::bad_alloc when there is no memory.
void *allocateLarge(std::size_t bytes);
// What allocateLarge really takes for `bytes`.
std::size_t largeAllocationBytes(std::size_t bytes);

} // namespace cet
