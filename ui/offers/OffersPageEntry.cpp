#include "OffersPageEntry.h"

#include "OffersPage.h"
#include "PageContext.h"
#include "StaffRoles.h"
#include "SyncController.h"

#include <QAction>

namespace cet {

PageEntry offersPageEntry()
{
    PageEntry entry;
    entry.id = QStringLiteral("offers");
    entry.iconName = QStringLiteral("go-home");
    entry.title = QT_TRANSLATE_NOOP("cet::MainWindow", "Campuses and Seats");
    entry.roles = { roles::coordinator };
    entry.works = PageWorks::OnLocalRoster;
    // The campuses' school comes from the signed-in account, and seats taken from the server.
    entry.needsSync = true;
    entry.make = [](PageContext &context) {
        auto *offers = new OffersPage(context.db());
        QObject::connect(&context, &PageContext::syncedDataChanged, offers, &OffersPage::refresh);
        QObject::connect(&context, &PageContext::seatUsageChanged, offers, &OffersPage::refresh);
        QObject::connect(offers, &OffersPage::changed, &context, &PageContext::localDataChanged);
        if (SyncController *sync = context.sync()) {
            offers->setSyncNow([sync] {
                if (sync->account().signedIn && sync->syncNowAction()->isEnabled())
                    sync->syncNowAction()->trigger();
            });
        }
        Page page;
        page.widget = offers;
        page.undoStack = offers->undoStack();
        page.editActions = offers->editActions();
        return page;
    };
    return entry;
}

} // namespace cet
