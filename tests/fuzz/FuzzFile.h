#pragma once

#include "TableSource.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <unistd.h>

// Helpers shared by the reader fuzzers: a per-process scratch file and "read the whole table".
namespace cet::fuzz {

inline QString scratchPath(const char *suffix)
{
    return QDir::tempPath() + QStringLiteral("/cetdesk-fuzz-%1.").arg(::getpid()) + QString::fromLatin1(suffix);
}

inline void writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
}

// Limits small enough that one input can not use more than a few hundred MB.
inline ReaderLimits fuzzLimits()
{
    ReaderLimits limits;
    limits.maxUncompressedBytes = 32 * 1024 * 1024;
    limits.maxSharedStringChars = 4 * 1024 * 1024;
    limits.maxSharedStrings = 256 * 1024;
    limits.maxRecordChars = 256 * 1024;
    limits.maxRows = 100'000;
    return limits;
}

// Reads every row the way the import does; errors are fine, crashes and hangs are not.
inline void drain(TableSource &source)
{
    SourceRow row;
    for (int i = 0; i < 200'000; ++i) {
        const auto next = source.next(row);
        if (!next || !next.value())
            break;
        if (row.cells.isEmpty() || (!row.kinds.isEmpty() && row.kinds.size() != row.cells.size()))
            abort(); // the contract: no empty rows, kinds match cells
        (void)row.kind(row.cells.size() + 3);
    }
    (void)source.progressDone();
    (void)source.progressTotal();
}

inline void detectAndRead(const QString &path, const TableOptions &options)
{
    const ReaderLimits limits = fuzzLimits();
    const auto format = TableFiles::detect(path, options, limits);
    if (!format)
        return;
    const int sheets = format.value().kind == TableKind::Xlsx ? std::min<int>(format.value().sheetNames.size(), 3) : 1;
    for (int sheet = 0; sheet < sheets; ++sheet) {
        TableFormat chosen = format.value();
        if (chosen.kind == TableKind::Xlsx)
            chosen.sheet = sheet;
        auto source = TableFiles::open(path, chosen, limits);
        if (source)
            drain(*source.value());
    }
}

} // namespace cet::fuzz
