#pragma once

#include <QList>
#include <QString>

namespace cet {

// Which characters of two ID numbers differ, for the case view to highlight: position by position
// (a changed ID card keeps the length; a typing error is usually one or two characters), letters
// compared without case (a trailing x and X are the same check digit). Characters beyond the
// shorter number all differ.
struct ReviewIdDiff
{
    QList<bool> left, right; // per character of each number: true where it differs

    static ReviewIdDiff of(const QString &a, const QString &b);
    int count() const;
};

} // namespace cet
