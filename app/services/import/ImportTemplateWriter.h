#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cet {

// Writes the blank import template: an XLSX whose first sheet has the Chinese header row
// (StudentColumns::chineseHeaderRow, bold and frozen; required columns marked with a comment),
// every column formatted as text so that ID numbers and 学号 keep all their digits, drop-down
// lists for 性别, 证件类型 and 学历 that refer to a second sheet listing the allowed values. Filled
// in, it imports without any mapping. Small and fast: may run on the GUI thread.
class ImportTemplateWriter
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportTemplateWriter)
public:
    ImportTemplateWriter() = delete;

    // The allowed values as the second sheet lists them (data values, as files hold them).
    static QStringList genderValues();    // 男, 女
    static QStringList idTypeValues();    // the eight official names, in code order
    static QStringList educationValues(); // 专科, 本科, 硕士研究生, 博士研究生

    // Errors: "export.write_failed" naming the file.
    static Result<void> write(const QString &path);
};

} // namespace cet
