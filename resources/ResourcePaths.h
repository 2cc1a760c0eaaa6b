#pragma once

#include <QString>
#include <QStringList>

namespace cet {

// Where the shipped Breeze icon theme (breeze-icons.rcc) may lie, for an application in
// `applicationDir`: next to the executable (build tree, Windows) or in <prefix>/share/cetdesk.
QStringList breezeRccCandidates(const QString &applicationDir);

// Resource path of the application icon (SVG).
QString applicationIconPath();

} // namespace cet
