#pragma once

// The subjects a restriction list (限制报考名单) entry bars a candidate from: all of them ("*"),
// or the listed ones. A barred written subject bars its oral test too (the oral test goes with the
// qualification of its written one).

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cet {

class SubjectRestriction
{
    Q_DECLARE_TR_FUNCTIONS(cet::SubjectRestriction)
public:
    SubjectRestriction() = default; // bars nothing

    // "*" or "all" (every subject), or subject codes separated by commas or spaces ("2,S").
    // Errors: restriction.subjects (empty), subject.unknown.
    static Result<SubjectRestriction> parse(const QString &text);

    bool restricts(const QString &subjectCode) const;
    bool isEmpty() const { return !m_all && m_codes.isEmpty(); }
    // The stored form: "*" or the codes in catalogue order, comma-separated.
    QString text() const;

private:
    bool m_all = false;
    QStringList m_codes;
};

} // namespace cet
