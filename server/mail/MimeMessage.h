#pragma once

// A mail as RFC 5322 / MIME bytes: headers in ASCII (the subject as RFC 2047 encoded words when it
// is not plain ASCII), the body UTF-8 in base64 lines of 76 characters, CRLF line ends. Base64 keeps
// the message 7-bit clean, so relays without 8BITMIME pass Chinese text unchanged.

#include "MailSender.h"

#include <QByteArray>
#include <QDateTime>

namespace cet::central::mime {

// "=?UTF-8?B?…?=" words split between characters (never inside a UTF-8 sequence), joined by
// CRLF + space, each line at most 76 characters long (RFC 2047) counting the `firstLineUsed`
// characters before the value ("Subject: " = 9); printable ASCII text is returned as it is.
QByteArray encodeHeaderText(const QString &text, int firstLineUsed = 0);

// Date header value, e.g. "Sun, 06 Dec 2026 02:30:00 +0000".
QByteArray rfc5322Date(const QDateTime &at);

QByteArray compose(const MailMessage &message, const QString &from, const QDateTime &date, const QString &messageId);

} // namespace cet::central::mime
