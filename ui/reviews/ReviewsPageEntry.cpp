#include "ReviewsPageEntry.h"

#include "PageContext.h"
#include "ReviewsPage.h"
#include "StaffRoles.h"

namespace cet {

PageEntry reviewsPageEntry()
{
    PageEntry entry;
    entry.id = QStringLiteral("reviews");
    entry.iconName = QStringLiteral("view-task");
    entry.title = QT_TRANSLATE_NOOP("cet::MainWindow", "Reviews");
    entry.roles = { roles::coordinator };
    entry.works = PageWorks::OnLocalRoster;
    // Reviews come only from the school's server.
    entry.needsSync = true;
    entry.make = [](PageContext &context) {
        auto *reviews = new ReviewsPage(context.db(), context.settings(), context.actor());
        QObject::connect(&context, &PageContext::syncedDataChanged, reviews, &ReviewsPage::refresh);
        QObject::connect(reviews, &ReviewsPage::decided, &context, &PageContext::localDataChanged);
        Page page;
        page.widget = reviews;
        return page;
    };
    return entry;
}

} // namespace cet
