#include "Digest.h"

#include <algorithm>

namespace cet::protocol {

quint64 fnv1a64(const QByteArray &bytes, quint64 h)
{
    for (const char c : bytes) {
        h ^= quint64(static_cast<unsigned char>(c));
        h *= 0x100000001b3ULL;
    }
    return h;
}

void DigestBuilder::add(const QString &key, qint64 version)
{
    m_lines.append(key.toUtf8() + ':' + QByteArray::number(version) + '\n');
}

QString DigestBuilder::hash() const
{
    QList<QByteArray> lines = m_lines;
    std::sort(lines.begin(), lines.end());
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QByteArray &line : lines)
        h = fnv1a64(line, h);
    return QStringLiteral("%1").arg(h, 16, 16, QLatin1Char('0'));
}

} // namespace cet::protocol
