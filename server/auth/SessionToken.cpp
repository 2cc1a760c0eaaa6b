#include "SessionToken.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

namespace cet::central::token {

QString generate()
{
    static const bool ok = sodium_init() >= 0;
    Q_UNUSED(ok);
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString storedHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool wellFormed(const QString &token)
{
    if (token.size() != 43)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cet::central::token
