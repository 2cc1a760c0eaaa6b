#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace cet {

// Schema migrations keyed on PRAGMA user_version. Migration N takes a database at version N-1
// to version N inside one transaction; a database newer than the code is refused.
class Migrations
{
public:
    static int latestVersion();
    // Migrates up to `target` (default: latest). Idempotent.
    static Result<void> migrate(QSqlDatabase db, int target = -1);
};

} // namespace cet
