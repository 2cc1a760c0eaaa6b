#include "FolderPhotoSource.h"

#include "PhotoFileName.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cet {

Result<std::unique_ptr<PhotoSource>> FolderPhotoSource::open(const QString &path, const PhotoSourceLimits &limits)
{
    std::unique_ptr<FolderPhotoSource> source(new FolderPhotoSource(QDir(path).absolutePath()));
    const QDir root(source->m_path);
    if (!root.isReadable()) {
        return Error{ QStringLiteral("photos.read"),
                      tr("The folder %1 can not be read. Check that you may open it.")
                          .arg(QDir::toNativeSeparators(path)),
                      {} };
    }
    QStringList pending{ source->m_path };
    while (!pending.isEmpty()) {
        QDirIterator it(pending.takeLast(),
                        QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString relative = root.relativeFilePath(info.absoluteFilePath());
            if (PhotoFileName::isSkipped(relative) || (info.isDir() && info.isSymLink())) {
                ++source->m_skipped;
                continue;
            }
            if (info.isDir()) {
                pending.append(info.absoluteFilePath());
                continue;
            }
            if (source->m_entries.size() >= limits.maxEntries) {
                return Error{ QStringLiteral("photos.too_many_files"),
                              tr("The folder %1 holds more than %2 files. Choose the folder of photos itself, or "
                                 "split it into several folders.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(limits.maxEntries),
                              {} };
            }
            source->m_entries.append(PhotoEntry{ 0, relative, info.size(), PhotoEntry::NameEncoding::Utf8 });
        }
    }
    std::sort(source->m_entries.begin(), source->m_entries.end(),
              [](const PhotoEntry &a, const PhotoEntry &b) { return a.name < b.name; });
    for (qsizetype i = 0; i < source->m_entries.size(); ++i)
        source->m_entries[i].index = i;
    return Result<std::unique_ptr<PhotoSource>>(std::move(source));
}

Result<PhotoBytes> FolderPhotoSource::read(const PhotoEntry &entry, qint64 maxBytes) const
{
    QFile file(m_path + u'/' + entry.name);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ QStringLiteral("photos.read"),
                      tr("%1 can not be read: %2").arg(entry.name, file.errorString()), {} };
    }
    PhotoBytes bytes;
    bytes.data = file.read(maxBytes);
    if (file.error() != QFileDevice::NoError) {
        return Error{ QStringLiteral("photos.read"),
                      tr("%1 can not be read: %2").arg(entry.name, file.errorString()), {} };
    }
    bytes.whole = file.atEnd();
    return bytes;
}

} // namespace cet
