#include "ZipArchive.h"

#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <algorithm>

namespace cet {

namespace {
// Parts smaller than this are never called bombs, whatever their ratio: a small sheet of empty
// cells compresses very well and is harmless.
constexpr qint64 SmallPart = 16 * 1024 * 1024;

Error limitError(const QString &code, const QString &message, const QString &member)
{
    return Error{code, message, member};
}
} // namespace

ZipEntryStream::~ZipEntryStream()
{
    if (m_file)
        zip_fclose(m_file);
}

Result<qint64> ZipEntryStream::read(char *out, qint64 max)
{
    const zip_int64_t n = zip_fread(m_file, out, zip_uint64_t(max));
    if (n < 0) {
        return Error{QStringLiteral("xlsx.bad_zip"),
                     tr("\"%1\" is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, "
                        "save it again and retry.")
                         .arg(m_fileName, m_name),
                     QString::fromUtf8(zip_file_strerror(m_file))};
    }
    m_done += n;
    if (m_done > m_declaredSize) {
        // The header lied about the size: a damaged file, or one built to get past the limits.
        return Error{QStringLiteral("xlsx.bad_zip"),
                     tr("\"%1\" is damaged: the part %2 is larger than the archive says. Open the file in Excel or "
                        "WPS, save it again and retry.")
                         .arg(m_fileName, m_name),
                     m_name};
    }
    if (m_done > m_maxBytes) {
        return limitError(QStringLiteral("import.limit_uncompressed_bytes"),
                          tr("\"%1\" can not be read: its part %2 unpacks to more than %3 MB.")
                              .arg(m_fileName, m_name)
                              .arg(m_maxBytes / (1024 * 1024)),
                          m_name);
    }
    if (m_done > SmallPart && double(m_done) > m_maxRatio * double(std::max<qint64>(m_compressedSize, 1))) {
        return limitError(QStringLiteral("import.limit_compression_ratio"),
                          tr("\"%1\" can not be read: its part %2 unpacks to more than %3 times its packed "
                             "size, which only a damaged or hostile file does.")
                              .arg(m_fileName, m_name)
                              .arg(m_maxRatio),
                          m_name);
    }
    return qint64(n);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString &path, const ReaderLimits &limits)
{
    const QString name = QFileInfo(path).fileName();
    int code = 0;
    zip *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            return Error{QStringLiteral("file.read"), tr("\"%1\" could not be read.").arg(name), detail};
        return Error{QStringLiteral("xlsx.bad_zip"),
                     tr("\"%1\" is not a readable .xlsx workbook: the file is damaged or incomplete. Open it in "
                        "Excel or WPS, save it again and retry.")
                         .arg(name),
                     detail};
    }
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_zip = z;
    archive->m_fileName = name;
    archive->m_limits = limits;
    return archive;
}

std::optional<QString> ZipArchive::find(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_ENC_GUESS);
    if (index < 0)
        index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
    if (index < 0)
        return std::nullopt;
    const char *exact = zip_get_name(m_zip, zip_uint64_t(index), ZIP_FL_ENC_GUESS);
    return exact ? QString::fromUtf8(exact) : name;
}

bool ZipArchive::hasPrefix(const QString &prefix) const
{
    const QByteArray p = prefix.toUtf8();
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *entry = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (entry && QByteArrayView(entry).startsWith(p))
            return true;
    }
    return false;
}

Error ZipArchive::zipError(const QString &member) const
{
    const int code = zip_error_code_zip(zip_get_error(m_zip));
    if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP) {
        return Error{QStringLiteral("xlsx.encrypted"),
                     tr("\"%1\" is protected with a password. Open it in Excel or WPS, remove the password "
                        "(File ▸ Info ▸ Protect Workbook), save it and retry.")
                         .arg(m_fileName),
                     member};
    }
    return Error{QStringLiteral("xlsx.bad_zip"),
                 tr("\"%1\" is damaged: the part %2 can not be unpacked. Open the file in Excel or WPS, save it "
                    "again and retry.")
                     .arg(m_fileName, member),
                 QString::fromUtf8(zip_strerror(m_zip))};
}

Result<std::unique_ptr<ZipEntryStream>> ZipArchive::stream(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_ENC_GUESS);
    if (index < 0) {
        return Error{QStringLiteral("xlsx.missing_part"),
                     tr("\"%1\" is not a complete .xlsx workbook: the part %2 is missing. Open the file in Excel or "
                        "WPS, save it again and retry.")
                         .arg(m_fileName, name),
                     name};
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0)
        return zipError(name);
    const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(std::min<zip_uint64_t>(st.size, INT64_MAX))
                                                   : m_limits.maxUncompressedBytes;
    const qint64 packed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(std::min<zip_uint64_t>(st.comp_size, INT64_MAX)) : 0;
    if (size > m_limits.maxUncompressedBytes) {
        return limitError(QStringLiteral("import.limit_uncompressed_bytes"),
                          tr("\"%1\" can not be read: its part %2 unpacks to %3 MB, more than the %4 MB allowed.")
                              .arg(m_fileName, name)
                              .arg(size / (1024 * 1024))
                              .arg(m_limits.maxUncompressedBytes / (1024 * 1024)),
                          name);
    }
    if (size > SmallPart && double(size) > m_limits.maxCompressionRatio * double(std::max<qint64>(packed, 1))) {
        return limitError(QStringLiteral("import.limit_compression_ratio"),
                          tr("\"%1\" can not be read: its part %2 unpacks to more than %3 times its packed size, "
                             "which only a damaged or hostile file does.")
                              .arg(m_fileName, name)
                              .arg(m_limits.maxCompressionRatio),
                          name);
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
        return Error{QStringLiteral("xlsx.encrypted"),
                     tr("\"%1\" is protected with a password. Open it in Excel or WPS, remove the password, "
                        "save it and retry.")
                         .arg(m_fileName),
                     name};
    }
    zip_file *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return zipError(name);
    std::unique_ptr<ZipEntryStream> entry(new ZipEntryStream);
    entry->m_file = file;
    entry->m_name = name;
    entry->m_fileName = m_fileName;
    entry->m_declaredSize = size;
    entry->m_compressedSize = packed;
    entry->m_maxBytes = m_limits.maxUncompressedBytes;
    entry->m_maxRatio = m_limits.maxCompressionRatio;
    return entry;
}

Result<QByteArray> ZipArchive::readAll(const QString &name, qint64 maxBytes) const
{
    auto entry = stream(name);
    if (!entry)
        return entry.error();
    QByteArray bytes;
    constexpr qint64 Block = 64 * 1024;
    for (;;) {
        const qsizetype at = bytes.size();
        if (at > maxBytes) {
            return limitError(QStringLiteral("import.limit_uncompressed_bytes"),
                              tr("\"%1\" can not be read: its part %2 is larger than %3 MB.")
                                  .arg(m_fileName, name)
                                  .arg(maxBytes / (1024 * 1024)),
                              name);
        }
        bytes.resize(at + Block);
        const auto n = entry.value()->read(bytes.data() + at, Block);
        if (!n)
            return n.error();
        bytes.resize(at + n.value());
        if (n.value() == 0)
            return bytes;
    }
}

} // namespace cet
