#pragma once

#include "CsvReader.h"
#include "TableSource.h"

#include <QFile>

#include <memory>

namespace cet {

// A CSV / TSV file as a TableSource: CsvReader over the file, with the table's conventions
// (trailing empty cells dropped, rows without content skipped).
class DelimitedSource final : public TableSource
{
public:
    // Errors: "file.read".
    static Result<std::unique_ptr<TableSource>> open(const QString &path, const TableFormat &format,
                                                     const ReaderLimits &limits);
    // Over any device (not owned), e.g. a QBuffer for fuzzing.
    DelimitedSource(QIODevice *device, const CsvOptions &options);

    Result<bool> next(SourceRow &row) override;
    qint64 progressDone() const override { return m_reader.bytesRead(); }
    qint64 progressTotal() const override { return m_total; }

private:
    std::unique_ptr<QFile> m_file;
    CsvReader m_reader;
    qint64 m_total = 0;
};

} // namespace cet
