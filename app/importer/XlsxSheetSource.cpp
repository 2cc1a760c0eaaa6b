#include "XlsxSheetSource.h"

#include "XlsxValues.h"

#include <algorithm>

#include <charconv>

namespace cet {

Result<std::unique_ptr<TableSource>> XlsxSheetSource::open(std::unique_ptr<XlsxWorkbook> book, int sheet,
                                                           const ReaderLimits &limits)
{
    const auto &sheets = book->sheets();
    if (sheet < 0 || sheet >= int(sheets.size()) || sheets[size_t(sheet)].part.isEmpty()) {
        return Error{QStringLiteral("xlsx.no_sheet"),
                     tr("\"%1\" has no worksheet number %2 (it may be a chart). Choose another sheet.")
                         .arg(book->archive().fileName())
                         .arg(sheet + 1),
                     {}};
    }
    std::unique_ptr<XlsxSheetSource> source(new XlsxSheetSource);
    source->m_limits = limits;
    source->m_sheetName = sheets[size_t(sheet)].name;
    auto styles = book->dateStyles();
    if (!styles)
        return styles.error();
    source->m_dateStyles = std::move(styles.value());
    auto strings = source->m_strings.load(book->archive(), book->sharedStringsPart(), limits);
    if (!strings)
        return strings.error();
    auto stream = book->archive().stream(sheets[size_t(sheet)].part);
    if (!stream)
        return stream.error();
    source->m_stream = std::move(stream.value());
    ZipEntryStream *entry = source->m_stream.get();
    source->m_xml = std::make_unique<XmlScanner>([entry](char *out, qint64 max) { return entry->read(out, max); },
                                                 book->archive().fileName(), sheets[size_t(sheet)].part,
                                                 limits.maxCellChars * 4 + 64 * 1024,
                                                 std::clamp<qint64>(entry->declaredSize() + 1, 64, 256 * 1024));
    source->m_book = std::move(book);
    return std::unique_ptr<TableSource>(std::move(source));
}

qint64 XlsxSheetSource::progressDone() const
{
    return m_stream ? m_stream->bytesDone() : 0;
}

qint64 XlsxSheetSource::progressTotal() const
{
    return m_stream ? m_stream->declaredSize() : 0;
}

Error XlsxSheetSource::cellError(const QString &code, const QString &message) const
{
    return Error{code, message,
                 QStringLiteral("%1 %2%3").arg(m_sheetName, xlsx::columnName(m_column)).arg(m_row)};
}

Result<void> XlsxSheetSource::finishCell(SourceRow &row)
{
    QString text;
    CellKind kind = CellKind::Empty;
    const QByteArrayView raw(m_raw.data(), qsizetype(m_raw.size()));
    if (m_type == Type::Shared) {
        if (m_hasValue) {
            qint64 index = -1;
            const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), index);
            if (ec != std::errc() || ptr != raw.data() + raw.size() || index < 0 || index >= m_strings.size()) {
                return cellError(QStringLiteral("xlsx.bad_shared_string"),
                                 tr("\"%1\" is damaged: cell %2%3 of sheet \"%4\" refers to a shared string that "
                                    "does not exist. Open the file in Excel or WPS, save it again and retry.")
                                     .arg(m_book->archive().fileName(), xlsx::columnName(m_column))
                                     .arg(m_row)
                                     .arg(m_sheetName));
            }
            text = m_strings.at(index);
            kind = CellKind::Text;
        }
    } else if (m_type == Type::Inline || m_type == Type::Formula) {
        text = std::move(m_value);
        xlsx::unescapeOoxml(text);
        kind = CellKind::Text;
    } else if (m_type == Type::Boolean) {
        if (m_hasValue) {
            text = raw == "1" || raw == "true" ? QStringLiteral("TRUE")
                 : raw == "0" || raw == "false" ? QStringLiteral("FALSE")
                                                : QString::fromUtf8(raw);
            kind = CellKind::Boolean;
        }
    } else if (m_type == Type::Error) {
        text = std::move(m_value);
        kind = CellKind::Error;
    } else if (m_type == Type::Date) {
        text = xlsx::isoDateText(m_value);
        kind = CellKind::Date;
    } else if (m_hasValue) { // "n" or no type: a number, perhaps shown as a date
        const QByteArrayView trimmed = raw.trimmed();
        std::optional<QString> date;
        if (m_style >= 0 && size_t(m_style) < m_dateStyles.size() && m_dateStyles[size_t(m_style)])
            date = xlsx::serialToIso(trimmed, m_book->date1904());
        if (date) {
            text = std::move(*date);
            kind = CellKind::Date;
        } else {
            text = xlsx::numberText(trimmed);
            kind = CellKind::Number;
        }
    }
    m_value.clear();
    m_raw.clear();
    if (text.isEmpty())
        return {};
    if (text.size() > m_limits.maxCellChars) {
        return cellError(QStringLiteral("import.limit_cell_chars"),
                         tr("\"%1\", sheet \"%2\", cell %3%4 has %5 characters; a cell may have at most %6.")
                             .arg(m_book->archive().fileName(), m_sheetName, xlsx::columnName(m_column))
                             .arg(m_row)
                             .arg(text.size())
                             .arg(m_limits.maxCellChars));
    }
    const qsizetype index = qsizetype(m_column - 1);
    while (row.cells.size() < index) {
        row.cells.append(QString());
        row.kinds.append(CellKind::Empty);
    }
    if (row.cells.size() == index) {
        row.cells.append(std::move(text));
        row.kinds.append(kind);
    } else { // the same column twice, or columns out of order: the later cell wins
        row.cells[index] = std::move(text);
        row.kinds[index] = kind;
    }
    return {};
}

