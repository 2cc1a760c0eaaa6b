#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace cet {

// What the last fetch of something kept apart from the change feed (the seats taken, the
// registration states) saw: the school, the server's activity stamp for it at the time and the
// server's time of the answer. A sync fetches again only when the stamp moved, another school
// is synced, the stamp was not settled (null), or the last answer is an hour old (so that the
// bookings-per-hour window and "as of" never fall far behind).
class FetchMemo
{
public:
    // True when the fetch may be skipped: what the server holds is what was fetched last.
    bool current(const QString &school, const std::optional<qint64> &stamp) const;
    void fetched(const QString &school, const std::optional<qint64> &stamp, const QDateTime &serverAt);
    void forget();
    // The server's time now, reckoned from the last answer's time and the time since.
    QDateTime serverNow() const;

private:
    QString m_school;
    std::optional<qint64> m_stamp;
    QDateTime m_serverAt;
    QElapsedTimer m_since;
};

// How a sync's fetch of seats or registration states went.
enum class FetchOutcome {
    Failed,    // logged; what is stored stays
    Fetched,   // fetched and stored anew
    Unchanged, // the server's stamp says nothing changed since the last fetch: not asked
};

} // namespace cet
