#include "DelimitedSource.h"

#include <QFileInfo>

namespace cet {

DelimitedSource::DelimitedSource(QIODevice *device, const CsvOptions &options)
    : m_reader(device, options)
    , m_total(device->isSequential() ? 0 : device->size())
{
}

Result<std::unique_ptr<TableSource>> DelimitedSource::open(const QString &path, const TableFormat &format,
                                                           const ReaderLimits &limits)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("file.read"),
                     TableFiles::tr("\"%1\" could not be opened: %2").arg(QFileInfo(path).fileName(), file->errorString()),
                     path};
    }
    CsvOptions options;
    options.encoding = format.encoding;
    options.separator = format.separator;
    options.limits = limits;
    options.fileName = QFileInfo(path).fileName();
    auto source = std::make_unique<DelimitedSource>(file.get(), options);
    source->m_file = std::move(file);
    return std::unique_ptr<TableSource>(std::move(source));
}

Result<bool> DelimitedSource::next(SourceRow &row)
{
    row.kinds.clear();
    for (;;) {
        auto got = m_reader.readRecord(row.cells, row.line);
        if (!got || !got.value())
            return got;
        while (!row.cells.isEmpty() && row.cells.constLast().isEmpty())
            row.cells.removeLast();
        if (!row.cells.isEmpty())
            return true;
    }
}

} // namespace cet
