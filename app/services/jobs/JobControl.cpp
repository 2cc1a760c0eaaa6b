#include "JobControl.h"

namespace cet {

void JobControl::progress(qint64 done, qint64 total, const QString &text)
{
    m_counters.total.store(total);
    m_counters.done.store(done);
    if (!text.isEmpty())
        setText(text);
}

void JobControl::setText(const QString &text)
{
    const std::lock_guard lock(m_mutex);
    m_text = text;
}

JobProgress JobControl::current() const
{
    const std::lock_guard lock(m_mutex);
    return {m_counters.done.load(), m_counters.total.load(), m_text};
}

std::optional<JobProgress> JobControl::takeUpdate(bool force)
{
    JobProgress now = current();
    const std::lock_guard lock(m_mutex);
    if (m_taken && *m_taken == now)
        return std::nullopt;
    if (!force && m_sinceTaken.isValid() && m_sinceTaken.elapsed() < 1000 / kMaxUpdatesPerSecond)
        return std::nullopt;
    m_sinceTaken.start();
    m_taken = now;
    return now;
}

} // namespace cet
