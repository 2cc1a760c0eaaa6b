#include "JpegHeader.h"

#include <cstring>

namespace cet {

namespace {

constexpr unsigned char kMarkerPrefix = 0xFF;
constexpr unsigned char kSoi = 0xD8;
constexpr unsigned char kEoi = 0xD9;
constexpr unsigned char kSos = 0xDA;
constexpr unsigned char kTem = 0x01;

unsigned char at(QByteArrayView data, qsizetype i)
{
    return static_cast<unsigned char>(data[i]);
}

int be16(QByteArrayView data, qsizetype i)
{
    return (at(data, i) << 8) | at(data, i + 1);
}

bool isStandalone(unsigned char marker)
{
    return marker == kTem || (marker >= 0xD0 && marker <= 0xD7); // TEM, RST0–7
}

// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
bool isFrameHeader(unsigned char marker)
{
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

bool startsWith(QByteArrayView data, qsizetype offset, const char *magic, qsizetype length)
{
    return data.size() >= offset + length && std::memcmp(data.data() + offset, magic, size_t(length)) == 0;
}

Error truncated(const QString &name, qsizetype offset)
{
    return Error{ QStringLiteral("photo.truncated"),
                  JpegHeader::tr("%1 is cut off: the JPEG data ends at byte %2 before the image is complete. "
                                 "Copy or export the photo again.")
                      .arg(name)
                      .arg(offset),
                  {} };
}

Error corrupt(const QString &name, const QString &what)
{
    return Error{ QStringLiteral("photo.corrupt"),
                  JpegHeader::tr("%1 is a damaged JPEG file (%2). Open it in an image editor and save it again "
                                 "as JPEG.")
                      .arg(name, what),
                  {} };
}

JpegInfo::Process processOf(unsigned char sof)
{
    switch (sof) {
    case 0xC0: return JpegInfo::Process::Baseline;
    case 0xC1: return JpegInfo::Process::Extended;
    case 0xC2: return JpegInfo::Process::Progressive;
    default: return JpegInfo::Process::Other;
    }
}

// After an SOS header: skips the entropy-coded data. Inside it a 0xFF byte is followed by 0x00
// (a stuffed data byte) or by RSTn; any other marker ends the scan. Returns the offset of that
// marker's 0xFF, or -1 when the data ends first.
qsizetype skipEntropyData(QByteArrayView data, qsizetype pos)
{
    const char *base = data.data();
    while (pos < data.size()) {
        const void *ff = std::memchr(base + pos, 0xFF, size_t(data.size() - pos));
        if (!ff)
            return -1;
        pos = static_cast<const char *>(ff) - base;
        if (pos + 1 >= data.size())
            return -1;
        const unsigned char next = at(data, pos + 1);
        if (next == 0x00 || next == kMarkerPrefix || (next >= 0xD0 && next <= 0xD7)) {
            pos += next == kMarkerPrefix ? 1 : 2; // a fill byte before a marker: look again from it
            continue;
        }
        return pos;
    }
    return -1;
}

} // namespace

bool JpegHeader::hasJpegSignature(QByteArrayView data)
{
    return data.size() >= 3 && at(data, 0) == kMarkerPrefix && at(data, 1) == kSoi && at(data, 2) == kMarkerPrefix;
}

QString JpegHeader::sniffFormat(QByteArrayView data)
{
    if (startsWith(data, 0, "\x89PNG", 4))
        return tr("a PNG image");
    if (startsWith(data, 0, "GIF8", 4))
        return tr("a GIF image");
    if (startsWith(data, 0, "BM", 2))
        return tr("a BMP image");
    if (startsWith(data, 0, "RIFF", 4) && startsWith(data, 8, "WEBP", 4))
        return tr("a WebP image");
    if (startsWith(data, 0, "II*\0", 4) || startsWith(data, 0, "MM\0*", 4))
        return tr("a TIFF image");
    if (startsWith(data, 4, "ftypheic", 8) || startsWith(data, 4, "ftypheix", 8) || startsWith(data, 4, "ftypmif1", 8))
        return tr("a HEIC image (iPhone photo)");
    if (startsWith(data, 4, "ftypavif", 8))
        return tr("an AVIF image");
    if (startsWith(data, 0, "\0\0\0\x0CjP  ", 8) || startsWith(data, 0, "\xFF\x4F\xFF\x51", 4))
        return tr("a JPEG 2000 image");
    if (startsWith(data, 0, "\xFF\x0A", 2) || startsWith(data, 0, "\0\0\0\x0CJXL ", 8))
        return tr("a JPEG XL image");
    if (startsWith(data, 0, "%PDF", 4))
        return tr("a PDF document");
    if (startsWith(data, 0, "PK\x03\x04", 4))
        return tr("a ZIP archive or Office document");
    return {};
}

Result<JpegInfo> JpegHeader::read(QByteArrayView data, bool wholeFile, const QString &name)
{
    if (data.isEmpty())
        return Error{ QStringLiteral("photo.empty"), tr("%1 is empty (0 bytes).").arg(name), {} };
    if (!hasJpegSignature(data)) {
        const QString format = sniffFormat(data);
        return Error{ QStringLiteral("photo.not_jpeg"),
                      format.isEmpty()
                          ? tr("%1 is not a JPEG file (its content is not an image CET Desk knows). Save the photo "
                               "as JPEG (.jpg).")
                                .arg(name)
                          : tr("%1 is not a JPEG file: it is %2 with a .jpg name. Open it in an image editor and "
                               "save it as JPEG (.jpg).")
                                .arg(name, format),
                      {} };
    }

    JpegInfo info;
    bool haveFrame = false;
    qsizetype pos = 2;
    for (;;) {
        if (pos >= data.size()) {
            if (!wholeFile && haveFrame)
                return info;
            return truncated(name, data.size());
        }
        if (at(data, pos) != kMarkerPrefix)
            return corrupt(name, tr("no marker at byte %1").arg(pos));
        while (pos < data.size() && at(data, pos) == kMarkerPrefix)
            ++pos; // fill bytes
        if (pos >= data.size())
            continue; // truncated: reported at the top of the loop
        const unsigned char marker = at(data, pos++);
        if (isStandalone(marker))
            continue;
        if (marker == kEoi)
            return corrupt(name, tr("the end-of-image marker comes before any image data"));
        if (marker == kSoi || marker == 0x00)
            return corrupt(name, tr("unexpected marker at byte %1").arg(pos - 1));
        if (pos + 2 > data.size()) {
            if (!wholeFile && haveFrame)
                return info;
            return truncated(name, data.size());
        }
        const int length = be16(data, pos);
        if (length < 2)
            return corrupt(name, tr("invalid segment length at byte %1").arg(pos));
        if (pos + length > data.size()) {
            if (!wholeFile && haveFrame)
                return info;
            return truncated(name, data.size());
        }
        if (isFrameHeader(marker) && !haveFrame) {
            if (length < 8)
                return corrupt(name, tr("frame header too short"));
            info.sofMarker = marker;
            info.process = processOf(marker);
            info.precision = at(data, pos + 2);
            info.height = be16(data, pos + 3);
            info.width = be16(data, pos + 5);
            info.components = at(data, pos + 7);
            if (length < 8 + 3 * info.components)
                return corrupt(name, tr("frame header too short for %1 components").arg(info.components));
            if (info.width == 0 || info.components == 0)
                return corrupt(name, tr("the frame header has no width or no colour components"));
            haveFrame = true;
        }
        pos += length;
        if (marker != kSos)
            continue;
        if (!haveFrame)
            return corrupt(name, tr("image data before the frame header"));
        const qsizetype next = skipEntropyData(data, pos);
        if (next < 0) {
            if (!wholeFile)
                return info;
            return truncated(name, data.size());
        }
        if (at(data, next + 1) == kEoi) {
            // A height of 0 means "given later in a DNL segment"; photos never do that.
            if (info.height == 0)
                return corrupt(name, tr("the frame header has no height"));
            info.complete = true;
            return info;
        }
        pos = next; // the next segment of a progressive or multi-scan image
    }
}

} // namespace cet
