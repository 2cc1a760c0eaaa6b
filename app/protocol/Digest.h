#pragma once

// The digest hash of GET /api/v1/sync/digest, computed the same way by server and client:
// FNV-1a 64 over the UTF-8 bytes of the sorted lines key + ":" + version + "\n" of live rows,
// as 16 lowercase hex digits. Empty set → "cbf29ce484222325".

#include <QByteArray>
#include <QList>
#include <QString>

namespace cet::protocol {

quint64 fnv1a64(const QByteArray &bytes, quint64 h = 0xcbf29ce484222325ULL);

class DigestBuilder
{
public:
    void add(const QString &key, qint64 version);
    QString hash() const; // sorts, hashes
    qint64 count() const { return m_lines.size(); }

private:
    QList<QByteArray> m_lines;
};

} // namespace cet::protocol
