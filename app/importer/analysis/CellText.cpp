#include "CellText.h"

#include "IdDocument.h"
#include "IdNumber.h"
#include "StudentLabels.h"

namespace cet::celltext {

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
// inside removed. Returns the cell itself (no copy) when there is nothing to fix, the common case.
QString compactCode(const QString &cell, bool &fullWidthFixed, bool &spacesFixed)
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
    fullWidthFixed = fullWidthFixed || fullWidth;
    spacesFixed = spacesFixed || spaces;
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

namespace {

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    return int(digits.indexOf(c));
}

} // namespace

// 学制: "4", "4.0", "4年", "四年". 0 = empty; -1 = not a whole number.
int parseProgramYears(QString text, bool &fractionDropped)
{
    if (text.isEmpty())
        return 0;
    if (chopZeroFraction(text))
        fractionDropped = true;
    if (text.endsWith(u'年'))
        text.chop(1);
    if (text.size() == 1 && chineseDigit(text.at(0)) > 0)
        return chineseDigit(text.at(0));
    if (!isAsciiDigits(text) || text.size() > 2)
        return -1;
    return text.toInt();
}

// 入学年份 from a year, a date or a year and month in the usual spellings. 0 = empty; -1 = not a year.
int parseEnrolYear(QString text, CellKind kind, bool &fractionDropped)
{
    if (text.isEmpty())
        return 0;
    if (chopZeroFraction(text))
        fractionDropped = true;
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

bool isResidentIdStyle(IdType type)
{
    return type == IdType::ResidentId || type == IdType::HkMacaoResidencePermit
        || type == IdType::TaiwanResidencePermit;
}

namespace {

// Types whose numbers are digits only: a spreadsheet turns them into floating-point numbers.
bool isNumericIdType(IdType type)
{
    return isResidentIdStyle(type) || type == IdType::TaiwanTravelPermit || type == IdType::Unknown;
}

} // namespace

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

Result<IdType> parseIdType(const QString &label)
{
    if (label == u"中华人民共和国居民身份证" || label == u"居民身份证" || label == u"身份证")
        return IdType::ResidentId;
    return idTypeFromLabel(label);
}

Result<Gender> parseGender(const QString &label)
{
    if (label == u"男")
        return Gender::Male;
    if (label == u"女")
        return Gender::Female;
    return genderFromLabel(label);
}

Result<Education> parseEducation(const QString &label)
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

} // namespace cet::celltext
