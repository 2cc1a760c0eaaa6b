#pragma once

#include "IdDocument.h"
#include "StudentLabels.h"
#include "StudentRecord.h"

#include <QByteArray>
#include <QStringList>

namespace cet {

// A field as the files CET Desk writes hold it (exports, rejected rows, templates): the labels
// that the importer reads back, not the codes.
inline QString studentFileText(const StudentRecord &r, StudentField field)
{
    switch (field) {
    case StudentField::Gender: return genderLabel(r.gender);
    case StudentField::IdType: return idTypeLabel(r.idType);
    case StudentField::Education: return educationLabel(r.education);
    case StudentField::ProgramYears: return r.programYears > 0 ? QString::number(r.programYears) : QString();
    case StudentField::EnrolYear: return r.enrolYear > 0 ? QString::number(r.enrolYear) : QString();
    default: return r.fieldText(field);
    }
}

// One CSV line in UTF-8 with CRLF (RFC 4180): a field with a separator, a quote or a line break
// is quoted, quotes doubled.
inline QByteArray csvRow(const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(',');
        QByteArray bytes = cells.at(i).toUtf8();
        if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n')) {
            bytes.replace("\"", "\"\"");
            bytes.prepend('"');
            bytes.append('"');
        }
        line.append(bytes);
    }
    line.append("\r\n");
    return line;
}

} // namespace cet
