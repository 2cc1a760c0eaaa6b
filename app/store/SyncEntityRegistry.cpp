#include "SyncEntityHandler.h"

#include "IdRevealSyncHandler.h"
#include "NoticeSyncHandler.h"
#include "ReviewSyncHandler.h"
#include "OfferSyncHandlers.h"
#include "StudentSyncHandler.h"

namespace cet {

const SyncEntityRegistry &SyncEntityRegistry::standard()
{
    static const SyncEntityRegistry registry = [] {
        SyncEntityRegistry r;
        r.add(std::make_shared<StudentSyncHandler>());
        r.add(std::make_shared<NoticeSyncHandler>());
        r.add(std::make_shared<IdRevealSyncHandler>());
        r.add(std::make_shared<ReviewSyncHandler>());
        r.add(std::make_shared<CampusSyncHandler>());
        r.add(std::make_shared<OfferSyncHandler>());
        return r;
    }();
    return registry;
}

void SyncEntityRegistry::add(std::shared_ptr<const SyncEntityHandler> handler)
{
    m_handlers.push_back(std::move(handler));
}

SyncEntityRegistry SyncEntityRegistry::without(const QString &entity) const
{
    SyncEntityRegistry r;
    for (const auto &h : m_handlers) {
        if (h->entity() != entity)
            r.add(h);
    }
    return r;
}

const SyncEntityHandler *SyncEntityRegistry::find(QStringView entity) const
{
    for (const auto &h : m_handlers) {
        if (h->entity() == entity)
            return h.get();
    }
    return nullptr;
}

QStringList SyncEntityRegistry::outboxEntities() const
{
    QStringList out;
    for (const auto &h : m_handlers)
        out += h->outboxEntities();
    return out;
}

} // namespace cet
