#pragma once

#include "JpegHeader.h"
#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cet {

// The photo rules of the CET registration (domain.md: JPG, 144×192, ≤ 60 KB). The NEEA upload
// form counts 60 KB as 60 × 1024 = 61,440 bytes, width × height in pixels.
struct PhotoRules
{
    static constexpr int kWidth = 144;
    static constexpr int kHeight = 192;
    static constexpr qint64 kMaxBytes = 60 * 1024;
};

// The verdict on one photo file: no problem, or the first problem found, and what the header
// said (width and height stay 0 when the header could not be read).
struct PhotoCheck
{
    std::optional<Error> problem;
    JpegInfo info;

    bool ok() const { return !problem.has_value(); }
};

// Checks one photo. `data` is the whole file, or its first bytes when the file is larger than
// PhotoRules::kMaxBytes (`fileSize` is then the full size; reading PhotoRules::kMaxBytes + 1
// bytes is enough to decide). One problem is reported, the first of:
//   photo.empty, photo.not_jpeg, photo.truncated, photo.corrupt   (JpegHeader)
//   photo.too_large         more than 61,440 bytes (the message also names a wrong pixel size)
//   photo.unsupported_jpeg  not baseline/extended/progressive, or not 8 bits per sample
//   photo.cmyk              4 colour components (CMYK / YCCK, as saved for print)
//   photo.wrong_size        not exactly 144 × 192 pixels
class PhotoChecker
{
    Q_DECLARE_TR_FUNCTIONS(cet::PhotoChecker)
public:
    static PhotoCheck check(QByteArrayView data, qint64 fileSize, const QString &displayName);

    // "58.6 KB": the size as the rules count it, one decimal.
    static QString kilobytes(qint64 bytes);
};

} // namespace cet
