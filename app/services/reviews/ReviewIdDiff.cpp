#include "ReviewIdDiff.h"

#include <algorithm>

namespace cet {

ReviewIdDiff ReviewIdDiff::of(const QString &a, const QString &b)
{
    ReviewIdDiff d;
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const bool differs = i >= a.size() || i >= b.size() || a.at(i).toUpper() != b.at(i).toUpper();
        if (i < a.size())
            d.left << differs;
        if (i < b.size())
            d.right << differs;
    }
    return d;
}

int ReviewIdDiff::count() const
{
    return int(std::max(std::count(left.begin(), left.end(), true), std::count(right.begin(), right.end(), true)));
}

} // namespace cet
