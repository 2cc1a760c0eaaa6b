#include "Subject.h"

namespace cet {

namespace {

Subject make(char code, SubjectLanguage language, int level, SubjectKind kind, const char *label)
{
    Subject s;
    s.code = QString(QLatin1Char(code));
    s.language = language;
    s.level = level;
    s.kind = kind;
    if (kind == SubjectKind::Oral)
        s.slot = TimeSlot::Oral;
    else
        s.slot = level == 4 ? TimeSlot::WrittenMorning : TimeSlot::WrittenAfternoon;
    s.juneOnly = kind == SubjectKind::Written && language != SubjectLanguage::English;
    s.label = QString::fromUtf8(label);
    return s;
}

} // namespace

const QList<Subject> &allSubjects()
{
    using L = SubjectLanguage;
    using K = SubjectKind;
    static const QList<Subject> subjects = {
        make('1', L::English, 4, K::Written, "英语四级"),
        make('2', L::English, 6, K::Written, "英语六级"),
        make('3', L::Japanese, 4, K::Written, "日语四级"),
        make('4', L::Japanese, 6, K::Written, "日语六级"),
        make('5', L::German, 4, K::Written, "德语四级"),
        make('6', L::German, 6, K::Written, "德语六级"),
        make('7', L::Russian, 4, K::Written, "俄语四级"),
        make('8', L::Russian, 6, K::Written, "俄语六级"),
        make('9', L::French, 4, K::Written, "法语四级"),
        make('F', L::English, 4, K::Oral, "英语四级口试 (CET-SET4)"),
        make('S', L::English, 6, K::Oral, "英语六级口试 (CET-SET6)"),
    };
    return subjects;
}

Result<Subject> subjectByCode(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    for (const Subject &s : allSubjects()) {
        if (s.code == c)
            return s;
    }
    return Error { QStringLiteral("subject.unknown"), SubjectCatalogue::tr("Unknown subject code \"%1\".").arg(code),
        {} };
}

QStringList writtenSubjectCodes(int level)
{
    QStringList codes;
    for (const Subject &s : allSubjects()) {
        if (s.isWritten() && s.level == level)
            codes.append(s.code);
    }
    return codes;
}

QStringList oralSubjectCodes()
{
    QStringList codes;
    for (const Subject &s : allSubjects()) {
        if (s.isOral())
            codes.append(s.code);
    }
    return codes;
}

QString Subject::displayName() const
{
    if (kind == SubjectKind::Oral)
        return level == 4 ? SubjectCatalogue::tr("CET-4 spoken English test (CET-SET4)")
                          : SubjectCatalogue::tr("CET-6 spoken English test (CET-SET6)");
    switch (language) {
    case SubjectLanguage::English:
        return level == 4 ? SubjectCatalogue::tr("English level 4") : SubjectCatalogue::tr("English level 6");
    case SubjectLanguage::Japanese:
        return level == 4 ? SubjectCatalogue::tr("Japanese level 4") : SubjectCatalogue::tr("Japanese level 6");
    case SubjectLanguage::German:
        return level == 4 ? SubjectCatalogue::tr("German level 4") : SubjectCatalogue::tr("German level 6");
    case SubjectLanguage::Russian:
        return level == 4 ? SubjectCatalogue::tr("Russian level 4") : SubjectCatalogue::tr("Russian level 6");
    case SubjectLanguage::French:
        return SubjectCatalogue::tr("French level 4");
    }
    return label;
}

} // namespace cet
