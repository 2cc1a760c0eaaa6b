#pragma once

#include <QSize>

class QWidget;

namespace cet::ui {

// Gives a top-level dialog its preferred size where the screen has room for it, and otherwise the
// room there is: the usual school laptop (1366×768 at 125 % scaling) leaves about 1093×580 logical
// pixels above the taskbar, less than several dialogs would like, and a dialog taller than the
// screen hides its buttons. The minimum size shrinks with it, so a restored or user-chosen size
// can not push the buttons off screen either.
void fitToScreen(QWidget *dialog, QSize preferred);

} // namespace cet::ui
