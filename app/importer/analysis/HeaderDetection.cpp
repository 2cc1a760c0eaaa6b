#include "HeaderDetection.h"

#include "StudentColumns.h"

#include <algorithm>
#include <array>

namespace cet {

namespace {

int matchedFields(const SourceRow &row)
{
    std::array<bool, int(StudentField::Count_)> seen {};
    int matched = 0;
    for (const QString &cell : row.cells) {
        if (cell.isEmpty() || cell.size() > 64)
            continue;
        const auto field = StudentColumns::fieldForHeader(cell);
        if (field && !seen[std::size_t(*field)]) {
            seen[std::size_t(*field)] = true;
            ++matched;
        }
    }
    return matched;
}

bool startsWithAny(QStringView text, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *prefix : prefixes) {
        if (text.startsWith(QStringView(prefix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "共 123 人", "共123名学生": 共, digits somewhere, and a word for people.
bool isHeadCount(QStringView text)
{
    if (!text.startsWith(u'共'))
        return false;
    bool digits = false;
    for (const QChar c : text)
        digits = digits || c.isDigit();
    return digits && (text.contains(u'人') || text.contains(u'名'));
}

} // namespace

HeaderGuess detectHeader(const QList<SourceRow> &firstRows)
{
    HeaderGuess best;
    for (qsizetype i = 0; i < firstRows.size(); ++i) {
        const int matched = matchedFields(firstRows.at(i));
        if (matched >= 2 && matched > best.matchedColumns) {
            best.rowIndex = i;
            best.line = firstRows.at(i).line;
            best.matchedColumns = matched;
        }
    }
    return best;
}

RowSkip classifyRow(const SourceRow &row, const QStringList &headerCells, qsizetype idNumberColumn)
{
    qsizetype filled = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if (!QStringView(row.cells.at(i)).trimmed().isEmpty()) {
            ++filled;
            if (first < 0)
                first = i;
        }
    }
    if (filled == 0)
        return RowSkip::Blank;

    const bool hasId = idNumberColumn >= 0 && idNumberColumn < row.cells.size()
        && !QStringView(row.cells.at(idNumberColumn)).trimmed().isEmpty();
    const QStringView lead = QStringView(row.cells.at(first)).trimmed();
    if (!hasId) {
        if (startsWithAny(lead, {u"合计", u"总计", u"小计", u"总人数", u"人数合计", u"Total", u"Sum"})
            || isHeadCount(lead))
            return RowSkip::Totals;
        if (filled == 1 && startsWithAny(lead, {u"注", u"说明", u"备注", u"Note"}))
            return RowSkip::Note;
    }

    // The header again (printed once per page in some exports).
    const qsizetype columns = std::max(row.cells.size(), headerCells.size());
    bool sameAsHeader = !headerCells.isEmpty();
    for (qsizetype i = 0; sameAsHeader && i < columns; ++i) {
        const QStringView a = i < row.cells.size() ? QStringView(row.cells.at(i)).trimmed() : QStringView();
        const QStringView b = i < headerCells.size() ? QStringView(headerCells.at(i)).trimmed() : QStringView();
        sameAsHeader = a.compare(b, Qt::CaseInsensitive) == 0;
    }
    return sameAsHeader ? RowSkip::RepeatedHeader : RowSkip::None;
}

} // namespace cet
