#include "SubjectRestriction.h"

#include "Subject.h"
#include "SubjectRules.h"

#include <QRegularExpression>

namespace cet {

Result<SubjectRestriction> SubjectRestriction::parse(const QString &text)
{
    const QString t = text.trimmed();
    SubjectRestriction out;
    if (t == QLatin1String("*") || t.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
        out.m_all = true;
        return out;
    }
    const QStringList parts = t.split(QRegularExpression(QStringLiteral("[,，\\s]+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error { QStringLiteral("restriction.subjects"),
            tr("Name the subjects the candidate is barred from (codes such as 2,S), or * for all."), {} };
    for (const QString &part : parts) {
        const Result<Subject> s = subjectByCode(part);
        if (!s)
            return s.error();
        if (!out.m_codes.contains(s.value().code))
            out.m_codes.append(s.value().code);
    }
    QStringList ordered;
    for (const Subject &s : allSubjects()) {
        if (out.m_codes.contains(s.code))
            ordered.append(s.code);
    }
    out.m_codes = ordered;
    return out;
}

bool SubjectRestriction::restricts(const QString &subjectCode) const
{
    if (m_all)
        return true;
    const QString code = subjectCode.trimmed().toUpper();
    return m_codes.contains(code) || m_codes.contains(writtenSubjectRequiredFor(code));
}

QString SubjectRestriction::text() const
{
    return m_all ? QStringLiteral("*") : m_codes.join(QLatin1Char(','));
}

} // namespace cet
