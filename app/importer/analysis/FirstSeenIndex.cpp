#include "FirstSeenIndex.h"

#include "LargeAlloc.h"

#include <cstdlib>

namespace cet {

namespace {

constexpr std::size_t kInitialSlots = 1024;

bool holds(quint32 low, quint32 high, quint64 key)
{
    return low == quint32(key) && high == quint32(key >> 32);
}

} // namespace

void FirstSeenIndex::FreeDeleter::operator()(Slot *p) const
{
    std::free(p);
}

FirstSeenIndex::Slots FirstSeenIndex::allocate(std::size_t count)
{
    void *p = allocateLarge(count * sizeof(Slot));
    Slot *slots = static_cast<Slot *>(p);
    for (std::size_t i = 0; i < count; ++i)
        slots[i] = Slot { 0, 0, -1 };
    return Slots(slots);
}

FirstSeenIndex::FirstSeenIndex() : m_slots(allocate(kInitialSlots)), m_capacity(kInitialSlots) { }

qsizetype FirstSeenIndex::slotOf(quint64 key) const
{
    // Fibonacci hashing (the top bits of the product depend on every bit of the key), scaled to
    // the table's size by a multiply and shift, so that the size need not be a power of two.
    const quint64 mixed = (key * 0x9E3779B97F4A7C15ULL) >> 32;
    return qsizetype((mixed * quint64(m_capacity)) >> 32);
}

qint32 FirstSeenIndex::find(quint64 key) const
{
    for (std::size_t i = std::size_t(slotOf(key));; i = i + 1 == m_capacity ? 0 : i + 1) {
        const Slot &s = m_slots[i];
        if (s.value < 0)
            return -1;
        if (holds(s.keyLow, s.keyHigh, key))
            return s.value;
    }
}

qint32 FirstSeenIndex::findOrInsert(quint64 key, qint32 value)
{
    Q_ASSERT(value >= 0);
    if (2 * std::size_t(m_size + 1) > m_capacity)
        rehash(m_capacity * 2);
    for (std::size_t i = std::size_t(slotOf(key));; i = i + 1 == m_capacity ? 0 : i + 1) {
        Slot &s = m_slots[i];
        if (s.value < 0) {
            s = Slot { quint32(key), quint32(key >> 32), value };
            ++m_size;
            return -1;
        }
        if (holds(s.keyLow, s.keyHigh, key))
            return s.value;
    }
}

void FirstSeenIndex::rehash(std::size_t capacity)
{
    Slots old = allocate(capacity);
    old.swap(m_slots);
    const std::size_t oldCapacity = m_capacity;
    m_capacity = capacity;
    for (std::size_t n = 0; n < oldCapacity; ++n) {
        const Slot &s = old[n];
        if (s.value < 0)
            continue;
        const quint64 key = quint64(s.keyLow) | (quint64(s.keyHigh) << 32);
        std::size_t i = std::size_t(slotOf(key));
        while (m_slots[i].value >= 0)
            i = i + 1 == m_capacity ? 0 : i + 1;
        m_slots[i] = s;
    }
}

} // namespace cet
