#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace cet {

// Caps on what a folder or ZIP of photos may make the importer do.
struct PhotoSourceLimits
{
    qint64 maxEntries = 200000; // files listed (a school has up to ~100k students)
};

// One file of a photo source.
struct PhotoEntry
{
    qint64 index = 0;  // the entry's position in its ZIP (or in the folder listing)
    QString name;      // the relative path, '/' separated, as the user sees it
    qint64 size = 0;   // in bytes (for a ZIP member: as its header declares it)
    enum class NameEncoding { Utf8, Gbk, Cp437 } encoding = NameEncoding::Utf8;
};

// The first bytes of a file, or all of it.
struct PhotoBytes
{
    QByteArray data;
    bool whole = false; // data is the entire file
};

// A folder (searched recursively) or a ZIP archive of photos, listed once when opened. Hidden
// and system files (PhotoFileName::isSkipped) and folders are left out of entries() and counted
// in skipped(). Use one source on one thread.
class PhotoSource
{
    Q_DECLARE_TR_FUNCTIONS(cet::PhotoSource)
public:
    enum class Kind { Folder, Zip };

    // A folder, or a file that is a ZIP archive. Errors:
    //   photos.not_found       no such file or folder
    //   photos.not_zip         a file that is not a ZIP archive
    //   photos.bad_zip         a damaged ZIP archive (its directory can not be read)
    //   photos.too_many_files  more entries than limits.maxEntries
    //   photos.read            the folder can not be listed
    static Result<std::unique_ptr<PhotoSource>> open(const QString &path, const PhotoSourceLimits &limits = {});
    // A ZIP archive in memory (fuzzing, tests).
    static Result<std::unique_ptr<PhotoSource>> openZipData(const QByteArray &zip, const QString &displayName,
                                                            const PhotoSourceLimits &limits = {});

    virtual ~PhotoSource() = default;
    PhotoSource(const PhotoSource &) = delete;
    PhotoSource &operator=(const PhotoSource &) = delete;

    virtual Kind kind() const = 0;
    const QString &path() const { return m_path; }
    const QList<PhotoEntry> &entries() const { return m_entries; }
    qint64 skipped() const { return m_skipped; }

    // Reads at most `maxBytes` of the entry; `whole` tells whether that was all of it. A ZIP member
    // is inflated only that far, whatever its header claims (zip bombs). Errors name the entry:
    //   photos.read            the file can not be read
    //   photos.zip_encrypted   the ZIP member is password-protected
    //   photos.zip_entry       the ZIP member is damaged (CRC error, unsupported compression)
    virtual Result<PhotoBytes> read(const PhotoEntry &entry, qint64 maxBytes) const = 0;

protected:
    explicit PhotoSource(QString path) : m_path(std::move(path)) { }

    QString m_path;
    QList<PhotoEntry> m_entries;
    qint64 m_skipped = 0;
};

} // namespace cet
