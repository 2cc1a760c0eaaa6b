#pragma once

// When a school's candidate-side state last changed, so that a desk's sync can tell whether the
// seats and the registrations it fetched last time are still current.

#include "CentralStore.h"

namespace cet::central::schoolactivitysql {

// The latest change stamps (registrationsql::changeStamp) of the school's registrations and of its
// offers' seats; 0 where nothing changed yet.
struct Stamps
{
    qint64 registrations = 0;
    qint64 seats = 0;
};

Result<Stamps> latest(CentralStore &store, const QString &school);

} // namespace cet::central::schoolactivitysql
