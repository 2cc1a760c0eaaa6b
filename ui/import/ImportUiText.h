#pragma once

#include "StudentRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet {

// Small pieces of text the import pages share.
class ImportUiText
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportUiText)
public:
    ImportUiText() = delete;

    // Spreadsheet row numbers, compact: runs collapse to ranges and a long list is cut after
    // `maxItems` items: "rows 3, 7, 12–15 … and 40 more" (zh_CN: "第 3、7、12–15 行 … 等另外 40 行").
    static QString lineList(const QList<qint64> &lines, int maxItems = 12);
    // "A", "B", …, "Z", "AA", … for the 0-based column.
    static QString columnLetter(qsizetype column);
    // A field of a record as the user writes it in a file: 男, 本科, 中华人民共和国居民身份证, 2023, …
    static QString fieldValue(const StudentRecord &record, StudentField field);
    // A field of a database record for lists: as fieldValue, but the ID number masked.
    static QString maskedFieldValue(const StudentRecord &record, StudentField field);
    // "张三 (330101********0000)"
    static QString whoIs(const StudentRecord &record);
    // Locale-formatted count.
    static QString count(qint64 value);
};

} // namespace cet
