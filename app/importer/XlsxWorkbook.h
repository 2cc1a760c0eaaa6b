#pragma once

#include "Result.h"
#include "TableSource.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace cet {

struct XlsxSheet
{
    QString name;
    QString part; // the member of the ZIP, e.g. "xl/worksheets/sheet1.xml"; empty for a chart sheet
};

// The table of contents of an XLSX file: the sheets in workbook order and where their parts
// are (relationships resolved: relative, absolute and "../" targets), the shared-string and
// style parts, and the date system.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(cet::XlsxWorkbook)
public:
    // Errors: "file.read", "xlsx.bad_zip", "xlsx.not_workbook" (a ZIP without a workbook),
    // "xlsx.missing_part", "xlsx.xml", "import.limit_*".
    static Result<std::unique_ptr<XlsxWorkbook>> open(const QString &path, const ReaderLimits &limits);

    const ZipArchive &archive() const { return *m_zip; }
    const std::vector<XlsxSheet> &sheets() const { return m_sheets; }
    const QString &sharedStringsPart() const { return m_sharedStrings; } // empty when there is none
    const QString &stylesPart() const { return m_styles; }               // empty when there is none
    bool date1904() const { return m_date1904; }

    // Which cell styles (the s="" attribute) show dates. Errors: "xlsx.xml", "import.limit_*".
    Result<std::vector<bool>> dateStyles() const;

private:
    XlsxWorkbook() = default;
    Result<void> readWorkbook(const QString &workbookPart);

    std::unique_ptr<ZipArchive> m_zip;
    std::vector<XlsxSheet> m_sheets;
    QString m_sharedStrings;
    QString m_styles;
    bool m_date1904 = false;
};

} // namespace cet
