#pragma once

#include "ImportMapping.h"
#include "StudentImport.h"

#include <optional>

namespace cet {

// What one `cetdesk-cli import` did, for its output (text or JSON).
struct ImportRun
{
    QString file;                                // as given
    std::shared_ptr<ImportAnalysis> analysis;    // null when the file was not analysed
    std::optional<MappingProfile> profile;       // the remembered mapping applied, if any
    QList<MappingChoice> choices;                // --map, as resolved against the header row
    std::optional<ImportOutcome> outcome;        // set when the commit succeeded
    bool dryRun = false;
    bool deleteMissing = false;
    std::optional<Error> error;                  // why the run stopped (also "import.has_rejected")

    // inserted / updated / deleted as written, or for a dry run as planned
    qint64 inserted() const;
    qint64 updated() const;
    qint64 deleted() const;
};

inline qint64 ImportRun::inserted() const
{
    return outcome ? outcome->commit.inserted : (dryRun && analysis ? analysis->inserts : 0);
}

inline qint64 ImportRun::updated() const
{
    return outcome ? outcome->commit.updated : (dryRun && analysis ? analysis->updates : 0);
}

inline qint64 ImportRun::deleted() const
{
    if (outcome)
        return outcome->deleted;
    return dryRun && deleteMissing && analysis ? analysis->missingIds.size() : 0;
}

} // namespace cet
