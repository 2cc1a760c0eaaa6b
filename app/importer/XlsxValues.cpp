#include "XlsxValues.h"

#include <QDate>
#include <QDateTime>

#include <charconv>
#include <cmath>

namespace cet::xlsx {

std::optional<CellRef> parseCellRef(QByteArrayView ref)
{
    qsizetype i = 0;
    qint64 column = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z') {
        column = column * 26 + (ref[i] - 'A' + 1);
        if (column > MaxColumn * 26LL)
            column = MaxColumn + 1; // stays "too far" without overflowing
        ++i;
    }
    if (i == 0 || i == ref.size())
        return std::nullopt;
    qint64 row = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9')
            return std::nullopt;
        row = std::min<qint64>(row * 10 + (ref[i] - '0'), MaxRow * 10);
    }
    if (row == 0)
        return std::nullopt;
    return CellRef{std::min<qint64>(column, MaxColumn + 1), row};
}

QString columnName(qint64 column)
{
    QString name;
    while (column > 0) {
        const qint64 r = (column - 1) % 26;
        name.prepend(QChar(u'A' + char16_t(r)));
        column = (column - 1) / 26;
    }
    return name;
}

QString numberText(QByteArrayView raw)
{
    // Fast path: a plain integer of at most 15 digits is exact and already written as one.
    const bool negative = !raw.isEmpty() && raw[0] == '-';
    const QByteArrayView digits = negative ? raw.sliced(1) : raw;
    if (!digits.isEmpty() && digits.size() <= 15 && (digits[0] != '0' || digits.size() == 1)) {
        bool allDigits = true;
        for (const char c : digits)
            allDigits = allDigits && c >= '0' && c <= '9';
        if (allDigits)
            return (negative && digits == "0") ? QStringLiteral("0") : QString::fromLatin1(raw);
    }
    double value = 0;
    const char *begin = raw.data();
    const char *end = begin + raw.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return QString::fromUtf8(raw).trimmed();
    constexpr double Exact = 9007199254740992.0; // 2^53
    if (std::trunc(value) == value && std::fabs(value) < Exact)
        return QString::number(qint64(value));
    return QString::fromLatin1(raw);
}

bool isBuiltInDateFormat(int id)
{
    // 14–22 and 45–47 everywhere; 27–36 and 50–58 are the date formats of the Chinese,
    // Japanese and Korean editions of Excel (WPS writes them too).
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(QStringView code)
{
    // Only the first section counts (positive numbers).
    bool inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (inQuote) {
            inQuote = c != u'"';
            continue;
        }
        switch (c) {
        case u'"':
            inQuote = true;
            break;
        case u'\\':
        case u'_':
        case u'*':
            ++i; // the next character is literal (or a padding character)
            break;
        case u'[': {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                return false;
            const QStringView inside = code.mid(i + 1, close - i - 1);
            // Elapsed time [h] [mm] [ss] is a time; colours, conditions and locales are not.
            if (!inside.isEmpty() && (inside[0] == u'h' || inside[0] == u'H' || inside[0] == u'm' || inside[0] == u'M'
                                      || inside[0] == u's' || inside[0] == u'S'))
                return true;
            i = close;
            break;
        }
        case u';':
            return false;
        case u'y': case u'Y': case u'm': case u'M': case u'd': case u'D':
        case u'h': case u'H': case u's': case u'S':
            return true;
        case u'e': case u'E':
            // "e" is a year in some East Asian formats, but "0.00E+00" is scientific notation.
            if (i + 1 < code.size() && (code[i + 1] == u'+' || code[i + 1] == u'-'))
                ++i;
            else if (code.mid(i).startsWith(u"ee", Qt::CaseInsensitive))
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

std::optional<QString> serialToIso(QByteArrayView raw, bool date1904)
{
    double serial = 0;
    const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), serial);
    if (ec != std::errc() || ptr != raw.data() + raw.size() || !std::isfinite(serial) || serial < 0
        || serial >= 2958466.0)
        return std::nullopt;
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(days)) * 86400.0);
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60)
        date = QDate(1900, 2, 28); // Excel's 29 February 1900, a day that never was
    else
        date = QDate(1899, 12, 31).addDays(days);
    QString text = date.toString(Qt::ISODate);
    if (seconds > 0)
        text += u'T' + QTime(0, 0).addSecs(int(seconds)).toString(Qt::ISODate);
    return text;
}

QString isoDateText(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'Z'))
        t.chop(1);
    const qsizetype dot = t.indexOf(u'.');
    if (dot > 0 && t.indexOf(u'T') >= 0 && dot > t.indexOf(u'T'))
        t.truncate(dot);
    if (t.endsWith(u"T00:00:00"))
        t.chop(9);
    return t;
}

void unescapeOoxml(QString &text)
{
    qsizetype at = text.indexOf(u"_x");
    if (at < 0)
        return;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (; at >= 0; at = text.indexOf(u"_x", at)) {
        bool ok = false;
        const uint code = (at + 7 <= text.size() && text[at + 6] == u'_') ? QStringView(text).mid(at + 2, 4).toUInt(&ok, 16) : 0;
        if (!ok) {
            at += 2;
            continue;
        }
        out += QStringView(text).mid(from, at - from);
        out += QChar(char16_t(code));
        at += 7;
        from = at;
    }
    out += QStringView(text).mid(from);
    text = out;
}

} // namespace cet::xlsx
