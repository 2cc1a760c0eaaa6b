#pragma once

// How the customer-service desk shows a rebinding request and a candidate's contacts on the wire:
// ID numbers, emails and mobile numbers masked (agents talk to callers, they never need the whole
// address), times as wire times.

#include "RebindSql.h"

#include <QJsonObject>

namespace cet::central::cs {

// The request as the contract's `request` object.
QJsonObject requestJson(const rebindsql::RequestRow &row);

} // namespace cet::central::cs
