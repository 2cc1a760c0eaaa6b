#include "AppPages.h"

#include "CustomerServicePageEntry.h"
#include "NoticesPageEntry.h"
#include "OffersPageEntry.h"
#include "ReviewsPageEntry.h"
#include "StudentsPageEntry.h"
#include "SyncPageEntry.h"

namespace cet {

PageRegistry appPages()
{
    // One line per page; the main window shows each to the roles its entry names.
    PageRegistry pages;
    pages.add(studentsPageEntry());
    pages.add(syncPageEntry());
    pages.add(noticesPageEntry());
    pages.add(reviewsPageEntry());
    pages.add(offersPageEntry());
    pages.add(customerServicePageEntry());
    return pages;
}

} // namespace cet
