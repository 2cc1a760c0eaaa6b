#include "ZipPhotoSource.h"

#include "PhotoFileName.h"
#include "ZipNameDecoding.h"

#include <QDir>

#include <zip.h>

namespace cet {

namespace {

QString libzipText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromLocal8Bit(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

Error badZip(const QString &path, const QString &detail)
{
    return Error{ QStringLiteral("photos.bad_zip"),
                  PhotoSource::tr("%1 is a damaged ZIP archive (%2). Make the ZIP file again, or unpack it and "
                                  "choose the folder.")
                      .arg(QDir::toNativeSeparators(path), detail),
                  detail };
}

} // namespace

ZipPhotoSource::~ZipPhotoSource()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<PhotoSource>> ZipPhotoSource::open(const QString &path, const PhotoSourceLimits &limits)
{
    std::unique_ptr<ZipPhotoSource> source(new ZipPhotoSource(path));
    int code = 0;
    source->m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!source->m_zip)
        return badZip(path, libzipText(code));
    return list(std::move(source), limits);
}

Result<std::unique_ptr<PhotoSource>> ZipPhotoSource::openData(const QByteArray &data, const QString &displayName,
                                                              const PhotoSourceLimits &limits)
{
    std::unique_ptr<ZipPhotoSource> source(new ZipPhotoSource(displayName));
    source->m_data = data;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(source->m_data.constData(), zip_uint64_t(source->m_data.size()),
                                                    0, &error);
    if (buffer)
        source->m_zip = zip_open_from_source(buffer, ZIP_RDONLY, &error);
    if (!source->m_zip) {
        const QString detail = QString::fromLocal8Bit(zip_error_strerror(&error));
        if (buffer)
            zip_source_free(buffer);
        zip_error_fini(&error);
        return badZip(displayName, detail);
    }
    zip_error_fini(&error);
    return list(std::move(source), limits);
}

Result<std::unique_ptr<PhotoSource>> ZipPhotoSource::list(std::unique_ptr<ZipPhotoSource> source,
                                                          const PhotoSourceLimits &limits)
{
    const zip_int64_t count = zip_get_num_entries(source->m_zip, 0);
    const auto tooMany = [&] {
        return Error{ QStringLiteral("photos.too_many_files"),
                      tr("%1 holds more than %2 files. Put only the photos into the ZIP file, or split it.")
                          .arg(QDir::toNativeSeparators(source->m_path))
                          .arg(limits.maxEntries),
                      QString::number(count) };
    };
    // Folders and macOS' __MACOSX doubles may at most double a listing; more is not a photo archive.
    if (count < 0 || count > 4 * limits.maxEntries)
        return tooMany();
    source->m_entries.reserve(qsizetype(std::min<zip_int64_t>(count, limits.maxEntries)));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        const char *raw = zip_get_name(source->m_zip, zip_uint64_t(i), ZIP_FL_ENC_RAW);
        if (!raw || zip_stat_index(source->m_zip, zip_uint64_t(i), 0, &st) != 0)
            return badZip(source->m_path, QString::fromLocal8Bit(zip_strerror(source->m_zip)));
        const QByteArrayView rawName(raw);
        const QString cp437 = rawName.isEmpty() ? QString()
                                                : QString::fromUtf8(zip_get_name(source->m_zip, zip_uint64_t(i), 0));
        DecodedZipName decoded = decodeZipName(rawName, cp437);
        // Some Windows tools write '\' separators; decode first: a GBK trail byte may be 0x5C.
        decoded.name.replace(u'\\', u'/');
        if (decoded.name.isEmpty() || decoded.name.endsWith(u'/'))
            continue; // a folder
        if (PhotoFileName::isSkipped(decoded.name)) {
            ++source->m_skipped;
            continue;
        }
        if (source->m_entries.size() >= limits.maxEntries)
            return tooMany();
        const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(std::min<zip_uint64_t>(st.size, INT64_MAX)) : 0;
        source->m_entries.append(PhotoEntry{ i, decoded.name, size, decoded.encoding });
    }
    return Result<std::unique_ptr<PhotoSource>>(std::move(source));
}

Error ZipPhotoSource::entryError(const PhotoEntry &entry, const QString &detail) const
{
    return Error{ QStringLiteral("photos.zip_entry"),
                  tr("%1 in %2 can not be unpacked (%3). Make the ZIP file again.")
                      .arg(entry.name, QDir::toNativeSeparators(m_path), detail),
                  detail };
}

Result<PhotoBytes> ZipPhotoSource::read(const PhotoEntry &entry, qint64 maxBytes) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(entry.index), 0, &st) != 0)
        return entryError(entry, QString::fromLocal8Bit(zip_strerror(m_zip)));
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        return Error{ QStringLiteral("photos.zip_encrypted"),
                      tr("%1 in %2 is protected by a password. Make the ZIP file again without a password.")
                          .arg(entry.name, QDir::toNativeSeparators(m_path)),
                      {} };
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(entry.index), 0);
    if (!file)
        return entryError(entry, QString::fromLocal8Bit(zip_strerror(m_zip)));
    PhotoBytes bytes;
    bytes.data.resize(qsizetype(maxBytes));
    qint64 done = 0;
    zip_int64_t n = 0;
    while (done < maxBytes && (n = zip_fread(file, bytes.data.data() + done, zip_uint64_t(maxBytes - done))) > 0)
        done += n;
    if (n >= 0 && done == maxBytes) {
        char probe = 0;
        n = zip_fread(file, &probe, 1); // one byte more tells whether the member goes on
        bytes.whole = n == 0;
    } else {
        bytes.whole = n == 0;
    }
    const QString detail = n < 0 ? QString::fromLocal8Bit(zip_file_strerror(file)) : QString();
    zip_fclose(file);
    if (n < 0)
        return entryError(entry, detail);
    bytes.data.truncate(qsizetype(done));
    return bytes;
}

} // namespace cet
