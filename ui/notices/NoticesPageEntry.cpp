#include "NoticesPageEntry.h"

#include "NoticesPage.h"
#include "PageContext.h"
#include "StaffRoles.h"

namespace cet {

PageEntry noticesPageEntry()
{
    PageEntry entry;
    entry.id = QStringLiteral("notices");
    entry.iconName = QStringLiteral("mail-message");
    entry.title = QT_TRANSLATE_NOOP("cet::MainWindow", "Notices");
    entry.roles = { roles::coordinator, roles::admin };
    entry.works = PageWorks::OnLocalRoster;
    // The notices' school comes from the signed-in account, so the page exists only with sync.
    entry.needsSync = true;
    entry.make = [](PageContext &context) {
        auto *notices = new NoticesPage(context.db());
        QObject::connect(&context, &PageContext::syncedDataChanged, notices, &NoticesPage::refresh);
        Page page;
        page.widget = notices;
        return page;
    };
    return entry;
}

} // namespace cet
