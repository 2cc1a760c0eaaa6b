#pragma once

#include "Result.h"
#include "TableSource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

struct zip;
struct zip_file;

namespace cet {

class ZipArchive;

// One member of a ZIP archive, inflated as it is read. Guards against zip bombs: the declared
// sizes are checked when the entry is opened, and the bytes actually inflated are counted, so a
// header that lies about the size does not get past the limits.
class ZipEntryStream
{
    Q_DECLARE_TR_FUNCTIONS(cet::ZipEntryStream)
public:
    ~ZipEntryStream();
    ZipEntryStream(const ZipEntryStream &) = delete;
    ZipEntryStream &operator=(const ZipEntryStream &) = delete;

    // Reads up to `max` bytes; 0 = the end of the entry.
    Result<qint64> read(char *out, qint64 max);
    qint64 bytesDone() const { return m_done; }
    qint64 declaredSize() const { return m_declaredSize; }
    const QString &name() const { return m_name; }

private:
    friend class ZipArchive;
    ZipEntryStream() = default;

    zip_file *m_file = nullptr;
    QString m_name;
    QString m_fileName;
    qint64 m_declaredSize = 0;
    qint64 m_compressedSize = 0;
    qint64 m_done = 0;
    qint64 m_maxBytes = 0;
    double m_maxRatio = 0;
};

// A ZIP archive opened read-only with libzip.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(cet::ZipArchive)
public:
    // Errors: "file.read", "xlsx.bad_zip".
    static Result<std::unique_ptr<ZipArchive>> open(const QString &path, const ReaderLimits &limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // The member's exact name, looked up exactly and then ignoring case; nullopt if absent.
    std::optional<QString> find(const QString &name) const;
    bool hasPrefix(const QString &prefix) const; // any member under a folder, e.g. "word/"

    // Errors: "xlsx.missing_part", "xlsx.bad_zip", "xlsx.encrypted", "import.limit_*".
    Result<std::unique_ptr<ZipEntryStream>> stream(const QString &name) const;
    // The whole member, for small parts; `maxBytes` caps it ("import.limit_uncompressed_bytes").
    Result<QByteArray> readAll(const QString &name, qint64 maxBytes) const;

    const QString &fileName() const { return m_fileName; } // for messages

private:
    ZipArchive() = default;
    Error zipError(const QString &member) const;

    zip *m_zip = nullptr;
    QString m_fileName;
    ReaderLimits m_limits;
};

} // namespace cet
