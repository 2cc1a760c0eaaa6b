#pragma once

#include <QCoreApplication>
#include <QString>

namespace cet {

class Capacity
{
    Q_DECLARE_TR_FUNCTIONS(cet::Capacity)
public:
    Capacity() = delete;
};

// How remaining seats are shown to candidates.
enum class CapacityColour : int {
    Green, // more than half of the seats left
    Yellow, // some left, half or less
    Red, // none left ("无"): can not be picked
};

// Seats left (never negative).
int remainingSeats(int seats, int taken);

// Green if remaining > seats / 2, Yellow if 0 < remaining ≤ seats / 2, Red if none left or seats ≤ 0.
CapacityColour capacityColour(int seats, int taken);

// What the candidate list shows: the number of seats left, or a translated "None" (zh: 无) when red.
QString capacityDisplayText(int seats, int taken);

} // namespace cet
