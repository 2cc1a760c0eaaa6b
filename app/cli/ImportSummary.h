#pragma once

#include "ImportRun.h"

#include <QTextStream>

namespace cet {

// The human output of `cetdesk-cli import`: what was read, the counts, the rule groups with their
// counts and first line numbers (errors, then warnings), what was written.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportSummary)
public:
    static void print(QTextStream &out, const ImportRun &run);
};

} // namespace cet
