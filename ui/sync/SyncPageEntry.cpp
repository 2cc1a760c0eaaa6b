#include "SyncPageEntry.h"

#include "PageContext.h"
#include "StaffRoles.h"
#include "SyncPage.h"

namespace cet {

PageEntry syncPageEntry()
{
    PageEntry entry;
    entry.id = QStringLiteral("sync");
    entry.iconName = QStringLiteral("view-refresh");
    entry.title = QT_TRANSLATE_NOOP("cet::MainWindow", "Sync");
    entry.roles = { roles::coordinator, roles::admin };
    // Signed out it is where one signs in; the outbox it shows is in the local database.
    entry.works = PageWorks::OnLocalRoster;
    entry.needsSync = true;
    entry.make = [](PageContext &context) {
        Page page;
        page.widget = new SyncPage(*context.sync());
        return page;
    };
    return entry;
}

} // namespace cet
