#pragma once

#include "Result.h"
#include "TableSource.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace cet {

class ZipArchive;

// The shared-string table of a workbook, held as one block of text and offsets (a few bytes
// per string instead of a QString each), capped by ReaderLimits::maxSharedStringChars and
// maxSharedStrings. Rich-text runs are joined; phonetic guides (<rPh>) are left out.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(cet::XlsxSharedStrings)
public:
    // Errors: "xlsx.xml", "xlsx.bad_zip", "import.limit_shared_string_chars",
    // "import.limit_shared_strings", "import.limit_*".
    Result<void> load(const ZipArchive &zip, const QString &part, const ReaderLimits &limits);

    qsizetype size() const { return qsizetype(m_offsets.size()) - 1; }
    QString at(qsizetype index) const
    {
        const qsizetype begin = m_offsets[size_t(index)];
        return QString(m_text.constData() + begin, m_offsets[size_t(index) + 1] - begin);
    }

private:
    QString m_text;
    std::vector<qsizetype> m_offsets{0};
};

} // namespace cet
