#include "PhotoImport.h"

#include "Database.h"
#include "JpegHeader.h"
#include "PhotoFileName.h"
#include "PhotoMatcher.h"
#include "PhotoRules.h"
#include "StudentImportRepository.h"
#include "StudentPhotoRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLoggingCategory>

namespace cet {

namespace {

Q_LOGGING_CATEGORY(lcPhotos, "cetdesk.photos")

Error cancelled()
{
    return Error{ QStringLiteral("import.cancelled"), PhotoImport::tr("The photo import was cancelled."), {} };
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

PhotoStatus statusOfProblem(const QString &code)
{
    if (code == u"photo.too_large")
        return PhotoStatus::TooLarge;
    if (code == u"photo.wrong_size")
        return PhotoStatus::WrongSize;
    return PhotoStatus::NotJpeg;
}

void setProblem(PhotoItem &item, PhotoStatus status, const Error &error)
{
    item.status = status;
    item.code = error.code;
    item.message = error.message;
}

// The file half of the scan: reads the entry (at most one byte more than the limit) and checks it.
PhotoItem checkEntry(const PhotoSource &source, const PhotoEntry &entry)
{
    PhotoItem item;
    item.entry = entry;
    const PhotoFileName::Kind kind = PhotoFileName::kind(entry.name);
    if (kind == PhotoFileName::Kind::NotPhoto) {
        item.status = PhotoStatus::Ignored;
        item.code = QStringLiteral("photos.not_photo");
        item.message = PhotoImport::tr("%1 is not a photo file (only .jpg and .jpeg files are imported); it is "
                                       "left alone.")
                           .arg(entry.name);
        return item;
    }
    auto bytes = source.read(entry, PhotoRules::kMaxBytes + 1);
    if (!bytes) {
        setProblem(item, PhotoStatus::NotJpeg, bytes.error());
        return item;
    }
    const QByteArray &data = bytes.value().data;
    // A ZIP header may understate a member's size; what was inflated is the lower bound.
    const qint64 fileSize = bytes.value().whole ? data.size() : std::max<qint64>(entry.size, data.size());
    item.entry.size = fileSize;

    if (kind == PhotoFileName::Kind::OtherImage) {
        const QString suffix = QFileInfo(entry.name).suffix();
        if (JpegHeader::hasJpegSignature(data)) {
            item.status = PhotoStatus::NotJpeg;
            item.code = QStringLiteral("photo.wrong_extension");
            item.message = PhotoImport::tr("%1 is a JPEG file, but its name ends in .%2. Rename it to %3.jpg.")
                               .arg(entry.name, suffix, PhotoFileName::stem(entry.name));
        } else {
            const QString format = JpegHeader::sniffFormat(data);
            item.status = PhotoStatus::NotJpeg;
            item.code = QStringLiteral("photo.not_jpeg");
            item.message = PhotoImport::tr("%1 is %2, not a JPEG file. Open it in an image editor and save it as "
                                           "JPEG (.jpg).")
                               .arg(entry.name, format.isEmpty() ? PhotoImport::tr("a .%1 file").arg(suffix) : format);
        }
        return item;
    }

    const PhotoCheck check = PhotoChecker::check(data, fileSize, entry.name);
    item.width = check.info.width;
    item.height = check.info.height;
    if (!check.ok()) {
        setProblem(item, statusOfProblem(check.problem->code), *check.problem);
        return item;
    }
    item.status = PhotoStatus::Matched; // valid; the matcher decides whether it has a student
    item.sha256 = sha256Hex(data);
    return item;
}

} // namespace

qint64 PhotoScan::count(PhotoStatus status) const
{
    return std::count_if(items.cbegin(), items.cend(), [status](const PhotoItem &i) { return i.status == status; });
}

qint64 PhotoScan::problems() const
{
    return std::count_if(items.cbegin(), items.cend(), [](const PhotoItem &i) { return i.isProblem(); });
}

qint64 PhotoScan::toStore() const
{
    return std::count_if(items.cbegin(), items.cend(), [](const PhotoItem &i) {
        return i.status == PhotoStatus::Matched && !i.alreadyStored;
    });
}

qint64 PhotoScan::toReplace() const
{
    return std::count_if(items.cbegin(), items.cend(),
                         [](const PhotoItem &i) { return i.status == PhotoStatus::Matched && i.replaces; });
}

qint64 PhotoScan::alreadyStored() const
{
    return std::count_if(items.cbegin(), items.cend(),
                         [](const PhotoItem &i) { return i.status == PhotoStatus::Matched && i.alreadyStored; });
}

Result<PhotoScan> PhotoImport::scan(Database &db, const QString &path, ImportProgress &progress,
                                    const PhotoSourceLimits &limits)
{
    auto opened = PhotoSource::open(path, limits);
    if (!opened)
        return opened.error();
    const PhotoSource &source = *opened.value();

    StudentPhotoRepository repository(db);
    const PhotoMatcher matcher(repository);
    PhotoScan scan;
    scan.sourcePath = path;
    scan.kind = source.kind();
    scan.skipped = source.skipped();
    scan.items.reserve(source.entries().size());
    progress.total = source.entries().size();
    for (const PhotoEntry &entry : source.entries()) {
        if (progress.cancelRequested)
            return cancelled();
        PhotoItem item = checkEntry(source, entry);
        if (item.status != PhotoStatus::Ignored) {
            if (auto r = matcher.match(item); !r)
                return r.error();
        }
        scan.items.append(std::move(item));
        ++progress.done;
    }
    PhotoMatcher::markDuplicates(scan.items);
    auto stored = repository.storedHashes();
    if (!stored)
        return stored.error();
    PhotoMatcher::markStored(scan.items, stored.value());
    qCInfo(lcPhotos) << "scanned" << path << scan.items.size() << "files," << scan.count(PhotoStatus::Matched)
                     << "matched," << scan.problems() << "problems";
    return scan;
}

Result<PhotoImportOutcome> PhotoImport::commit(Database &db, const PhotoScan &scan, const QString &actor,
                                               ImportProgress &progress)
{
    QList<const PhotoItem *> toStore;
    PhotoImportOutcome outcome;
    for (const PhotoItem &item : scan.items) {
        if (item.status == PhotoStatus::Matched)
            item.alreadyStored ? void(++outcome.unchanged) : toStore.append(&item);
    }
    if (toStore.isEmpty())
        return outcome;

    auto opened = PhotoSource::open(scan.sourcePath);
    if (!opened)
        return opened.error();
    const PhotoSource &source = *opened.value();
    const auto feed = [&](qsizetype i) -> Result<NewPhoto> {
        const PhotoItem &item = *toStore.at(i);
        auto bytes = source.read(item.entry, PhotoRules::kMaxBytes + 1);
        if (!bytes)
            return bytes.error();
        if (!bytes.value().whole || sha256Hex(bytes.value().data) != item.sha256) {
            return Error{ QStringLiteral("photos.changed_since_scan"),
                          tr("%1 changed after the photos were checked. Check the photos again. No photo was "
                             "stored.")
                              .arg(item.entry.name),
                          {} };
        }
        return NewPhoto{ item.studentId, bytes.value().data, item.sha256, item.width, item.height, item.entry.name };
    };
    StudentPhotoRepository repository(db);
    auto written = repository.write(toStore.size(), feed, actor, QFileInfo(scan.sourcePath).fileName(), progress);
    if (!written)
        return written.error();
    outcome.added = written.value().added;
    outcome.replaced = written.value().replaced;
    outcome.unchanged += written.value().unchanged;
    qCInfo(lcPhotos) << "stored photos from" << scan.sourcePath << outcome.added << "added," << outcome.replaced
                     << "replaced," << outcome.unchanged << "unchanged";
    return outcome;
}

QString PhotoImport::statusText(PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Matched: return tr("Matched");
    case PhotoStatus::NoStudent: return tr("No matching student");
    case PhotoStatus::Ambiguous: return tr("Ambiguous name");
    case PhotoStatus::Duplicate: return tr("Duplicate for one student");
    case PhotoStatus::NotJpeg: return tr("Not a usable JPEG");
    case PhotoStatus::WrongSize: return tr("Wrong size");
    case PhotoStatus::TooLarge: return tr("Too large");
    case PhotoStatus::Ignored: return tr("Ignored");
    }
    return {};
}

QString PhotoImport::statusName(PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Matched: return QStringLiteral("matched");
    case PhotoStatus::NoStudent: return QStringLiteral("no_student");
    case PhotoStatus::Ambiguous: return QStringLiteral("ambiguous");
    case PhotoStatus::Duplicate: return QStringLiteral("duplicate");
    case PhotoStatus::NotJpeg: return QStringLiteral("not_jpeg");
    case PhotoStatus::WrongSize: return QStringLiteral("wrong_size");
    case PhotoStatus::TooLarge: return QStringLiteral("too_large");
    case PhotoStatus::Ignored: return QStringLiteral("ignored");
    }
    return {};
}

} // namespace cet
