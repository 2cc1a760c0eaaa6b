#pragma once

#include "ColumnMapping.h"

#include <QDateTime>

#include <optional>

namespace cet {

// A column mapping remembered for one source (ColumnMapping::signature): what the user chose
// the last time a file with these very headers was imported.
struct MappingProfile
{
    ColumnMapping mapping;
    QString fileName;  // the file of the import that saved it, without its folder ("" if unknown)
    QDateTime savedAt; // UTC; invalid if unknown
};

// Profiles in the user's settings, shared by cetdesk and cetdesk-cli (same organisation and
// application names, AppSettings::setApplicationIdentity).
class ImportProfiles
{
public:
    ImportProfiles() = delete;
    static std::optional<MappingProfile> find(const QString &signature);
    static void remember(const ColumnMapping &mapping, const QString &fileName);
};

} // namespace cet
