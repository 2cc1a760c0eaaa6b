#include "Cet6Qualification.h"

namespace cet::central::candidate {

bool hasCet6Qualification(CandidateContext &context, int idType, const QString &idNumber)
{
    Q_UNUSED(context)
    Q_UNUSED(idType)
    Q_UNUSED(idNumber)
    return false;
}

} // namespace cet::central::candidate
