#include "CustomerServicePageEntry.h"

#include "CustomerServicePage.h"
#include "PageContext.h"
#include "StaffRoles.h"

namespace cet {

PageEntry customerServicePageEntry()
{
    PageEntry entry;
    entry.id = QStringLiteral("customer_service");
    entry.iconName = QStringLiteral("help-contents");
    entry.title = QT_TRANSLATE_NOOP("cet::MainWindow", "Customer Service");
    entry.roles = { roles::csAgent, roles::csSupervisor };
    entry.works = PageWorks::OnlineOnly;
    entry.needsSync = true;
    entry.make = [](PageContext &context) {
        Page page;
        page.widget = new CustomerServicePage(*context.sync());
        return page;
    };
    return entry;
}

} // namespace cet
