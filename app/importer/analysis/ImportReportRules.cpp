// The rule names and suggested fixes of the validation report, one per problem code.
#include "ImportReport.h"

namespace cet {

namespace {

struct Rule
{
    const char *code;
    const char *title;
    const char *suggestion;
};

// Every code that RowConverter, validateStudent, idTypeFromLabel and the duplicate checks produce.
constexpr Rule kRules[] = {
    {"student.required", QT_TRANSLATE_NOOP("cet::ImportReport", "Required value missing"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Fill in the empty cells: name, ID type, ID number, school code, campus code, education, "
                       "program years, enrolment year and grade are required (gender too, unless the ID number "
                       "is an 18-character resident ID number).")},
    {"student.school_code", QT_TRANSLATE_NOOP("cet::ImportReport", "School code is not 5 digits"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Enter the 5-digit school code, e.g. 99101, and format the column as text so that leading "
                       "zeros are kept.")},
    {"student.campus_code", QT_TRANSLATE_NOOP("cet::ImportReport", "Campus code is not 6 digits"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Enter the 6-digit campus code: the school code followed by one digit, e.g. 991010.")},
    {"student.campus_school_mismatch", QT_TRANSLATE_NOOP("cet::ImportReport", "Campus does not belong to the school"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "The campus code must start with the school code: check both columns.")},
    {"student.program_years", QT_TRANSLATE_NOOP("cet::ImportReport", "Program length out of range"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Enter the program length in years, from 1 to 8.")},
    {"student.enrol_year", QT_TRANSLATE_NOOP("cet::ImportReport", "Enrolment year out of range"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Enter the year the student enrolled, e.g. 2024.")},
    {"student.gender_mismatch", QT_TRANSLATE_NOOP("cet::ImportReport", "Gender does not match the ID number"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Check the gender and the ID number: the 17th character of an ID number is odd for men "
                       "and even for women.")},
    {"student.gender_unknown", QT_TRANSLATE_NOOP("cet::ImportReport", "Unknown gender"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Write 男 or 女.")},
    {"label.gender", QT_TRANSLATE_NOOP("cet::ImportReport", "Unknown gender"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Write 男 or 女.")},
    {"student.education_unknown", QT_TRANSLATE_NOOP("cet::ImportReport", "Unknown education level"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Write 专科, 本科, 硕士研究生 or 博士研究生.")},
    {"label.education", QT_TRANSLATE_NOOP("cet::ImportReport", "Unknown education level"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Write 专科, 本科, 硕士研究生 or 博士研究生.")},
    {"label.id_type", QT_TRANSLATE_NOOP("cet::ImportReport", "Unknown ID type"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Write the ID type as the import template lists it, e.g. 中华人民共和国居民身份证 or 护照.")},
    {"id.type_unknown", QT_TRANSLATE_NOOP("cet::ImportReport", "Unknown ID type"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Write the ID type as the import template lists it, e.g. 中华人民共和国居民身份证 or 护照.")},
    {"id.type_not_accepted", QT_TRANSLATE_NOOP("cet::ImportReport", "ID type not accepted for CET"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Only the eight ID types of CET registration are accepted (military and police cards are "
                       "not): register the student with their resident identity card or another accepted ID.")},
    {"id.empty", QT_TRANSLATE_NOOP("cet::ImportReport", "ID number missing"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Enter the ID number.")},
    {"id.scientific_notation", QT_TRANSLATE_NOOP("cet::ImportReport", "ID number lost digits (stored as a number)"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "The spreadsheet stored the ID numbers as numbers and lost their last digits. Format the ID "
                       "number column as text, enter the full numbers again and import the file again.")},
    {"id.format", QT_TRANSLATE_NOOP("cet::ImportReport", "ID number has the wrong format"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Check the length and the characters of the ID number for its ID type, e.g. 17 digits and "
                       "a digit or X for a resident identity card.")},
    {"id.area", QT_TRANSLATE_NOOP("cet::ImportReport", "ID number has an unknown region"),
     QT_TRANSLATE_NOOP("cet::ImportReport", "Compare the first digits of the ID number with the ID document.")},
    {"id.birth_date", QT_TRANSLATE_NOOP("cet::ImportReport", "ID number has an impossible birth date"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Compare characters 7 to 14 of the ID number (the birth date) with the ID document.")},
    {"id.check_char", QT_TRANSLATE_NOOP("cet::ImportReport", "ID number check character is wrong"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "The number has a typing error: compare it character by character with the ID document.")},
    {"id.number_cell", QT_TRANSLATE_NOOP("cet::ImportReport", "ID number stored as a number"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "The numbers are still complete, but format the ID number column as text so that no digits "
                       "are lost the next time the file is saved.")},
    {"student_no.number_cell", QT_TRANSLATE_NOOP("cet::ImportReport", "Student number stored as a number"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Check that no leading zeros were lost, and format the student number column as text.")},
    {"number.format", QT_TRANSLATE_NOOP("cet::ImportReport", "Not a whole number"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Write the program length as a number of years (e.g. 4) and the enrolment year as a year "
                       "(e.g. 2024).")},
    {"text.too_long", QT_TRANSLATE_NOOP("cet::ImportReport", "Value too long"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Shorten the value: a field has at most 200 characters, the note at most 2000. A very long "
                       "cell often means that columns were shifted or merged.")},
    {"duplicate.in_file", QT_TRANSLATE_NOOP("cet::ImportReport", "Same student twice in the file"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Keep one row per student (same ID type and ID number): the first row is imported, the "
                       "others are rejected.")},
    {"duplicate.student_no_in_file", QT_TRANSLATE_NOOP("cet::ImportReport", "Student number used twice in the file"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "Two different students have the same student number: check which one is right.")},
    {"duplicate.student_no_in_db",
     QT_TRANSLATE_NOOP("cet::ImportReport", "Student number already belongs to another student"),
     QT_TRANSLATE_NOOP("cet::ImportReport",
                       "A different student in the database has this student number: check which one is right.")},
};

const Rule *ruleOf(const QString &code)
{
    for (const Rule &rule : kRules) {
        if (code == QLatin1String(rule.code))
            return &rule;
    }
    return nullptr;
}

} // namespace

QString ImportReport::ruleTitle(const QString &code)
{
    const Rule *rule = ruleOf(code);
    return rule ? tr(rule->title) : code;
}

QString ImportReport::ruleSuggestion(const QString &code)
{
    const Rule *rule = ruleOf(code);
    return rule ? tr(rule->suggestion) : QString();
}

} // namespace cet
