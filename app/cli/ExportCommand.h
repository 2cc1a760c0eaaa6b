#pragma once

#include "CliContext.h"
#include "StudentQuery.h"

namespace cet {

// cetdesk-cli export OUT.csv|OUT.xlsx and cetdesk-cli count.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::ExportCommand)
public:
    static int run(const CliContext &context, const QString &output, const StudentFilter &filter);
    static int count(const CliContext &context, const StudentFilter &filter);
};

} // namespace cet
