#include "RowConverter.h"

#include "IdDocument.h"
#include "IdNumber.h"
#include "StudentLabels.h"
#include "StudentValidation.h"

#include <algorithm>

namespace cet {

namespace {

constexpr int kFieldCount = int(StudentField::Count_);

quint8 flag(Normalisation n)
{
    return quint8(n);
}

// QString::trimmed() without the call for the common case of nothing to trim (then the string
// is shared, not copied).
QString trimmed(const QString &s)
{
    if (s.isEmpty() || (!s.front().isSpace() && !s.back().isSpace()))
        return s;
    return s.trimmed();
}

// Already what normaliseIdNumber() would make of it: upper-case ASCII letters, digits, parentheses.
bool isCleanIdNumber(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || u == u'(' || u == u')'))
            return false;
    }
    return true;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// "123.0" / "123.00" (a spreadsheet number shown with a fraction): the integer part.
bool chopZeroFraction(QString &s)
{
    const qsizetype dot = s.indexOf(u'.');
    if (dot <= 0 || dot == s.size() - 1 || !isAsciiDigits(QStringView(s).first(dot)))
        return false;
    for (qsizetype i = dot + 1; i < s.size(); ++i) {
        if (s.at(i) != u'0')
            return false;
    }
    s.truncate(dot);
    return true;
}

// Codes and numbers (the cell already trimmed): full-width characters → half-width, white space
// inside removed. Returns the cell
// itself (no copy) when there is nothing to fix, which is the common case.
QString compactCode(const QString &cell, quint8 &flags)
{
    bool clean = true;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (u >= 0x7F || u <= u' ') {
            clean = false;
            break;
        }
    }
    if (clean)
        return cell;
    QString out;
    out.reserve(cell.size());
    bool fullWidth = false;
    bool spaces = false;
    for (const QChar c : cell) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0x200B || u == 0xFEFF) {
            spaces = true;
        } else if (u >= 0xFF01 && u <= 0xFF5E) {
            out.append(QChar(char16_t(u - 0xFEE0)));
            fullWidth = true;
        } else {
            out.append(c);
        }
    }
    if (fullWidth)
        flags |= flag(Normalisation::FullWidth);
    if (spaces)
        flags |= flag(Normalisation::Spaces);
    return out;
}

// "(99101)测试学校" → "99101": the form of the NEEA site's 笔试报名学校 column.
void takeParenthesisedCode(QString &code)
{
    if (!code.startsWith(u'('))
        return;
    const qsizetype close = code.indexOf(u')');
    if (close > 1 && isAsciiDigits(QStringView(code).mid(1, close - 1)))
        code = code.mid(1, close - 1);
}

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    return int(digits.indexOf(c));
}

// 学制: "4", "4.0", "4年", "四年". 0 = empty; -1 = not a whole number.
int parseProgramYears(QString text, quint8 &flags)
{
    if (text.isEmpty())
        return 0;
    if (chopZeroFraction(text))
        flags |= flag(Normalisation::NumberAsText);
    if (text.endsWith(u'年'))
        text.chop(1);
    if (text.size() == 1 && chineseDigit(text.at(0)) > 0)
        return chineseDigit(text.at(0));
    if (!isAsciiDigits(text) || text.size() > 2)
        return -1;
    return text.toInt();
}

// 入学年份 from a year, a date or a year and month in the usual spellings. 0 = empty; -1 = not a year.
int parseEnrolYear(QString text, CellKind kind, quint8 &flags)
{
    if (text.isEmpty())
        return 0;
    if (chopZeroFraction(text))
        flags |= flag(Normalisation::NumberAsText);
    if (kind == CellKind::Number && isAsciiDigits(text) && text.size() == 5) {
        // A date cell whose format the reader did not see as a date: an Excel day serial.
        const int serial = text.toInt();
        if (serial >= 32874 && serial < 73051) // 1990-01-01 .. 2099-12-31
            return QDate(1899, 12, 30).addDays(serial).year();
        return -1;
    }
    if (text.size() < 4 || !isAsciiDigits(QStringView(text).first(4)))
        return -1;
    const int year = QStringView(text).first(4).toInt();
    if (text.size() == 4)
        return year;
    if (text.size() == 8 && isAsciiDigits(text)) // 20240901
        return QDate(year, QStringView(text).mid(4, 2).toInt(), QStringView(text).mid(6, 2).toInt()).isValid() ? year
                                                                                                            : -1;
    const QChar separator = text.at(4);
    if (separator != u'-' && separator != u'/' && separator != u'.' && separator != u'年' && separator != u'级')
        return -1;
    // What follows must look like the rest of a date or time: digits and date punctuation.
    for (qsizetype i = 5; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isAsciiDigit(c) && c != u'-' && c != u'/' && c != u'.' && c != u'月' && c != u'日' && c != u'T'
            && c != u':' && c != u' ')
            return -1;
    }
    return year;
}

