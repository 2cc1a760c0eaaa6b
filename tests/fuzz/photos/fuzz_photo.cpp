// libFuzzer target for the photo checks. First byte % 3 picks what the rest is:
//   0  a photo file: the JPEG header walk, whole and as the head of a larger file, and the rules
//   1  a ZIP archive of photos: listing (names in any encoding, lying headers, zip bombs) and
//      reading + checking every member as the import does
//   2  a raw ZIP member name: the UTF-8 / GBK / CP437 decoding
// Errors are expected; crashes, hangs, leaks and unbounded memory are not.
#include "JpegHeader.h"
#include "PhotoRules.h"
#include "PhotoSource.h"
#include "ZipNameDecoding.h"

#include <cstdint>
#include <cstdlib>

using namespace cet;

namespace {

void checkPhoto(QByteArrayView data, qint64 fileSize)
{
    const PhotoCheck check = PhotoChecker::check(data, fileSize, QStringLiteral("fuzz.jpg"));
    if (check.ok() && (check.info.width != PhotoRules::kWidth || check.info.height != PhotoRules::kHeight
                       || fileSize > PhotoRules::kMaxBytes))
        abort(); // accepted something the rules forbid
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0: {
        (void)JpegHeader::read(rest, true, QStringLiteral("fuzz.jpg"));
        (void)JpegHeader::read(rest, false, QStringLiteral("fuzz.jpg"));
        checkPhoto(rest, rest.size());
        checkPhoto(rest.first(std::min<qsizetype>(rest.size(), 1000)), 100'000);
        break;
    }
    case 1: {
        PhotoSourceLimits limits;
        limits.maxEntries = 1000;
        auto source = PhotoSource::openZipData(rest.toByteArray(), QStringLiteral("fuzz.zip"), limits);
        if (!source)
            break;
        for (const PhotoEntry &entry : source.value()->entries()) {
            auto bytes = source.value()->read(entry, PhotoRules::kMaxBytes + 1);
            if (!bytes)
                continue;
            if (bytes.value().data.size() > PhotoRules::kMaxBytes + 1)
                abort(); // inflated past the cap
            const qint64 fileSize = bytes.value().whole ? bytes.value().data.size()
                                                        : std::max<qint64>(entry.size, bytes.value().data.size());
            checkPhoto(bytes.value().data, fileSize);
        }
        break;
    }
    default:
        (void)decodeZipName(rest, QStringLiteral("cp437"));
        break;
    }
    return 0;
}
