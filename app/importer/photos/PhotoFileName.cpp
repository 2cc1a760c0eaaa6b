#include "PhotoFileName.h"

#include "IdNumber.h"

namespace cet {

namespace {

QStringView baseName(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.mid(slash + 1);
}

QStringView extension(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot <= 0 ? QStringView() : fileName.mid(dot + 1);
}

} // namespace

bool PhotoFileName::isSkipped(const QString &relativePath)
{
    const auto parts = QStringView(relativePath).split(u'/', Qt::SkipEmptyParts);
    for (const QStringView part : parts) {
        if (part.startsWith(u'.') || part == u"__MACOSX")
            return true;
    }
    const QStringView name = baseName(relativePath);
    return name.compare(u"Thumbs.db", Qt::CaseInsensitive) == 0
        || name.compare(u"desktop.ini", Qt::CaseInsensitive) == 0;
}

PhotoFileName::Kind PhotoFileName::kind(const QString &relativePath)
{
    const QStringView ext = extension(baseName(relativePath));
    if (ext.compare(u"jpg", Qt::CaseInsensitive) == 0 || ext.compare(u"jpeg", Qt::CaseInsensitive) == 0)
        return Kind::Jpeg;
    static const char16_t *const kImages[] = { u"png", u"bmp", u"gif", u"tif", u"tiff", u"webp",
                                               u"heic", u"heif", u"avif", u"jfif", u"jpe", u"jp2" };
    for (const char16_t *image : kImages) {
        if (ext.compare(QStringView(image), Qt::CaseInsensitive) == 0)
            return Kind::OtherImage;
    }
    return Kind::NotPhoto;
}

QString PhotoFileName::stem(const QString &relativePath)
{
    const QStringView name = baseName(relativePath);
    const qsizetype dot = name.lastIndexOf(u'.');
    return (dot <= 0 ? name : name.left(dot)).trimmed().toString();
}

QString PhotoFileName::idNumberKey(const QString &stem)
{
    return normaliseIdNumber(stem).number;
}

QString PhotoFileName::studentNoKey(const QString &stem)
{
    return stem.normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace cet
