#include "PhotoRules.h"

#include <QLocale>

namespace cet {

namespace {

Error problem(const char *code, const QString &message)
{
    return Error{ QString::fromLatin1(code), message, {} };
}

} // namespace

QString PhotoChecker::kilobytes(qint64 bytes)
{
    return tr("%1 KB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', 1));
}

PhotoCheck PhotoChecker::check(QByteArrayView data, qint64 fileSize, const QString &name)
{
    PhotoCheck result;
    const bool wholeFile = fileSize <= data.size();
    const bool tooLarge = fileSize > PhotoRules::kMaxBytes;
    auto header = JpegHeader::read(data, wholeFile, name);
    if (header)
        result.info = header.value();

    if (!header && !(tooLarge && JpegHeader::hasJpegSignature(data))) {
        result.problem = header.error();
        return result;
    }
    const QLocale locale;
    const QString pixels = header ? tr("%1×%2 pixels").arg(result.info.width).arg(result.info.height) : QString();
    const bool wrongSize = header && (result.info.width != PhotoRules::kWidth || result.info.height != PhotoRules::kHeight);

    if (tooLarge) {
        QString message = tr("%1 is %2 (%3 bytes); a photo may be at most 60 KB (61,440 bytes). Save it again "
                             "with a lower JPEG quality.")
                              .arg(name, kilobytes(fileSize), locale.toString(fileSize));
        if (wrongSize)
            message += u' ' + tr("It is also %1 instead of 144×192.").arg(pixels);
        result.problem = problem("photo.too_large", message);
        return result;
    }
    const JpegInfo &info = result.info;
    if (info.process == JpegInfo::Process::Other || info.precision != 8) {
        result.problem = problem("photo.unsupported_jpeg",
                                 tr("%1 is a kind of JPEG that photo uploads do not accept (%2). Save it again as "
                                    "an ordinary (baseline) JPEG.")
                                     .arg(name,
                                          info.precision != 8 ? tr("%1 bits per sample").arg(info.precision)
                                                              : tr("lossless, hierarchical or arithmetic coding")));
        return result;
    }
    if (info.components == 4) {
        result.problem = problem("photo.cmyk",
                                 tr("%1 is a CMYK JPEG (colours for printing). Save it again as an RGB JPEG.")
                                     .arg(name));
        return result;
    }
    if (info.components != 1 && info.components != 3) {
        result.problem = problem("photo.unsupported_jpeg",
                                 tr("%1 has %2 colour components; a photo must be an RGB (or grey) JPEG.")
                                     .arg(name)
                                     .arg(info.components));
        return result;
    }
    if (wrongSize) {
        result.problem = problem("photo.wrong_size",
                                 tr("%1 is %2; a photo must be exactly 144×192 pixels (width × height). Resize or "
                                    "crop it to 144×192.")
                                     .arg(name, pixels));
        return result;
    }
    return result;
}

} // namespace cet
