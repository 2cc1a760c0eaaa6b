#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cet {

class SubjectRules
{
    Q_DECLARE_TR_FUNCTIONS(cet::SubjectRules)
public:
    SubjectRules() = delete;
};

// Checks the written subjects one candidate wants in one sitting. Oral codes in the list are
// ignored. Errors:
//   subject.unknown     a code not in the catalogue
//   subject.duplicate   the same subject twice
//   subject.same_level  two written subjects of the same level (same half-day), e.g. 1 with 3:
//                       "Only one written subject of the same level can be taken"
Result<void> checkWrittenCombination(const QStringList &codes);

// Checks that an oral subject may be added given the written subjects registered for the same
// sitting: F needs 1 (英语四级), S needs 2 (英语六级); an oral subject alone is refused. Errors:
//   subject.unknown, subject.not_oral, subject.oral_needs_written
Result<void> checkOralAllowed(const QString &oralCode, const QStringList &registeredWrittenCodes);

// The written subject an oral subject needs ("1" for F, "2" for S); empty for anything else.
QString writtenSubjectRequiredFor(const QString &oralCode);

// The other way round: the oral subjects that stand on written subject `writtenCode` ({"F"} for
// "1"); empty for a written subject without an oral test, and for an oral code.
QStringList oralSubjectsRequiring(const QString &writtenCode);

} // namespace cet
