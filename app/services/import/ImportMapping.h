#pragma once

#include "ColumnMapping.h"
#include "ImportProfiles.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace cet {

// One FIELD=COLUMN choice (`cetdesk-cli import --map`), resolved against a file's header row.
struct MappingChoice
{
    StudentField field = StudentField::Name;
    qsizetype column = 0; // 0-based
};

// Choosing which column feeds which field. The wizard's mapping page and `cetdesk-cli import`
// both go through here, so they follow the same rules and share the remembered profiles.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportMapping)
public:
    ImportMapping() = delete;

    // The mapping for a header row: the profile remembered for these very headers wins as a
    // whole (including the columns the user chose to ignore); otherwise it is guessed from the
    // header texts. `profile` is set to the profile used, if any.
    static ColumnMapping forHeaders(const QStringList &headerCells, std::optional<MappingProfile> &profile);

    // Makes `column` feed `field` (nullopt: the column is ignored). A field comes from one
    // column, so the column that had the field lets it go; returns that column.
    static std::optional<qsizetype> assign(ColumnMapping &mapping, qsizetype column,
                                           std::optional<StudentField> field);

    // Parses "FIELD=COLUMN": FIELD is a field key (fieldKeys()); COLUMN is a header text of the
    // file (trimmed, any case; the first column with that header), else a 1-based column number,
    // else a column letter (A, B, …, AA). Errors: import.map_syntax, import.map_unknown_field,
    // import.map_unknown_column.
    static Result<MappingChoice> parseChoice(const QString &text, const QStringList &headers);
    // Parses the choices and assigns them in order on top of `mapping`; a field named twice is
    // import.map_field_twice. On error `mapping` is unchanged.
    static Result<QList<MappingChoice>> applyChoices(ColumnMapping &mapping, const QStringList &texts);

    // Remembers the mapping as the profile for its headers (after a successful import).
    static void remember(const ColumnMapping &mapping, const QString &fileName);

    // The field keys in field order: "name", "gender", "id_type", … (as in the CLI's JSON).
    static QStringList fieldKeys();
    // "A", "B", …, "Z", "AA", … for the 0-based column.
    static QString columnLetter(qsizetype column);
};

} // namespace cet
