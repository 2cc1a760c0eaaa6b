#pragma once

#include "Result.h"
#include "ReviewTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet {

// The decisions on CET6 reviews as an XLSX file for the exam office: one row per decision, in
// the order given. Written under a temporary name and renamed at the end, so a failure never
// leaves a partial file or destroys one that was there.
class ReviewExport
{
    Q_DECLARE_TR_FUNCTIONS(cet::ReviewExport)

public:
    static Result<qint64> writeXlsx(const QList<ReviewDecisionLine> &lines, const QString &path);
};

} // namespace cet
