#pragma once

// Draws a captcha code into a PNG: each character a stroked path, scaled, rotated and sheared at
// random, the whole line bent by two sine waves, over crossing curves and speckles. Works in a
// QCoreApplication (no fonts, no platform plugin): QImage and QPainter's raster engine only.

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace cet::central::captcha {

constexpr int kImageWidth = 180;
constexpr int kImageHeight = 64;

// `code`: characters of alphabet(). `random` decides the distortion (seeded in tests).
QByteArray renderPng(const QString &code, QRandomGenerator &random);

} // namespace cet::central::captcha
