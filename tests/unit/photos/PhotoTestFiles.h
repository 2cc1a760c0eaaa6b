#pragma once

// Real photo files for the photo tests: JPEGs encoded by Qt's own JPEG writer, ZIP archives
// written by libzip. Header-only, shared by the unit, integration and UI tests of photos.

#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QPainter>
#include <QPair>
#include <QTest>

#include <zip.h>

namespace phototest {

struct JpegOptions
{
    int width = 144;
    int height = 192;
    int seed = 0;          // different seeds give different pictures (and hashes)
    bool progressive = false;
    bool grey = false;
    int quality = 85;
};

// A head-and-shoulders-like picture on white, so the JPEG is the size of a real ID photo.
inline QByteArray jpeg(const JpegOptions &o = {})
{
    QImage image(o.width, o.height, o.grey ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor::fromHsv((o.seed * 47) % 360, 160, 200));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(o.width / 2.0, o.height * 0.4), o.width * 0.25, o.height * 0.2);
        p.drawRect(QRectF(o.width * 0.15, o.height * 0.65, o.width * 0.7, o.height * 0.35));
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(o.quality);
    writer.setProgressiveScanWrite(o.progressive);
    if (!writer.write(image))
        qFatal("QImageWriter: %s", qPrintable(writer.errorString()));
    return out;
}

// The same JPEG grown to `totalBytes` by comment segments: still a valid JPEG. They go after SOI,
// or (afterFrame) just before the first scan, so that the frame header stays near the start.
inline QByteArray padded(const QByteArray &jpegData, qint64 totalBytes, bool afterFrame = false)
{
    const qsizetype at = afterFrame ? jpegData.indexOf(QByteArrayView("\xFF\xDA", 2)) : 2;
    QByteArray out = jpegData.left(at);
    qint64 missing = totalBytes - jpegData.size();
    while (missing > 0) {
        const int payload = int(std::min<qint64>(65533, std::max<qint64>(0, missing - 4)));
        out += char(0xFF);
        out += char(0xFE);
        out += char((payload + 2) >> 8);
        out += char((payload + 2) & 0xFF);
        out += QByteArray(payload, 'c');
        missing -= payload + 4;
    }
    return out + jpegData.mid(at);
}

inline void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("can not write %s", qPrintable(path));
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("can not read %s", qPrintable(path));
    return file.readAll();
}

// Writes a ZIP whose member names are the given raw bytes (UTF-8, or GBK as Chinese Windows does).
inline void writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &members)
{
    int code = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!za)
        qFatal("zip_open %s: %d", qPrintable(path), code);
    for (const auto &m : members) {
        // libzip copies nothing until zip_close: keep the bytes alive in a heap copy it frees.
        void *copy = malloc(size_t(std::max<qsizetype>(1, m.second.size())));
        memcpy(copy, m.second.constData(), size_t(m.second.size()));
        zip_source_t *src = zip_source_buffer(za, copy, zip_uint64_t(m.second.size()), 1);
        const zip_int64_t index = m.first.endsWith('/') ? zip_dir_add(za, m.first.constData(), ZIP_FL_ENC_GUESS)
                                                        : zip_file_add(za, m.first.constData(), src, ZIP_FL_ENC_GUESS);
        if (m.first.endsWith('/'))
            zip_source_free(src);
        if (index < 0)
            qFatal("zip_file_add: %s", zip_strerror(za));
    }
    if (zip_close(za) != 0)
        qFatal("zip_close: %s", zip_strerror(za));
}

} // namespace phototest
