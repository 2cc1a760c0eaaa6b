#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace cet::ui {

void fitToScreen(QWidget *dialog, QSize preferred)
{
    const QWidget *anchor = dialog->parentWidget() ? dialog->parentWidget()->window() : dialog;
    const QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        dialog->resize(preferred);
        return;
    }
    // Room for the window frame and title bar, which the available geometry does not subtract.
    const QSize room = screen->availableSize() - QSize(16, 48);
    dialog->setMinimumSize(dialog->minimumSize().boundedTo(room));
    dialog->resize(preferred.boundedTo(room));
}

} // namespace cet::ui
