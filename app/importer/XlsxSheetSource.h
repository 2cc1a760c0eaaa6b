#pragma once

#include "TableSource.h"
#include "XlsxSharedStrings.h"
#include "XlsxWorkbook.h"
#include "XmlScanner.h"

#include <memory>
#include <string>
#include <vector>

namespace cet {

// Streams the rows of one worksheet: the part is inflated and tokenised block by block, so a
// sheet of a million rows needs no more memory than one row (plus the shared strings).
class XlsxSheetSource final : public TableSource
{
    Q_DECLARE_TR_FUNCTIONS(cet::XlsxSheetSource)
public:
    // Errors: those of XlsxWorkbook, XlsxSharedStrings and ZipArchive; "xlsx.no_sheet" when
    // `sheet` is out of range or a chart sheet.
    static Result<std::unique_ptr<TableSource>> open(std::unique_ptr<XlsxWorkbook> book, int sheet,
                                                     const ReaderLimits &limits);

    Result<bool> next(SourceRow &row) override;
    qint64 progressDone() const override;
    qint64 progressTotal() const override;

private:
    XlsxSheetSource() = default;
    Error cellError(const QString &code, const QString &message) const;
    Result<void> finishCell(SourceRow &row);

    std::unique_ptr<XlsxWorkbook> m_book;
    std::unique_ptr<ZipEntryStream> m_stream;
    std::unique_ptr<XmlScanner> m_xml;
    XlsxSharedStrings m_strings;
    std::vector<bool> m_dateStyles;
    ReaderLimits m_limits;
    QString m_sheetName;
    bool m_done = false;

    // The row and cell being read.
    qint64 m_row = 0;
    qint64 m_column = 0;
    enum class Type : quint8 { Number, Shared, Inline, Formula, Boolean, Error, Date } m_type = Type::Number;
    int m_style = 0;
    QString m_value;      // text of strings (entities resolved)
    std::string m_raw;    // text of numbers, booleans, indexes (as written)
    bool m_hasValue = false;
    enum class In : quint8 { Nothing, Value, InlineText, Other } m_in = In::Nothing;
    int m_phonetic = 0;
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInline = false;
};

} // namespace cet