Result<bool> XlsxSheetSource::next(SourceRow &row)
{
    if (m_done)
        return false;
    const QString &file = m_book->archive().fileName();
    for (;;) {
        const auto token = m_xml->next();
        if (!token) {
            m_done = true;
            return token.error();
        }
        switch (token.value()) {
        case XmlScanner::Token::StartElement: {
            const QByteArrayView name = m_xml->name();
            if (m_inCell) {
                if (XmlScanner::is(name, "v")) {
                    m_in = In::Value;
                    m_hasValue = true;
                } else if (XmlScanner::is(name, "is")) {
                    m_inInline = true;
                } else if (XmlScanner::is(name, "t") && m_inInline && m_phonetic == 0) {
                    m_in = In::InlineText;
                } else if (XmlScanner::is(name, "rPh")) {
                    ++m_phonetic;
                } else if (!XmlScanner::is(name, "r")) {
                    m_in = In::Other;
                }
            } else if (m_inRow && XmlScanner::is(name, "c")) {
                m_inCell = true;
                m_hasValue = false;
                m_in = In::Nothing;
                const QByteArrayView ref = m_xml->attribute("r");
                qint64 column = m_column + 1;
                if (!ref.isNull()) {
                    const auto cell = xlsx::parseCellRef(ref);
                    if (!cell) {
                        m_done = true;
                        return cellError(QStringLiteral("xlsx.bad_cell_reference"),
                                         tr("\"%1\" is damaged: sheet \"%2\" has a cell named \"%3\" in row %4.")
                                             .arg(file, m_sheetName, QString::fromUtf8(ref))
                                             .arg(m_row));
                    }
                    column = cell->column;
                }
                m_column = column;
                if (m_column > xlsx::MaxColumn) {
                    m_done = true;
                    return cellError(QStringLiteral("xlsx.cell_out_of_range"),
                                     tr("\"%1\" is damaged: sheet \"%2\" has a cell beyond column XFD in row %3, "
                                        "outside any spreadsheet.")
                                         .arg(file, m_sheetName)
                                         .arg(m_row));
                }
                if (m_column > m_limits.maxColumns) {
                    m_done = true;
                    return cellError(QStringLiteral("import.limit_columns"),
                                     tr("\"%1\", sheet \"%2\": row %3 has more than %4 columns.")
                                         .arg(file, m_sheetName)
                                         .arg(m_row)
                                         .arg(m_limits.maxColumns));
                }
                const QByteArrayView type = m_xml->attribute("t");
                m_type = type.isNull() || type == "n" ? Type::Number
                       : type == "s"                  ? Type::Shared
                       : type == "inlineStr"          ? Type::Inline
                       : type == "b"                  ? Type::Boolean
                       : type == "e"                  ? Type::Error
                       : type == "d"                  ? Type::Date
                                                      : Type::Formula; // "str", or unknown: text
                const QByteArrayView style = m_xml->attribute("s");
                m_style = 0;
                if (!style.isNull())
                    std::from_chars(style.data(), style.data() + style.size(), m_style);
            } else if (m_inSheetData && XmlScanner::is(name, "row")) {
                m_inRow = true;
                const QByteArrayView r = m_xml->attribute("r");
                qint64 number = m_row + 1;
                if (!r.isNull()) {
                    number = 0;
                    const auto [ptr, ec] = std::from_chars(r.data(), r.data() + r.size(), number);
                    if (ec == std::errc::result_out_of_range)
                        number = xlsx::MaxRow + 1;
                    else if (ec != std::errc() || ptr != r.data() + r.size() || number < 1)
                        number = m_row + 1;
                }
                m_row = number;
                m_column = 0;
                if (m_row > xlsx::MaxRow) {
                    m_done = true;
                    return cellError(QStringLiteral("xlsx.cell_out_of_range"),
                                     tr("\"%1\" is damaged: sheet \"%2\" has a row beyond row 1048576, outside any "
                                        "spreadsheet.")
                                         .arg(file, m_sheetName));
                }
                if (m_row > m_limits.maxRows) {
                    m_done = true;
                    return cellError(QStringLiteral("import.limit_rows"),
                                     tr("\"%1\", sheet \"%2\" has more than %3 rows, more than CET Desk imports at "
                                        "once. Split the file.")
                                         .arg(file, m_sheetName)
                                         .arg(m_limits.maxRows));
                }
                row.cells.clear();
                row.kinds.clear();
                row.line = m_row;
            } else if (XmlScanner::is(name, "sheetData")) {
                m_inSheetData = true;
            }
            break;
        }
        case XmlScanner::Token::Text:
            if (m_in == In::Value) {
                if (m_type == Type::Shared || m_type == Type::Number || m_type == Type::Boolean) {
                    const QByteArrayView raw = m_xml->rawText();
                    if (m_raw.size() + size_t(raw.size()) > size_t(m_limits.maxCellChars) * 4) {
                        m_done = true;
                        return cellError(QStringLiteral("import.limit_cell_chars"),
                                         tr("\"%1\", sheet \"%2\", cell %3%4 is longer than a cell may be.")
                                             .arg(file, m_sheetName, xlsx::columnName(m_column))
                                             .arg(m_row));
                    }
                    m_raw.append(raw.data(), size_t(raw.size()));
                } else {
                    m_xml->appendText(m_value);
                }
            } else if (m_in == In::InlineText) {
                m_xml->appendText(m_value);
            }
            if (m_value.size() > m_limits.maxCellChars) {
                m_done = true;
                return cellError(QStringLiteral("import.limit_cell_chars"),
                                 tr("\"%1\", sheet \"%2\", cell %3%4 has more than %5 characters.")
                                     .arg(file, m_sheetName, xlsx::columnName(m_column))
                                     .arg(m_row)
                                     .arg(m_limits.maxCellChars));
            }
            break;
        case XmlScanner::Token::EndElement: {
            const QByteArrayView name = m_xml->name();
            if (m_inCell) {
                if (XmlScanner::is(name, "c")) {
                    m_inCell = false;
                    m_inInline = false;
                    m_phonetic = 0;
                    m_in = In::Nothing;
                    // An inline string has no <v>; it counts as a value.
                    if (m_type == Type::Inline)
                        m_hasValue = true;
                    auto finished = finishCell(row);
                    if (!finished) {
                        m_done = true;
                        return finished.error();
                    }
                } else if (XmlScanner::is(name, "rPh")) {
                    --m_phonetic;
                } else if (XmlScanner::is(name, "v") || XmlScanner::is(name, "t") || (!XmlScanner::is(name, "r") && m_in == In::Other)) {
                    m_in = In::Nothing;
                } else if (XmlScanner::is(name, "is")) {
                    m_inInline = false;
                }
            } else if (m_inRow && XmlScanner::is(name, "row")) {
                m_inRow = false;
                while (!row.cells.isEmpty() && row.cells.constLast().isEmpty()) {
                    row.cells.removeLast();
                    row.kinds.removeLast();
                }
                if (!row.cells.isEmpty())
                    return true;
            } else if (XmlScanner::is(name, "sheetData")) {
                m_done = true; // what follows (merged cells, print settings) does not matter
                return false;
            }
            break;
        }
        case XmlScanner::Token::End:
            m_done = true;
            return false;
        }
    }
}

} // namespace cet
