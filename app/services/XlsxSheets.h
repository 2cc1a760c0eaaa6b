#pragma once

// Plain tables as an XLSX workbook for the exam office: one sheet per table, a bold header row
// that stays in view, text cells kept as text (ID numbers, codes with leading zeros) and number
// columns as numbers (so that the office can add them up). Written under a temporary name and
// renamed at the end, so a failure never leaves a partial file or destroys one that was there.

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

namespace cet {

struct XlsxSheet
{
    QString name;
    QStringList headers;
    QList<double> widths;       // per column, in characters
    QList<QVariantList> rows;   // a number (int, qint64, double) is written as a number, the rest as text
};

class XlsxSheets
{
    Q_DECLARE_TR_FUNCTIONS(cet::XlsxSheets)

public:
    // The rows written in all; export.write_failed when the file can not be written.
    static Result<qint64> write(const QString &path, const QList<XlsxSheet> &sheets);
};

} // namespace cet
