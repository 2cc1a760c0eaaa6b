#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet {

class SubjectCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(cet::SubjectCatalogue)
public:
    SubjectCatalogue() = delete;
};

enum class SubjectLanguage : int { English, Japanese, German, Russian, French };
enum class SubjectKind : int { Written, Oral };
// Written level-4 subjects are all in the morning and level-6 in the afternoon of the same day;
// oral tests are on their own days (May / November).
enum class TimeSlot : int { WrittenMorning, WrittenAfternoon, Oral };

// One subject of the catalogue (资格科目). Codes are one character, as in the admission ticket
// number (digit 10 for written subjects) and in the files: '1'..'9', 'F', 'S'.
struct Subject
{
    QString code;
    SubjectLanguage language = SubjectLanguage::English;
    int level = 4; // 4 or 6
    SubjectKind kind = SubjectKind::Written;
    TimeSlot slot = TimeSlot::WrittenMorning;
    bool juneOnly = false; // non-English written subjects are held in June only
    QString label; // the Chinese name, a data value: "英语四级", "英语四级口试 (CET-SET4)"

    bool isWritten() const { return kind == SubjectKind::Written; }
    bool isOral() const { return kind == SubjectKind::Oral; }
    // Translated name for display ("CET-4 English written test", ...).
    QString displayName() const;
};

// The whole catalogue in code order: 1..9, F, S.
const QList<Subject> &allSubjects();

// Errors: "subject.unknown".
Result<Subject> subjectByCode(const QString &code);

// Written subject codes of a level (4 or 6); oral subject codes.
QStringList writtenSubjectCodes(int level);
QStringList oralSubjectCodes();

} // namespace cet
