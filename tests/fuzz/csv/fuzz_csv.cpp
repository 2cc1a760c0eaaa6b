// libFuzzer target for delimited text: TableFiles on a scratch file (detection of encoding,
// separator and foreign formats, then reading), and CsvReader over a QBuffer with tiny blocks,
// every encoding and separator, so that characters split across blocks get exercised.
#include "../FuzzFile.h"
#include "DelimitedSource.h"

#include <QBuffer>

using namespace cet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    static const QString path = fuzz::scratchPath("csv");
    fuzz::writeFile(path, data + 1, size - 1);
    fuzz::detectAndRead(path, {});

    CsvOptions options;
    const TextEncoding encodings[] = {TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Utf16LE, TextEncoding::Utf16BE};
    const char16_t separators[] = {u',', u';', u'\t', u'|'};
    options.encoding = encodings[control & 3];
    options.separator = separators[(control >> 2) & 3];
    options.blockSize = (control >> 4) + 1;
    options.limits = fuzz::fuzzLimits();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    DelimitedSource source(&buffer, options);
    fuzz::drain(source);
    return 0;
}
