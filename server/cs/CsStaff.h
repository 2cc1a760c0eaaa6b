#pragma once

// The signed-in customer-service staff member a desk action runs as, and what each role may do.
// The server decides: a desk that hides a button is a convenience, not a guard.

#include "CsMessages.h"

#include <QString>

namespace cet::central::cs {

struct CsStaff
{
    QString name;
    QString role; // cs_agent | cs_supervisor (any other role is refused)
};

inline const QString kAgentRole = QStringLiteral("cs_agent");
inline const QString kSupervisorRole = QStringLiteral("cs_supervisor");

// Looking accounts up, filing, reading and withdrawing requests: agents and supervisors.
inline Result<void> requireDesk(const CsStaff &staff)
{
    if (staff.role != kAgentRole && staff.role != kSupervisorRole)
        return csError(codes::forbidden);
    return {};
}

// Approving, refusing, holding back and releasing: supervisors only.
inline Result<void> requireSupervisor(const CsStaff &staff)
{
    if (staff.role != kSupervisorRole)
        return csError(codes::forbidden);
    return {};
}

} // namespace cet::central::cs
