#include "CaptchaImage.h"

#include "CaptchaGlyphs.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <cmath>

namespace cet::central::captcha {

namespace {

constexpr double kPi = 3.14159265358979323846; // M_PI is not standard C++ (MSVC hides it)

double between(QRandomGenerator &random, double low, double high)
{
    return low + random.generateDouble() * (high - low);
}

QColor darkColour(QRandomGenerator &random)
{
    return QColor::fromHsv(random.bounded(360), 120 + random.bounded(100), 60 + random.bounded(70));
}

// A bend of the whole image: each point moves along both axes by a sine of the other coordinate,
// so straight strokes come out curved and no two characters are distorted alike.
struct Warp
{
    double ampY, periodX, phaseX, ampX, periodY, phaseY;
    QPointF operator()(QPointF p) const
    {
        return { p.x() + ampX * std::sin(2 * kPi * p.y() / periodY + phaseY),
            p.y() + ampY * std::sin(2 * kPi * p.x() / periodX + phaseX) };
    }
};

// The polyline a → b … cut into short pieces and warped (a warped long segment must bend too).
QPainterPath warpedPath(const QList<QPointF> &points, const QTransform &place, const Warp &warp)
{
    QPainterPath path;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF to = place.map(points.at(i));
        if (i == 0) {
            path.moveTo(warp(to));
            continue;
        }
        const QPointF from = place.map(points.at(i - 1));
        const int steps = std::max(2, int(QLineF(from, to).length() / 3));
        for (int s = 1; s <= steps; ++s)
            path.lineTo(warp(from + (to - from) * (double(s) / steps)));
    }
    return path;
}

void drawNoise(QPainter &painter, QRandomGenerator &random)
{
    for (int i = 0; i < 400; ++i) {
        painter.setPen(QPen(darkColour(random), between(random, 1, 2.2)));
        painter.drawPoint(QPointF(between(random, 0, kImageWidth), between(random, 0, kImageHeight)));
    }
    for (int i = 0; i < 5; ++i) {
        QPainterPath curve(QPointF(between(random, -10, 20), between(random, 0, kImageHeight)));
        curve.cubicTo(QPointF(between(random, 30, 80), between(random, -20, kImageHeight + 20)),
            QPointF(between(random, 100, 150), between(random, -20, kImageHeight + 20)),
            QPointF(between(random, kImageWidth - 20, kImageWidth + 10), between(random, 0, kImageHeight)));
        painter.setPen(QPen(darkColour(random), between(random, 1, 2.5), Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(curve);
    }
}

} // namespace

QByteArray renderPng(const QString &code, QRandomGenerator &random)
{
    QImage image(kImageWidth, kImageHeight, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(random.bounded(360), 20 + random.bounded(30), 235 + random.bounded(20)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    drawNoise(painter, random);

    const Warp warp { between(random, 2, 5), between(random, 50, 110), between(random, 0, 2 * kPi),
        between(random, 1, 3), between(random, 30, 60), between(random, 0, 2 * kPi) };
    const double cell = double(kImageWidth - 20) / std::max<qsizetype>(1, code.size());
    for (qsizetype i = 0; i < code.size(); ++i) {
        const double scale = between(random, 5.2, 6.8); // grid unit in pixels: glyphs 31–41 px high
        QTransform place;
        place.translate(10 + cell * (i + 0.5) + between(random, -3, 3), kImageHeight / 2.0 + between(random, -4, 4));
        place.rotate(between(random, -22, 22));
        place.shear(between(random, -0.25, 0.25), 0);
        place.scale(scale * between(random, 0.8, 1.1), scale);
        place.translate(-2, -3); // the glyph grid's centre
        painter.setPen(QPen(darkColour(random), between(random, 2.6, 3.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        for (const QList<QPointF> &stroke : glyphStrokes(code.at(i)))
            painter.drawPath(warpedPath(stroke, place, warp));
    }
    // A last thin line through the characters, so that cutting them apart by colour fails.
    painter.setPen(QPen(darkColour(random), 1.6));
    painter.drawPath(warpedPath(
        { { 0, between(random, 25, 40) }, { double(kImageWidth), between(random, 25, 40) } }, QTransform(), warp));
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace cet::central::captcha
