#pragma once

#include <QString>

// The staff roles cet-central signs in, and what each does on the desktop.
namespace cet::roles {

inline const QString coordinator = QStringLiteral("coordinator");
inline const QString csAgent = QStringLiteral("cs_agent");
inline const QString csSupervisor = QStringLiteral("cs_supervisor");
inline const QString admin = QStringLiteral("admin");

// Works on a school's roster on this desktop (imports it, edits it, syncs it).
inline bool worksOnRoster(const QString &role)
{
    return role == coordinator || role == admin;
}

// Reaches any school: picks the school whose roster this desktop syncs.
inline bool choosesSchool(const QString &role)
{
    return role == admin;
}

// Customer service: online work across schools, no roster on the desktop.
inline bool isCustomerService(const QString &role)
{
    return role == csAgent || role == csSupervisor;
}

} // namespace cet::roles
