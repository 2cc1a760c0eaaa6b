#include "FetchMemo.h"

namespace cet {

namespace {
constexpr qint64 kRefetchAfterMs = 3600 * 1000;
}

bool FetchMemo::current(const QString &school, const std::optional<qint64> &stamp) const
{
    return stamp && m_stamp && *stamp == *m_stamp && school == m_school && m_since.isValid()
           && m_since.elapsed() < kRefetchAfterMs;
}

void FetchMemo::fetched(const QString &school, const std::optional<qint64> &stamp, const QDateTime &serverAt)
{
    m_school = school;
    m_stamp = stamp;
    m_serverAt = serverAt.isValid() ? serverAt : QDateTime::currentDateTimeUtc();
    m_since.start();
}

void FetchMemo::forget()
{
    m_stamp.reset();
    m_since.invalidate();
}

QDateTime FetchMemo::serverNow() const
{
    return m_since.isValid() ? m_serverAt.addMSecs(m_since.elapsed()) : QDateTime::currentDateTimeUtc();
}

} // namespace cet
