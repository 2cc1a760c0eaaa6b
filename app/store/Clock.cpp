#include "Clock.h"

#include <mutex>

namespace cet::clock {

namespace {

std::mutex g_mutex;
std::function<QDateTime()> g_now; // empty: the system clock

} // namespace

QDateTime now()
{
    {
        std::lock_guard lock(g_mutex);
        if (g_now)
            return g_now().toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

void set(std::function<QDateTime()> now)
{
    std::lock_guard lock(g_mutex);
    g_now = std::move(now);
}

} // namespace cet::clock
