#include "StudentHash.h"

namespace cet {

namespace {

// FNV-1a 64 (http://www.isthe.com/chongo/tech/comp/fnv/): these two constants and the byte order
// below define hashes that may be stored, so they must never change.
constexpr quint64 kOffsetBasis = 0xcbf29ce484222325ULL;
constexpr quint64 kPrime = 0x100000001b3ULL;
constexpr char16_t kPartEnd = 0xFFFF;

constexpr quint64 kPrimeSquared = kPrime * kPrime; // mod 2^64, as the hash computes

inline quint64 addUnit(quint64 h, char16_t unit)
{
    // The high byte of a Latin-1 unit is 0 and XOR with 0 changes nothing: both multiplications
    // fold into one. Same value, half the dependent multiplications for digits and codes.
    if (unit < 0x100)
        return (h ^ quint64(unit)) * kPrimeSquared;
    h = (h ^ quint64(unit & 0xFFu)) * kPrime;
    return (h ^ quint64(unit >> 8)) * kPrime;
}

inline quint64 addPart(quint64 h, QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    for (; p != end; ++p)
        h = addUnit(h, *p);
    return addUnit(h, kPartEnd);
}

} // namespace

quint64 studentIdentityHash(IdType type, QStringView idNumber)
{
    // The code as decimal text without a QString: codes are small non-negative numbers.
    char16_t digits[12];
    int n = 0;
    unsigned code = unsigned(static_cast<int>(type));
    do {
        digits[n++] = char16_t(u'0' + code % 10);
        code /= 10;
    } while (code != 0 && n < 12);
    quint64 h = kOffsetBasis;
    while (n > 0)
        h = addUnit(h, digits[--n]);
    h = addUnit(h, kPartEnd);
    return addPart(h, idNumber);
}

quint64 studentContentHash(const StudentRecord &record)
{
    std::array<QString, int(StudentField::Count_)> texts;
    std::array<QStringView, int(StudentField::Count_)> views;
    for (int i = 0; i < int(StudentField::Count_); ++i) {
        texts[i] = record.fieldText(StudentField(i));
        views[i] = texts[i];
    }
    return studentContentHash(views);
}

quint64 studentContentHash(const std::array<QStringView, int(StudentField::Count_)> &fieldTexts)
{
    quint64 h = kOffsetBasis;
    for (const QStringView text : fieldTexts)
        h = addPart(h, text);
    return h;
}

} // namespace cet
