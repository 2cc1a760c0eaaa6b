#pragma once

// What an uploaded evidence file is, told by its first bytes and never by its name or the
// Content-Type the client sent: a renamed .exe stays refused, a photo sent as
// application/octet-stream is still a JPEG.

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace cet::central::review {

// The largest evidence file a candidate may upload.
constexpr qint64 kMaxEvidenceBytes = 5 * 1024 * 1024;
// The most files one review may hold (more is abuse, not proof).
constexpr int kMaxEvidenceFiles = 10;

// "image/jpeg", "image/png" or "application/pdf". Errors: evidence.empty, evidence.too_large,
// evidence.bad_type.
Result<QString> evidenceContentType(const QByteArray &bytes);

} // namespace cet::central::review
