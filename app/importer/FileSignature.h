#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cet {

class ZipArchive;

// Recognises files that are not tables the importer reads, by their first bytes, so that the
// user is told what the file is and what to do ("file.unknown_format", "xlsx.encrypted").
class FileSignature
{
    Q_DECLARE_TR_FUNCTIONS(cet::FileSignature)
public:
    FileSignature() = delete;

    static bool isZip(QByteArrayView head);
    // The error for a file that is not text and not a ZIP, or nullopt.
    static std::optional<Error> unsupported(const QString &path, QByteArrayView head);
    // The error for a ZIP that is not a workbook (a .docx, an .ods, a ZIP of photos, …).
    static Error zipNotWorkbook(const QString &path, const ZipArchive &zip);
};

} // namespace cet
