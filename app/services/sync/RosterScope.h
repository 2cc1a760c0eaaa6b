#pragma once

#include "Database.h"
#include "Result.h"
#include "SyncTypes.h"

#include <QString>

namespace cet {

// Which school's roster a desktop database holds, and so which accounts may sync it: one database
// holds one school's roster, and signing in for another school would mix two schools' records.
namespace rosterscope {

// The school of the roster this database holds: the school it has synced with, else the school of
// its imported students; empty for a database without a roster (any school may take it).
Result<QString> heldSchool(Database &db);

// The school whose roster the database syncs for `account` at sign-in: a coordinator's own school,
// for an administrator the school the database already holds (or none until they choose one),
// for other roles the database's school unchanged (they do not touch the roster).
// sync.wrong_school when the database holds another school's roster.
Result<QString> scopeForSignIn(Database &db, const SyncAccount &account);

// An administrator's choice of `school`: sync.wrong_school when the database holds another's.
Result<void> checkChoice(Database &db, const QString &school);

} // namespace rosterscope
} // namespace cet
