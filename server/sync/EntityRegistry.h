#pragma once

// The entity handlers a server knows, by entity name.

#include "EntityHandler.h"

#include <memory>
#include <vector>

namespace cet::central {

class EntityRegistry
{
public:
    // cet-central's handlers: student, notice.
    static const EntityRegistry &server();

    void add(std::unique_ptr<EntityHandler> handler);
    const EntityHandler *find(const QString &entity) const; // nullptr: unknown entity
    const std::vector<std::unique_ptr<EntityHandler>> &all() const { return m_handlers; }
    QStringList names() const;

private:
    std::vector<std::unique_ptr<EntityHandler>> m_handlers;
};

} // namespace cet::central
