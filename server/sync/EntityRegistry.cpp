#include "EntityRegistry.h"

#include "IdRevealHandler.h"
#include "Cet6ReviewHandler.h"
#include "CampusHandler.h"
#include "NoticeHandler.h"
#include "OfferHandler.h"
#include "StudentHandler.h"

namespace cet::central {

void PushScope::addAudit(const QString &action, const QString &entity, const QString &key,
                         std::optional<QString> before, std::optional<QString> after, const QString &opId)
{
    AuditEntry e;
    e.at = now;
    e.actor = actor;
    e.role = role;
    e.action = action;
    e.entity = entity;
    e.entityKey = key;
    e.school = school;
    e.before = std::move(before);
    e.after = std::move(after);
    e.reason = QStringLiteral("op ") + opId;
    audit.add(std::move(e));
}

protocol::OpResult rejectedResult(const QString &opId, const QString &code, const QString &message)
{
    protocol::OpResult r;
    r.opId = opId;
    r.status = protocol::OpResult::Status::Rejected;
    r.code = code;
    r.message = message;
    return r;
}

const EntityRegistry &EntityRegistry::server()
{
    static const EntityRegistry registry = [] {
        EntityRegistry r;
        r.add(std::make_unique<StudentHandler>());
        r.add(std::make_unique<NoticeHandler>());
        r.add(std::make_unique<IdRevealHandler>());
        r.add(std::make_unique<Cet6ReviewHandler>());
        r.add(std::make_unique<CampusHandler>());
        r.add(std::make_unique<OfferHandler>());
        return r;
    }();
    return registry;
}

void EntityRegistry::add(std::unique_ptr<EntityHandler> handler)
{
    m_handlers.push_back(std::move(handler));
}

const EntityHandler *EntityRegistry::find(const QString &entity) const
{
    for (const auto &h : m_handlers) {
        if (h->entity() == entity)
            return h.get();
    }
    return nullptr;
}

QStringList EntityRegistry::names() const
{
    QStringList out;
    for (const auto &h : m_handlers)
        out << h->entity();
    return out;
}

} // namespace cet::central
