#pragma once

// Capacity as candidates see it, without signing in: per campus of a school and subject offered,
// the seats left and a colour — green while more than half are left, yellow at half or less, red
// with "无" when none are (the subject can not be picked there).

#include "CandidateContext.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace cet::central::candidate {

// "green" | "yellow" | "red".
QString capacityColour(int capacity, int remaining);

// {"session", "school": {"code", "name"}, "campuses": [{"code", "name", "subjects": [{"subject",
//  "label", "capacity", "remaining", "colour", "shown"}]}]}; "shown" is the number left, or 无.
// capacity.unknown_session / capacity.unknown_school for names the server does not know.
Result<QJsonObject> publicCapacity(const CandidateContext &context, const QString &session, const QString &school);

} // namespace cet::central::candidate
