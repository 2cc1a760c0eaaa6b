#include "TextSniffer.h"

#include <QMap>
#include <QStringDecoder>

namespace cet::TextSniffer {

std::optional<EncodingGuess> fromBom(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return EncodingGuess{TextEncoding::Utf8, true, true};
    if (head.startsWith("\xFF\xFE"))
        return EncodingGuess{TextEncoding::Utf16LE, true, true};
    if (head.startsWith("\xFE\xFF"))
        return EncodingGuess{TextEncoding::Utf16BE, true, true};
    return std::nullopt;
}

namespace {
// UTF-16 without a BOM: ASCII characters (digits, separators, line breaks) have a zero byte.
std::optional<TextEncoding> utf16ByZeros(QByteArrayView sample)
{
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample[i] == 0)
            ++((i % 2) ? odd : even);
    }
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    if (odd * 4 >= pairs && even * 20 <= odd)
        return TextEncoding::Utf16LE;
    if (even * 4 >= pairs && odd * 20 <= even)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

bool decodes(QByteArrayView sample, const char *encoding, bool wholeFile)
{
    // Stateless: a character cut off at the end is an error; stateful, it waits for more bytes.
    QStringDecoder decoder(encoding, wholeFile ? QStringConverter::Flag::Stateless : QStringConverter::Flag::Default);
    if (!decoder.isValid())
        return false;
    const QString decoded = decoder.decode(sample);
    return !decoder.hasError();
}

// Field counts of the first records of `text` split by `sep`, quotes respected. A record cut
// off by the end of the text is not counted.
QList<int> fieldCounts(QStringView text, char16_t sep, int maxRecords)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool fieldStart = true;
    bool any = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < maxRecords; ++i) {
        const char16_t c = text[i].unicode();
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            any = true;
        } else if (c == sep) {
            ++fields;
            fieldStart = true;
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (any)
                counts.append(fields);
            fields = 1;
            fieldStart = true;
            any = false;
        } else {
            fieldStart = false;
            any = true;
        }
    }
    return counts;
}
} // namespace

EncodingGuess guessEncoding(QByteArrayView sample, bool wholeFile)
{
    if (const auto bom = fromBom(sample))
        return *bom;
    if (const auto utf16 = utf16ByZeros(sample))
        return EncodingGuess{*utf16, false, false};
    bool ascii = true;
    for (const char c : sample) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return EncodingGuess{TextEncoding::Utf8, false, true};
    if (decodes(sample, "UTF-8", wholeFile))
        return EncodingGuess{TextEncoding::Utf8, false, true};
    // GBK / GB18030 is what Excel writes on Chinese Windows. When even that fails, it is still the
    // best guess for a Chinese school's file; the user sees the preview and can choose another.
    return EncodingGuess{TextEncoding::Gb18030, false, false};
}

bool looksBinary(QByteArrayView sample)
{
    qsizetype controls = 0;
    for (const char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A)
            ++controls;
    }
    return controls * 20 > sample.size();
}

QChar guessSeparator(QStringView text, QChar fallback, bool preferTab)
{
    constexpr int Records = 20;
    struct Score
    {
        int consistent = 0; // records with the most common field count
        int fields = 1;     // that count
    };
    const char16_t candidates[] = {u',', u'\t', u';', u'|'};
    Score best;
    char16_t bestSep = 0;
    for (const char16_t sep : candidates) {
        const QList<int> counts = fieldCounts(text, sep, Records);
        QMap<int, int> histogram;
        for (const int n : counts)
            ++histogram[n];
        Score score;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            if (it.key() > 1 && (it.value() > score.consistent || (it.value() == score.consistent && it.key() > score.fields)))
                score = Score{it.value(), it.key()};
        }
        if (score.consistent == 0)
            continue;
        if (sep == u'\t' && preferTab)
            return QChar(sep);
        if (score.consistent > best.consistent || (score.consistent == best.consistent && score.fields > best.fields)) {
            best = score;
            bestSep = sep;
        }
    }
    return bestSep ? QChar(bestSep) : fallback;
}

} // namespace cet::TextSniffer
