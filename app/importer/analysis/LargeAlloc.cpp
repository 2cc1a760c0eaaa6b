#include "LargeAlloc.h"

#include <QtGlobal>

#include <cstdlib>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace cet {

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;

} // namespace

std::size_t largeAllocationBytes(std::size_t bytes)
{
#ifdef Q_OS_LINUX
    if (bytes >= kHugePage / 2)
        return (bytes + kHugePage - 1) / kHugePage * kHugePage;
#endif
    return bytes;
}

void *allocateLarge(std::size_t bytes)
{
    void *p = nullptr;
#ifdef Q_OS_LINUX
    if (bytes >= kHugePage / 2) {
        const std::size_t rounded = largeAllocationBytes(bytes);
        if (posix_memalign(&p, kHugePage, rounded) == 0)
            madvise(p, rounded, MADV_HUGEPAGE);
        else
            p = nullptr;
    }
#endif
    if (!p)
        p = std::malloc(bytes);
    if (!p)
        throw std::bad_alloc();
    return p;
}

} // namespace cet
