#pragma once

#include "PhotoSource.h"

namespace cet {

// A folder of photos and its subfolders (a school may keep one folder per class). Symbolic links
// to folders are not followed, so a link loop can not make the listing endless.
class FolderPhotoSource final : public PhotoSource
{
    Q_DECLARE_TR_FUNCTIONS(cet::FolderPhotoSource)
public:
    static Result<std::unique_ptr<PhotoSource>> open(const QString &path, const PhotoSourceLimits &limits);

    Kind kind() const override { return Kind::Folder; }
    Result<PhotoBytes> read(const PhotoEntry &entry, qint64 maxBytes) const override;

private:
    using PhotoSource::PhotoSource;
};

} // namespace cet
