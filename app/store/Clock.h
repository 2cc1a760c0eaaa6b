#pragma once

#include <QDateTime>

#include <functional>

namespace cet::clock {

// "Now" (UTC) for everything the local store stamps (edits, outbox rows, sync state, conflicts,
// import batches), so that rules about time can be tested without waiting: tests set a clock,
// the application keeps the system's. Safe to read from any thread (the writer's included).
QDateTime now();

// Replaces the clock, process-wide; an empty function brings back the system clock.
void set(std::function<QDateTime()> now);

} // namespace cet::clock
