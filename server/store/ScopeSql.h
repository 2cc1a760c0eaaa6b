#pragma once

// SQL of a school's sync scope: its counter row (sync_scope), its name and campuses, and whether
// the running exam session has sealed the schools' data.

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

// Whether the exam session open at `now` has sealed the schools' data.
Result<bool> isSealed(CentralStore &store, const QDateTime &now);

} // namespace cet::central::scopesql
