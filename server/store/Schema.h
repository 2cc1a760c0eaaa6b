#pragma once

#include "DbUrl.h"

#include <QStringList>

namespace cet::central::schema {

// Statements of each migration step, for the dialect; index 0 = version 1.
QList<QStringList> migrations(DbUrl::Kind dialect);

} // namespace cet::central::schema
