#pragma once

#include "CliContext.h"

namespace cet {

// cetdesk-cli import FILE: reads a UTF-8 CSV of student records (Chinese column names or English
// synonyms), validates every row with the domain rules and inserts the valid rows in one
// transaction as one import batch. Prints the counts and every rejected row.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportCommand)
public:
    static int run(const CliContext &context, const QString &file, const QString &actor);
};

} // namespace cet
