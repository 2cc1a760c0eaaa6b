#pragma once

// How the customer-service desk shows a rebinding request and a candidate's contacts on the wire:
// ID numbers, emails and mobile numbers masked (agents talk to callers, they never need the whole
// address), times as wire times.

#include "RebindSql.h"

#include <QJsonObject>

namespace cet::central::cs {

// "z***@example.com": the first character of the local part and the whole domain, enough for a
// caller to recognise their address and not enough to read it off a screen.
QString maskEmail(const QString &email);
// "138****5678"; empty stays empty.
QString maskMobile(const QString &mobile);

// The request as the contract's `request` object.
QJsonObject requestJson(const rebindsql::RequestRow &row);

} // namespace cet::central::cs
