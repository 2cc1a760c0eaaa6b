#pragma once

#include "CsTypes.h"

#include <QCoreApplication>

namespace cet {

// A rebinding request as rich text for a case view: the candidate, the passports, the checks,
// the agent's notes, the decision, when it applies or why it failed.
class CsRequestCard
{
    Q_DECLARE_TR_FUNCTIONS(cet::CsRequestCard)
public:
    static QString html(const CsRequest &r);
};

} // namespace cet