FieldIssue makeIssue(StudentField field, FieldIssue::Severity severity, const char *code, const QString &message)
{
    FieldIssue issue;
    issue.field = field;
    issue.severity = severity;
    issue.error = Error {QString::fromLatin1(code), message, {}};
    return issue;
}

bool isResidentIdStyle(IdType type)
{
    return type == IdType::ResidentId || type == IdType::HkMacaoResidencePermit
        || type == IdType::TaiwanResidencePermit;
}

// Types whose numbers are digits only: a spreadsheet turns them into floating-point numbers.
bool isNumericIdType(IdType type)
{
    return isResidentIdStyle(type) || type == IdType::TaiwanTravelPermit || type == IdType::Unknown;
}

bool looksScientific(const QString &number, IdType type)
{
    if (!number.contains(u'E') && !number.contains(u'e'))
        return false;
    return looksLikeScientificNotation(number)
        && (isNumericIdType(type) || number.contains(u'.') || number.contains(u'+'));
}

QString allIdTypeLabels()
{
    QStringList labels;
    for (const IdType type : acceptedIdTypes())
        labels.append(idTypeLabel(type));
    return labels.join(u"、");
}

// The values nearly every row has, matched without the domain parsers' allocations; anything
// else goes to them (they accept these values too, so the result is the same).
Result<IdType> commonIdType(const QString &label)
{
    if (label == u"中华人民共和国居民身份证" || label == u"居民身份证" || label == u"身份证")
        return IdType::ResidentId;
    return idTypeFromLabel(label);
}

Result<Gender> commonGender(const QString &label)
{
    if (label == u"男")
        return Gender::Male;
    if (label == u"女")
        return Gender::Female;
    return genderFromLabel(label);
}

Result<Education> commonEducation(const QString &label)
{
    if (label == u"本科")
        return Education::Bachelor;
    if (label == u"专科")
        return Education::JuniorCollege;
    if (label == u"硕士研究生")
        return Education::Master;
    if (label == u"博士研究生")
        return Education::Doctorate;
    return educationFromLabel(label);
}

} // namespace

bool RowConversion::hasError() const
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const FieldIssue &i) { return i.severity == FieldIssue::Severity::Error; });
}

RowConverter::RowConverter(const ColumnMapping &mapping, const QDate &today)
    : m_today(today)
{
    m_columns.fill(-1, kFieldCount);
    for (int f = 0; f < kFieldCount; ++f) {
        if (const auto column = mapping.columnOf(StudentField(f)))
            m_columns[f] = *column;
    }
}

