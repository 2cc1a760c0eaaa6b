#include "MimeMessage.h"

#include <QLocale>

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

QByteArray encodeHeaderText(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // 75 characters per word minus "=?UTF-8?B?" and "?=" leave 63 for base64: 45 bytes of text.
    constexpr int kMaxBytes = 45;
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one.append(text.at(++i));
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > kMaxBytes) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
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
    out += "From: " + encodeHeaderText(from) + "\r\n";
    out += "To: " + message.to.toUtf8() + "\r\n";
    out += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
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
