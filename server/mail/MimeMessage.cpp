#include "MimeMessage.h"

#include <QLocale>

#include <algorithm>

namespace cet::central::mime {

namespace {

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    // "=?" would read as the start of an encoded word.
    return !text.contains(QLatin1String("=?"));
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

QByteArray encodeHeaderText(const QString &text, int firstLineUsed)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    constexpr int kMaxLine = 76;
    constexpr int kWordOverhead = 12; // "=?UTF-8?B?" + "?="
    // Bytes of text whose base64 fits a word of `room` characters (4 characters per 3 bytes).
    const auto bytesFor = [](int room) { return std::max(3, (room - kWordOverhead) / 4 * 3); };
    int maxBytes = bytesFor(kMaxLine - firstLineUsed);
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one.append(text.at(++i));
        const QByteArray bytes = one.toUtf8();
        if (!chunk.isEmpty() && chunk.size() + bytes.size() > maxBytes) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
            maxBytes = bytesFor(kMaxLine - 1); // continuation lines start with a space
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray rfc5322Date(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

QByteArray compose(const MailMessage &message, const QString &from, const QDateTime &date, const QString &messageId)
{
    QByteArray out;
    out += "Date: " + rfc5322Date(date) + "\r\n";
    out += "From: " + encodeHeaderText(from, 6) + "\r\n";
    out += "To: " + message.to.toUtf8() + "\r\n";
    out += "Subject: " + encodeHeaderText(message.subject, 9) + "\r\n";
    out += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "\r\n";
    QString body = message.body;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    out += base64Lines(body.toUtf8());
    return out;
}

} // namespace cet::central::mime
