#pragma once

// A teacher opening a review's evidence file on the desk: only a coordinator of the review's
// school gets the bytes, and every file handed out is in the audit log (who, when, which review,
// which file and its SHA-256) before it leaves the server, so that the record of a decision can
// say what proof was looked at.

#include "CentralService.h"
#include "CentralStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cet::central::review {

struct StaffEvidenceFile
{
    int number = 0; // 1-based, in upload order
    QString contentType;
    QString sha256;
    QByteArray bytes;
};

// File `number` of review `reviewId`. Errors: auth.forbidden (not a coordinator, or another
// school's review), review.not_found, evidence.not_found.
Result<StaffEvidenceFile> staffEvidence(CentralStore &store, const Staff &staff, qint64 reviewId, int number,
                                        const QDateTime &now);

} // namespace cet::central::review
