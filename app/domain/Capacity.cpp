#include "Capacity.h"

namespace cet {

int remainingSeats(int seats, int taken)
{
    const int left = seats - taken;
    return left > 0 ? left : 0;
}

CapacityColour capacityColour(int seats, int taken)
{
    const int left = remainingSeats(seats, taken);
    if (seats <= 0 || left <= 0)
        return CapacityColour::Red;
    // "More than half left", in integers: 2 * left > seats.
    if (2 * static_cast<qint64>(left) > seats)
        return CapacityColour::Green;
    return CapacityColour::Yellow;
}

QString capacityDisplayText(int seats, int taken)
{
    if (capacityColour(seats, taken) == CapacityColour::Red)
        return Capacity::tr("None", "no seats left");
    return QString::number(remainingSeats(seats, taken));
}

} // namespace cet
