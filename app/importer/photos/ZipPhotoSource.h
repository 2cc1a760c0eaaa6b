#pragma once

#include "PhotoSource.h"

struct zip;

namespace cet {

// A ZIP archive of photos, read with libzip without extracting it. Member names in GBK (made on
// Chinese Windows) are recognised (decodeZipName); folders, hidden files and __MACOSX/ are left
// out. A member is inflated only as far as read() asks, so a zip bomb costs nothing.
class ZipPhotoSource final : public PhotoSource
{
    Q_DECLARE_TR_FUNCTIONS(cet::ZipPhotoSource)
public:
    static Result<std::unique_ptr<PhotoSource>> open(const QString &path, const PhotoSourceLimits &limits);
    static Result<std::unique_ptr<PhotoSource>> openData(const QByteArray &data, const QString &displayName,
                                                         const PhotoSourceLimits &limits);
    ~ZipPhotoSource() override;

    Kind kind() const override { return Kind::Zip; }
    Result<PhotoBytes> read(const PhotoEntry &entry, qint64 maxBytes) const override;

private:
    using PhotoSource::PhotoSource;
    static Result<std::unique_ptr<PhotoSource>> list(std::unique_ptr<ZipPhotoSource> source,
                                                     const PhotoSourceLimits &limits);
    Error entryError(const PhotoEntry &entry, const QString &detail) const;

    zip *m_zip = nullptr;
    QByteArray m_data; // the archive of openData(), which libzip reads in place
};

} // namespace cet
