#pragma once

// SQL of a school's sync scope: its counter row (sync_scope), the school and its campuses, and the
// exam sessions that seal the schools' data.

#include "CentralStore.h"

#include <QMap>

#include <optional>

namespace cet::central::scopesql {

struct Scope
{
    QString epoch;
    qint64 lastSeq = 0;
};

// The school's counter and epoch; nullopt for a school that does not exist.
Result<std::optional<Scope>> read(CentralStore &store, const QString &school);
// The same, as the first statement of a write transaction: the row stays locked to commit, so that
// seq order is commit order.
Result<std::optional<Scope>> lock(CentralStore &store, const QString &school);
Result<void> setLastSeq(CentralStore &store, const QString &school, qint64 lastSeq);

// The school's name; nullopt for a school that does not exist.
Result<std::optional<QString>> schoolName(CentralStore &store, const QString &school);
// The school's campuses: code → name.
Result<QMap<QString, QString>> campuses(CentralStore &store, const QString &school);

// Admin writes: a school with its counter row (epoch given), a campus, an exam session, a new epoch.
Result<void> insertSchool(CentralStore &store, const QString &code, const QString &name, const QDateTime &at,
                          const QString &epoch);
Result<void> insertCampus(CentralStore &store, const QString &school, const QString &code, const QString &name);
Result<void> insertExamSession(CentralStore &store, const QString &name, const QDateTime &opensAt,
                               const QDateTime &sealsAt);
Result<void> setEpoch(CentralStore &store, const QString &school, const QString &epoch);

// Whether the exam session open at `now` has sealed the schools' data.
Result<bool> isSealed(CentralStore &store, const QDateTime &now);
// When the latest exam session (by opening) seals the schools' data; nullopt without a session.
Result<std::optional<QDateTime>> latestSealsAt(CentralStore &store);

// The span [opens_at, seals_at] of the exam session open at `now`, if one is.
struct SessionTimes
{
    QDateTime opensAt, sealsAt;
    qint64 id = 0; // the session code of the candidate API (public capacity)
};
Result<std::optional<SessionTimes>> currentSession(CentralStore &store, const QDateTime &now);

} // namespace cet::central::scopesql
