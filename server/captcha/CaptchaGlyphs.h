#pragma once

// The captcha's characters as strokes (polylines on a 4 × 6 grid, y downwards), so that the image
// is drawn with QPainter paths alone: text through QFont would need a QGuiApplication and the
// fonts of the machine, which a headless server process has neither of.

#include <QList>
#include <QPointF>
#include <QString>

namespace cet::central::captcha {

// Letters and digits that can not be mistaken for one another (no 0/O, 1/I/L, 2/Z, 5/S, 8/B,
// U/V), upper case; answers are compared in upper case.
QString alphabet();

// The strokes of `c` (one of alphabet()); empty for any other character.
QList<QList<QPointF>> glyphStrokes(QChar c);

} // namespace cet::central::captcha
