#include "PageRegistry.h"

#include "SyncTypes.h"

#include <QCoreApplication>

namespace cet {

QString PageEntry::translatedTitle() const
{
    return QCoreApplication::translate("cet::MainWindow", title);
}

bool PageEntry::isVisibleFor(const SyncAccount &account) const
{
    if (!account.signedIn)
        return works == PageWorks::OnLocalRoster;
    return roles.contains(account.role);
}

PageRegistry &PageRegistry::add(PageEntry entry)
{
    Q_ASSERT(!find(entry.id));
    m_entries.append(std::move(entry));
    return *this;
}

const PageEntry *PageRegistry::find(const QString &id) const
{
    for (const PageEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

QStringList PageRegistry::visibleIds(const SyncAccount &account) const
{
    QStringList ids;
    for (const PageEntry &e : m_entries) {
        if (e.isVisibleFor(account))
            ids << e.id;
    }
    return ids;
}

} // namespace cet