RowConversion RowConverter::convert(const SourceRow &row) const
{
    RowConversion out;
    StudentRecord &r = out.record;
    QList<FieldIssue> &issues = out.issues;
    quint8 &flags = out.normalisations;
    static const QString empty;

    const auto columnOf = [this](StudentField f) { return m_columns[int(f)]; };
    const auto cell = [&](StudentField f) -> const QString & {
        const qsizetype c = columnOf(f);
        return c >= 0 && c < row.cells.size() ? row.cells.at(c) : empty;
    };
    const auto kind = [&](StudentField f) {
        const qsizetype c = columnOf(f);
        return c >= 0 ? row.kind(c) : CellKind::Empty;
    };
    const auto error = [&](StudentField f, const char *code, const QString &message) {
        issues.append(makeIssue(f, FieldIssue::Severity::Error, code, message));
    };
    const auto warning = [&](StudentField f, const char *code, const QString &message) {
        issues.append(makeIssue(f, FieldIssue::Severity::Warning, code, message));
    };
    // Trimmed text of a cell, or an error if it is longer than a student field can be.
    const auto text = [&](StudentField f) -> QString {
        QString t = trimmed(cell(f));
        const qsizetype limit = f == StudentField::Note ? MaxNoteChars : MaxTextChars;
        if (t.size() > limit) {
            error(f, "text.too_long",
                  tr("The %1 has %2 characters; at most %3 are allowed. Shorten it.")
                      .arg(studentFieldLabel(f))
                      .arg(t.size())
                      .arg(limit));
            t.truncate(limit);
        }
        return t;
    };
    // A number cell shown with a fraction ("2024.0") in a text field.
    const auto plainNumber = [&](StudentField f, QString t) -> QString {
        if (kind(f) == CellKind::Number && chopZeroFraction(t))
            flags |= flag(Normalisation::NumberAsText);
        return t;
    };

    r.name = text(StudentField::Name);

    // 证件类型 first: whether an ID number in scientific notation is broken depends on it.
    const QString typeText = text(StudentField::IdType);
    if (!typeText.isEmpty()) {
        const Result<IdType> type = commonIdType(typeText);
        if (type)
            r.idType = type.value();
        else if (type.error().code == u"id.type_not_accepted")
            error(StudentField::IdType, "id.type_not_accepted", type.error().message);
        else
            error(StudentField::IdType, "label.id_type",
                  tr("The ID type \"%1\" is not known. Use one of: %2.").arg(typeText, allIdTypeLabels()));
    }

    bool idBroken = false;
    const qsizetype issuesBefore = issues.size();
    const QString idCell = text(StudentField::IdNumber);
    const bool idTooLong = issues.size() != issuesBefore;
    if (!idCell.isEmpty() && !idTooLong) {
        if (kind(StudentField::IdNumber) == CellKind::Number) {
            r.idNumber = idCell;
            if (isAsciiDigits(idCell)) {
                warning(StudentField::IdNumber, "id.number_cell",
                        tr("The ID number %1 was stored by the spreadsheet as a number. It is still complete, but "
                           "format the column as text so that no digits are lost next time.")
                            .arg(idCell));
            } else {
                idBroken = true;
                error(StudentField::IdNumber, "id.scientific_notation",
                      tr("The spreadsheet stored the ID number as a number (%1) and lost its last digits, which "
                         "can not be recovered. Format the ID number column as text, enter the numbers again and "
                         "import the file again.")
                          .arg(idCell));
            }
        } else if (isCleanIdNumber(idCell)) {
            r.idNumber = idCell;
        } else {
            const NormalisedIdNumber n = normaliseIdNumber(idCell);
            r.idNumber = n.number;
            if (n.fullWidth)
                flags |= flag(Normalisation::FullWidth);
            if (n.spaces)
                flags |= flag(Normalisation::Spaces);
            if (n.lowerCase)
                flags |= flag(Normalisation::LowerCaseX);
        }
        if (kind(StudentField::IdNumber) != CellKind::Number && looksScientific(r.idNumber, r.idType)) {
            idBroken = true;
            error(StudentField::IdNumber, "id.scientific_notation",
                  tr("The ID number \"%1\" is in scientific notation: a spreadsheet stored it as a number and "
                     "lost its last digits, which can not be recovered. Format the ID number column as text, "
                     "enter the numbers again and import the file again.")
                      .arg(idCell));
        }
    } else {
        r.idNumber = idCell; // empty, or cut to the limit (already an error)
        idBroken = idTooLong;
    }

    if (typeText.isEmpty() && !idBroken && !r.idNumber.isEmpty()) {
        if (r.idNumber.size() == 18 && validateIdNumber(IdType::ResidentId, r.idNumber, m_today)) {
            r.idType = IdType::ResidentId;
            flags |= flag(Normalisation::IdTypeDefaulted);
        } else {
            error(StudentField::IdType, "student.required",
                  tr("The ID type is empty and the ID number %1 is not a valid resident ID number, so the type "
                     "can not be assumed. Enter the ID type.")
                      .arg(r.idNumber));
        }
    }

    const QString genderText = text(StudentField::Gender);
    if (!genderText.isEmpty()) {
        const Result<Gender> gender = commonGender(genderText);
        if (gender)
            r.gender = gender.value();
        else
            error(StudentField::Gender, "label.gender",
                  tr("The gender \"%1\" is not one of 男 or 女 (M/F, Male/Female and 1/2 are accepted too).")
                      .arg(genderText));
    } else if (!idBroken && isResidentIdStyle(r.idType) && r.idNumber.size() == 18) {
        r.gender = genderFromIdNumber(r.idNumber);
        if (r.gender != Gender::Unknown)
            flags |= flag(Normalisation::GenderFromId);
    }

    r.schoolCode = plainNumber(StudentField::SchoolCode, compactCode(text(StudentField::SchoolCode), flags));
    takeParenthesisedCode(r.schoolCode);
    r.campusCode = plainNumber(StudentField::CampusCode, compactCode(text(StudentField::CampusCode), flags));
    takeParenthesisedCode(r.campusCode);

    const QString educationText = text(StudentField::Education);
    if (!educationText.isEmpty()) {
        const Result<Education> education = commonEducation(educationText);
        if (education)
            r.education = education.value();
        else
            error(StudentField::Education, "label.education",
                  tr("The education level \"%1\" is not one of 专科, 本科, 硕士研究生 or 博士研究生.").arg(educationText));
    }

    const QString yearsText = compactCode(text(StudentField::ProgramYears), flags);
    r.programYears = parseProgramYears(yearsText, flags);
    if (r.programYears < 0) {
        r.programYears = 0;
        error(StudentField::ProgramYears, "number.format",
              tr("The program length \"%1\" is not a whole number of years such as 4.").arg(yearsText));
    }

    const QString enrolText = compactCode(text(StudentField::EnrolYear), flags);
    r.enrolYear = parseEnrolYear(enrolText, kind(StudentField::EnrolYear), flags);
    if (r.enrolYear < 0) {
        r.enrolYear = 0;
        error(StudentField::EnrolYear, "number.format",
              tr("The enrolment year \"%1\" is not a year such as 2024 (a date such as 2024-09-01 or 2024年9月 "
                 "is accepted too).")
                  .arg(enrolText));
    }

    r.grade = plainNumber(StudentField::Grade, text(StudentField::Grade));
    r.department = text(StudentField::Department);
    r.major = text(StudentField::Major);
    r.className = plainNumber(StudentField::ClassName, text(StudentField::ClassName));
    r.note = text(StudentField::Note);

    r.studentNo = compactCode(text(StudentField::StudentNo), flags);
    if (kind(StudentField::StudentNo) == CellKind::Number) {
        if (chopZeroFraction(r.studentNo))
            flags |= flag(Normalisation::NumberAsText);
        warning(StudentField::StudentNo, "student_no.number_cell",
                tr("The student number %1 was stored by the spreadsheet as a number, so leading zeros may have "
                   "been lost. Check it, and format the column as text.")
                    .arg(r.studentNo));
    } else if (r.studentNo.contains(u'E') && looksLikeScientificNotation(r.studentNo)) {
        warning(StudentField::StudentNo, "student_no.number_cell",
                tr("The student number \"%1\" is in scientific notation: a spreadsheet stored it as a number and "
                   "may have lost digits. Format the column as text and enter the number again.")
                    .arg(r.studentNo));
    }

    // The record's own rules; a field that already has a conversion error is not reported twice.
    // Nor is a missing ID type when the number is broken: it would be assumed once the number is fixed.
    bool fieldHasError[kFieldCount] = {};
    fieldHasError[int(StudentField::IdType)] = typeText.isEmpty() && idBroken;
    for (const FieldIssue &i : std::as_const(issues)) {
        if (i.severity == FieldIssue::Severity::Error)
            fieldHasError[int(i.field)] = true;
    }
    const QList<FieldIssue> rules = validateStudent(r, m_today);
    for (const FieldIssue &i : rules) {
        if (!fieldHasError[int(i.field)])
            issues.append(i);
    }
    if (issues.size() > 1)
        std::stable_sort(issues.begin(), issues.end(),
                         [](const FieldIssue &a, const FieldIssue &b) { return int(a.field) < int(b.field); });
    return out;
}

} // namespace cet
