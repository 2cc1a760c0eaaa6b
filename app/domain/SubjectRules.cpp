#include "SubjectRules.h"

#include "Subject.h"

namespace cet {

Result<void> checkWrittenCombination(const QStringList &codes)
{
    QList<Subject> written;
    for (const QString &code : codes) {
        const Result<Subject> s = subjectByCode(code);
        if (!s)
            return s.error();
        if (!s.value().isWritten())
            continue;
        for (const Subject &other : written) {
            if (other.code == s.value().code)
                return Error { QStringLiteral("subject.duplicate"),
                    SubjectRules::tr("The subject %1 is listed twice.").arg(s.value().displayName()), {} };
            if (other.level == s.value().level)
                return Error { QStringLiteral("subject.same_level"),
                    SubjectRules::tr("Only one written subject of the same level can be taken"),
                    QStringLiteral("%1 + %2").arg(other.code, s.value().code) };
        }
        written.append(s.value());
    }
    return {};
}

QString writtenSubjectRequiredFor(const QString &oralCode)
{
    const QString c = oralCode.trimmed().toUpper();
    if (c == QLatin1String("F"))
        return QStringLiteral("1");
    if (c == QLatin1String("S"))
        return QStringLiteral("2");
    return {};
}

QStringList oralSubjectsRequiring(const QString &writtenCode)
{
    const QString written = writtenCode.trimmed().toUpper();
    QStringList out;
    for (const QString &oral : oralSubjectCodes()) {
        if (!written.isEmpty() && writtenSubjectRequiredFor(oral) == written)
            out.append(oral);
    }
    return out;
}

Result<void> checkOralAllowed(const QString &oralCode, const QStringList &registeredWrittenCodes)
{
    const Result<Subject> oral = subjectByCode(oralCode);
    if (!oral)
        return oral.error();
    if (!oral.value().isOral())
        return Error { QStringLiteral("subject.not_oral"),
            SubjectRules::tr("%1 is not an oral subject.").arg(oral.value().displayName()), {} };
    const QString needed = writtenSubjectRequiredFor(oral.value().code);
    for (const QString &code : registeredWrittenCodes) {
        if (code.trimmed().toUpper() == needed)
            return {};
    }
    const Result<Subject> written = subjectByCode(needed);
    return Error { QStringLiteral("subject.oral_needs_written"),
        SubjectRules::tr("%1 can only be taken together with the written test %2 of the same sitting.")
            .arg(oral.value().displayName(), written ? written.value().displayName() : needed),
        {} };
}

} // namespace cet
