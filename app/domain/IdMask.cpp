#include "IdMask.h"

namespace cet {

namespace {

QString keep(const QString &number, qsizetype head, qsizetype tail)
{
    return number.left(head) + QString(number.size() - head - tail, u'*') + number.right(tail);
}

} // namespace

QString maskIdNumber(IdType type, const QString &idNumber)
{
    Q_UNUSED(type)
    const qsizetype n = idNumber.size();
    if (n == 18)
        return keep(idNumber, 6, 4);
    if (n >= 9)
        return keep(idNumber, 2, 2);
    if (n >= 5)
        return keep(idNumber, 1, n == 8 ? 2 : 1);
    return QString(n, u'*');
}

} // namespace cet
