#pragma once

#include "RegistrationState.h"
#include "StudentRecord.h"

#include <QString>

#include <optional>

namespace cet {

// What the Students page shows: a search text, optional filters, and a sort.
struct StudentFilter
{
    // Instant search: matches a name prefix, an ID-number prefix, or a 学号 prefix
    // (case-insensitive for the trailing X of resident ID numbers). Empty = no search.
    QString search;
    QString campusCode;      // empty = any
    QString department;      // 院系, empty = any
    QString grade;           // 年级, empty = any
    std::optional<Education> education;
    // How far on the candidate site, as last fetched from the server; nullopt = any.
    std::optional<RegistrationState> registration = std::nullopt;

    bool isEmpty() const
    {
        return search.isEmpty() && campusCode.isEmpty() && department.isEmpty() && grade.isEmpty()
            && !education.has_value() && !registration.has_value();
    }
    bool operator==(const StudentFilter &o) const
    {
        return search == o.search && campusCode == o.campusCode && department == o.department && grade == o.grade
            && education == o.education && registration == o.registration;
    }
};

struct StudentQuery
{
    StudentFilter filter;
    // Sort column; std::nullopt = insertion order (row id).
    std::optional<StudentField> sortField;
    bool descending = false;
};

} // namespace cet
