#pragma once

#include "PhotoSource.h"

#include <QByteArrayView>
#include <QString>

namespace cet {

struct DecodedZipName
{
    QString name;
    PhotoEntry::NameEncoding encoding = PhotoEntry::NameEncoding::Utf8;
};

// Decodes a ZIP member's raw name. Archives made by Windows' "Send to → Compressed folder" and
// by WinRAR / 360压缩 on Chinese Windows store names in the ANSI code page (GBK) without the
// UTF-8 flag; macOS, 7-Zip and Linux tools write UTF-8. So: valid UTF-8 is UTF-8 (ASCII
// included); otherwise GB18030 (a superset of GBK) when the bytes decode without error; otherwise
// `cp437Name`, the name as libzip reads it by the ZIP standard's code page 437.
// A GBK name that happens to be valid UTF-8 too is read as UTF-8: for short names this is rare
// (the classic case is a lone "联通"), and photo names are digits anyway.
DecodedZipName decodeZipName(QByteArrayView raw, const QString &cp437Name);

} // namespace cet
