#include "PhotoSource.h"

#include "FolderPhotoSource.h"
#include "ZipPhotoSource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cet {

Result<std::unique_ptr<PhotoSource>> PhotoSource::open(const QString &path, const PhotoSourceLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error{ QStringLiteral("photos.not_found"),
                      tr("%1 does not exist. Choose a folder of photos or a ZIP file.")
                          .arg(QDir::toNativeSeparators(path)),
                      {} };
    }
    if (info.isDir())
        return FolderPhotoSource::open(path, limits);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ QStringLiteral("photos.read"),
                      tr("%1 can not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {} };
    }
    const QByteArray magic = file.read(4);
    if (magic != QByteArrayView("PK\x03\x04") && magic != QByteArrayView("PK\x05\x06")) {
        return Error{ QStringLiteral("photos.not_zip"),
                      tr("%1 is neither a folder nor a ZIP archive. Choose the folder that holds the photos, or "
                         "a .zip file of them.")
                          .arg(QDir::toNativeSeparators(path)),
                      {} };
    }
    return ZipPhotoSource::open(path, limits);
}

Result<std::unique_ptr<PhotoSource>> PhotoSource::openZipData(const QByteArray &zip, const QString &displayName,
                                                              const PhotoSourceLimits &limits)
{
    return ZipPhotoSource::openData(zip, displayName, limits);
}

} // namespace cet
