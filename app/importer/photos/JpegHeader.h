#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace cet {

// What the frame header (SOFn) of a JPEG file says, read without decoding the image.
struct JpegInfo
{
    enum class Process {
        Baseline,    // SOF0
        Extended,    // SOF1: extended sequential, Huffman; every decoder reads it
        Progressive, // SOF2
        Other,       // lossless, hierarchical or arithmetic-coded (SOF3, SOF5–7, SOF9–11, SOF13–15)
    };

    int width = 0;
    int height = 0;
    int components = 0; // 1 = grey, 3 = YCbCr, 4 = CMYK / YCCK
    int precision = 0;  // bits per sample
    Process process = Process::Baseline;
    int sofMarker = 0;  // 0xC0..0xCF
    bool complete = false; // the end-of-image marker was found (only known for whole files)
};

// Walks the marker segments of a JPEG file up to and through the entropy-coded data.
//
// `wholeFile` says whether `data` is the entire file. When it is, a file that stops before its
// end-of-image marker is reported as truncated; when it is only the beginning of a file (a photo
// too large to read entirely), the walk stops quietly at the end of the data once the frame header
// is known. Never reads past `data`; never allocates.
//
// Error codes (messages name `displayName`):
//   photo.empty        the file is empty
//   photo.not_jpeg     no JPEG signature; the message says what the file looks like (PNG, GIF, …)
//   photo.truncated    the file ends inside a segment or before the end-of-image marker
//   photo.corrupt      the marker structure is broken (bad segment length, data before the frame header…)
class JpegHeader
{
    Q_DECLARE_TR_FUNCTIONS(cet::JpegHeader)
public:
    static Result<JpegInfo> read(QByteArrayView data, bool wholeFile, const QString &displayName);

    // A short, translated name of the image format the bytes look like ("PNG image", "GIF image",
    // …), or an empty string when unknown. For messages about files that are not JPEG.
    static QString sniffFormat(QByteArrayView data);
    static bool hasJpegSignature(QByteArrayView data);
};

} // namespace cet
