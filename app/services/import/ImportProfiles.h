#pragma once

#include "ColumnMapping.h"

#include <optional>

namespace cet {

// Column mappings remembered per source (ColumnMapping::signature), in the user's settings.
class ImportProfiles
{
public:
    ImportProfiles() = delete;
    static std::optional<ColumnMapping> find(const QString &signature);
    static void remember(const ColumnMapping &mapping);
};

} // namespace cet
