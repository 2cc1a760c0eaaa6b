#pragma once

// Internal to the import outputs (RejectedRowsWriter, ImportReportWriter, ImportTemplateWriter):
// what writing a file of theirs has in common. Not part of the service's interface.

#include "IdDocument.h"
#include "Result.h"
#include "StudentLabels.h"
#include "StudentRecord.h"
#include "StudentFileText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <xlsxwriter.h>

namespace cet::importoutput {

inline Error writeFailed(const QString &path, const QString &detail)
{
    return Error{QStringLiteral("export.write_failed"),
                 QCoreApplication::translate("cet::ImportOutputFile",
                                             "Could not write \"%1\". Check that the folder exists, that you may "
                                             "write there and that the file is not open in another program.")
                     .arg(QFileInfo(path).fileName()),
                 detail};
}

inline QString partPath(const QString &path)
{
    return path + QStringLiteral(".part");
}

// libxlsxwriter only finds out at the end that it can not create its file (and prints to stderr
// then): find out before the work.
inline Result<void> checkWritable(const QString &path)
{
    QFile probe(partPath(path));
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailed(path, probe.errorString());
    probe.remove();
    return {};
}

// Replaces `path` by its finished .part file. On failure the .part file is removed.
inline Result<void> finishPart(const QString &path)
{
    const QString part = partPath(path);
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return writeFailed(path, QStringLiteral("rename failed"));
    }
    return {};
}

// Closes the workbook (that is when libxlsxwriter writes the file) and puts it in place, unless
// `keep` is false (an earlier error or a cancel): then the .part file is removed.
inline Result<void> closeWorkbook(lxw_workbook *workbook, const QString &path, bool keep)
{
    const lxw_error closed = workbook_close(workbook);
    if (!keep || closed != LXW_NO_ERROR) {
        QFile::remove(partPath(path));
        if (closed != LXW_NO_ERROR)
            return writeFailed(path, QString::fromUtf8(lxw_strerror(closed)));
        return {};
    }
    return finishPart(path);
}

// Shared with StudentExporter (StudentFileText.h).
using cet::csvRow;
inline QString fileText(const StudentRecord &r, StudentField field) { return studentFileText(r, field); }

// Sheet names: at most 31 characters, none of []:*?/\ .
inline QByteArray sheetName(QString name)
{
    for (const QChar bad : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(bad, u' ');
    return name.left(31).toUtf8();
}

} // namespace cet::importoutput
