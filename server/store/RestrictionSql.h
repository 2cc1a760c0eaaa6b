#pragma once

// SQL of the restriction list (限制报考名单): the province's list of candidates, by ID document,
// barred from some subjects or from all. One row per ID document; the subjects are written as the
// list's text ("2,S" or "*", see SubjectRestriction).

#include "CentralStore.h"
#include "SubjectRestriction.h"

#include <optional>

namespace cet::central::restrictionsql {

struct RestrictionRow
{
    int idType = 0;
    QString idNumber;
    QString subjects; // "*" or comma-separated subject codes
    QString reason;
    QString addedBy;
    QDateTime addedAt;
};

Result<std::optional<RestrictionRow>> find(CentralStore &store, int idType, const QString &idNumber);
// Adds the row or replaces the one of the same ID document.
Result<void> put(CentralStore &store, const RestrictionRow &row);
// True when a row was removed.
Result<bool> remove(CentralStore &store, int idType, const QString &idNumber);
Result<QList<RestrictionRow>> all(CentralStore &store);

// What the candidate with this ID document is barred from (nothing when not on the list). A stored
// text that no longer parses bars everything: a list entry must never be read as "no restriction".
Result<SubjectRestriction> barredSubjects(CentralStore &store, int idType, const QString &idNumber);
// The same from a row's subjects text read elsewhere (nullopt: not on the list).
SubjectRestriction barredBy(const std::optional<QString> &subjects);

} // namespace cet::central::restrictionsql
