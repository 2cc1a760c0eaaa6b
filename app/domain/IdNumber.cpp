#include "IdNumber.h"

#include <QRegularExpression>

namespace cet {

namespace {

Error idError(const char *code, const QString &message)
{
    return Error { QString::fromLatin1(code), message, {} };
}

bool isAsciiDigits(const QString &s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

bool isResidentIdStyle(IdType type)
{
    return type == IdType::ResidentId || type == IdType::HkMacaoResidencePermit
        || type == IdType::TaiwanResidencePermit;
}

Result<void> validateResidentIdStyle(IdType type, const QString &n, const QDate &today)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{17}[\\dX]$"));
    if (!pattern.match(n).hasMatch())
        return idError("id.format",
            IdDocument::tr("The ID number must have 18 characters: 17 digits and a check "
                           "digit or X (it has %n character(s)).",
                nullptr, int(n.size())));
    if (!isProvinceCode(n.left(2)))
        return idError("id.area",
            IdDocument::tr("The ID number starts with %1, which is not a known province code.").arg(n.left(2)));
    if (type == IdType::HkMacaoResidencePermit && n.left(6) != QLatin1String("810000")
        && n.left(6) != QLatin1String("820000"))
        return idError("id.area",
            IdDocument::tr("A residence permit for Hong Kong and Macao residents must start "
                           "with 810000 or 820000."));
    if (type == IdType::TaiwanResidencePermit && n.left(6) != QLatin1String("830000"))
        return idError("id.area", IdDocument::tr("A residence permit for Taiwan residents must start with 830000."));
    const QDate birth = birthDateFromIdNumber(n);
    if (!birth.isValid())
        return idError(
            "id.birth_date", IdDocument::tr("The birth date %1 in the ID number does not exist.").arg(n.mid(6, 8)));
    if (birth.year() < 1900)
        return idError(
            "id.birth_date", IdDocument::tr("The birth date %1 in the ID number is before 1900.").arg(n.mid(6, 8)));
    if (today.isValid() && birth > today)
        return idError(
            "id.birth_date", IdDocument::tr("The birth date %1 in the ID number is in the future.").arg(n.mid(6, 8)));
    const QChar expected = residentIdCheckChar(n.left(17));
    if (n.at(17) != expected)
        return idError("id.check_char",
            IdDocument::tr("The last character of the ID number should be %1, not %2: "
                           "the number has a typing error.")
                .arg(expected)
                .arg(n.at(17)));
    return {};
}

} // namespace

NormalisedIdNumber normaliseIdNumber(const QString &raw)
{
    NormalisedIdNumber out;
    out.number.reserve(raw.size());
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x3000 || u == 0x00A0 || u == 0x200B || u == 0xFEFF) {
            out.spaces = true;
            continue;
        }
        if (u >= 0xFF01 && u <= 0xFF5E) {
            c = QChar(char16_t(u - 0xFEE0));
            out.fullWidth = true;
        }
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
            c = c.toUpper();
            out.lowerCase = true;
        }
        out.number.append(c);
    }
    if (out.number.startsWith(QLatin1Char('\'')))
        out.number.remove(0, 1);
    out.changed = out.number != raw;
    return out;
}

bool looksLikeScientificNotation(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d+(\\.\\d*)?[eE][+]?\\d+$"));
    return pattern.match(number).hasMatch();
}

QChar residentIdCheckChar(const QString &first17)
{
    if (first17.size() != 17 || !isAsciiDigits(first17))
        return {};
    static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

QChar hkidCheckChar(const QString &prefix, const QString &digits)
{
    if (prefix.isEmpty() || prefix.size() > 2 || digits.size() != 6 || !isAsciiDigits(digits))
        return {};
    QList<int> values;
    if (prefix.size() == 1)
        values.append(36);
    for (QChar c : prefix) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return {};
        values.append(c.unicode() - 55);
    }
    for (QChar c : digits)
        values.append(c.digitValue());
    int sum = 0;
    for (int i = 0; i < values.size(); ++i)
        sum += values.at(i) * (9 - i);
    const int r = 11 - sum % 11;
    if (r == 11)
        return QLatin1Char('0');
    if (r == 10)
        return QLatin1Char('A');
    return QChar(char16_t(u'0' + r));
}

