#pragma once

#include <QtGlobal>

#include <cstddef>
#include <memory>

namespace cet {

// The first row that had a given 64-bit key (a student's identity hash, a school + 学号 hash).
// One probe per row into a flat open-addressing table (12 bytes a slot, at most half full), where
// a QHash needed a lookup and then an insert into ~30 MB of spans and nodes at 1,000,000 rows:
// the hashes took over a quarter of a million-row analysis. Large tables sit on huge pages
// (allocateLarge): with 4 KiB pages nearly every probe also missed the TLB.
class FirstSeenIndex
{
public:
    FirstSeenIndex();

    // The value stored with `key`; if there is none, stores `value` (≥ 0) and returns -1.
    qint32 findOrInsert(quint64 key, qint32 value);
    // The value stored with `key`, or -1.
    qint32 find(quint64 key) const;
    qsizetype size() const { return m_size; }

private:
    struct Slot
    {
        quint32 keyLow;
        quint32 keyHigh;
        qint32 value; // -1: empty
    };
    struct FreeDeleter
    {
        void operator()(Slot *p) const;
    };
    using Slots = std::unique_ptr<Slot[], FreeDeleter>;
    static Slots allocate(std::size_t count); // every slot empty
    qsizetype slotOf(quint64 key) const;
    void rehash(std::size_t capacity);

    Slots m_slots;
    std::size_t m_capacity = 0; // slots; below 2^32
    qsizetype m_size = 0;
};

} // namespace cet
