#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cet {

// Review evidence files fetched from cet-central, kept beside the database (in "<database>.evidence/")
// under their SHA-256, so that a file once opened opens again offline and at once. A file is
// written only when its bytes hash to its name, whole and then renamed; reading checks its size
// only (hashing 5 MB on every step through the queue would slow the desk), so a file cut short
// is fetched again. The files are the candidates' ID papers: they stay in the user's own data folder, next to
// the database that already holds the same students.
class EvidenceCache
{
public:
    explicit EvidenceCache(const QString &databasePath);

    QString folder() const { return m_folder; }
    // The file's path in the cache (whether or not it is there yet).
    QString pathOf(const QString &sha256) const;
    // The bytes stored under `sha256`, if the cache holds `size` of them.
    std::optional<QByteArray> read(const QString &sha256, qint64 size) const;
    // Stores `bytes` under `sha256` (written whole, then renamed): store.io on a full disk or a
    // read-only folder, store.corrupt when the bytes do not hash to `sha256`.
    Result<void> write(const QString &sha256, const QByteArray &bytes) const;

    static QString sha256Of(const QByteArray &bytes);

private:
    QString m_folder;
};

} // namespace cet
