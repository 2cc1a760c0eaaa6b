#pragma once

#include <QString>

namespace cet {

// Makes QIcon::fromTheme() use the Breeze theme shipped with CET Desk: registers
// breeze-icons.rcc (found next to the executable or in <prefix>/share/cetdesk) under
// :/icons/breeze, or else uses the subset compiled into the application, then sets
// the search path :/icons and the theme name "breeze". Returns how the theme was found
// ("rcc:<path>", "compiled", or "" when no Breeze theme is available).
QString setupIconTheme(const QString &applicationDir);

} // namespace cet