bool isProvinceCode(const QString &twoDigits)
{
    if (twoDigits.size() != 2 || !isAsciiDigits(twoDigits))
        return false;
    const int p = twoDigits.toInt();
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37) || (p >= 41 && p <= 46)
        || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71 || (p >= 81 && p <= 83);
}

Result<void> validateIdNumber(IdType type, const QString &number, const QDate &today)
{
    if (idTypeCode(type) == 0)
        return idError("id.type_not_accepted", IdDocument::tr("The ID type is missing or not accepted."));
    if (number.isEmpty())
        return idError("id.empty", IdDocument::tr("The ID number is empty."));
    const bool numericType = isResidentIdStyle(type) || type == IdType::TaiwanTravelPermit;
    if (looksLikeScientificNotation(number)
        && (numericType || number.contains(QLatin1Char('.')) || number.contains(QLatin1Char('+'))))
        return idError("id.scientific_notation",
            IdDocument::tr("The ID number \"%1\" was stored by the spreadsheet as a number, so its last "
                           "digits were lost. Format the column as text, type the full numbers again "
                           "and import the file again.")
                .arg(number));

    if (isResidentIdStyle(type))
        return validateResidentIdStyle(type, number, today);

    switch (type) {
    case IdType::TaiwanTravelPermit: {
        static const QRegularExpression p(QStringLiteral("^\\d{8}(\\d{2})?$"));
        if (!p.match(number).hasMatch())
            return idError("id.format",
                IdDocument::tr("A mainland travel permit for Taiwan residents has 8 digits "
                               "(older permits: 10)."));
        return {};
    }
    case IdType::HkMacaoTravelPermit: {
        static const QRegularExpression p(QStringLiteral("^[HM]\\d{8}(\\d{2})?$"));
        if (!p.match(number).hasMatch())
            return idError("id.format",
                IdDocument::tr("A mainland travel permit for Hong Kong and Macao residents is "
                               "H or M followed by 8 digits (older permits: 10)."));
        return {};
    }
    case IdType::Passport: {
        static const QRegularExpression p(QStringLiteral("^[A-Z0-9]{5,17}$"));
        if (!p.match(number).hasMatch())
            return idError("id.format", IdDocument::tr("A passport number has 5 to 17 letters and digits."));
        return {};
    }
    case IdType::HongKongId: {
        static const QRegularExpression p(QStringLiteral("^([A-Z]{1,2})(\\d{6})\\(([0-9A])\\)$"));
        const auto m = p.match(number);
        if (!m.hasMatch())
            return idError("id.format",
                IdDocument::tr("A Hong Kong identity card number is 1 or 2 letters, 6 digits "
                               "and a check character in parentheses, e.g. A123456(3)."));
        const QChar expected = hkidCheckChar(m.captured(1), m.captured(2));
        if (m.captured(3).at(0) != expected)
            return idError("id.check_char",
                IdDocument::tr("The check character of the Hong Kong identity card "
                               "number should be %1, not %2.")
                    .arg(expected)
                    .arg(m.captured(3)));
        return {};
    }
    case IdType::MacaoId: {
        static const QRegularExpression p(QStringLiteral("^[157]\\d{6}\\(\\d\\)$"));
        if (!p.match(number).hasMatch())
            return idError("id.format",
                IdDocument::tr("A Macao identity card number is 1, 5 or 7, 6 digits and a "
                               "check digit in parentheses, e.g. 1234567(8)."));
        return {};
    }
    default:
        break;
    }
    return idError("id.type_not_accepted", IdDocument::tr("The ID type is missing or not accepted."));
}

Result<void> validateIdNumber(IdType type, const QString &number)
{
    return validateIdNumber(type, number, QDate::currentDate());
}

QDate birthDateFromIdNumber(const QString &idNumber)
{
    if (idNumber.size() != 18)
        return {};
    const QString digits = idNumber.mid(6, 8);
    if (!isAsciiDigits(digits))
        return {};
    return QDate(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.right(2).toInt());
}

Gender genderFromIdNumber(const QString &idNumber)
{
    if (idNumber.size() != 18)
        return Gender::Unknown;
    const int d = idNumber.at(16).digitValue();
    if (d < 0 || d > 9)
        return Gender::Unknown;
    return d % 2 == 1 ? Gender::Male : Gender::Female;
}

} // namespace cet
