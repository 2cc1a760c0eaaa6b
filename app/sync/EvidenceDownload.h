#pragma once

#include "Result.h"
#include "SyncHttp.h"

#include <QString>

#include <atomic>

namespace cet {

// File n (1-based) of review `reviewKey`'s evidence, as cet-central hands it to a coordinator of
// the review's school (GET /api/v1/reviews/{id}/evidence/{n}), with the session of the database
// at `databasePath`. The session is read on a read-only connection of its own, not through the
// database's writer: a teacher stepping through the queue must never wait behind a download, and
// a download never behind the teacher's decisions. Errors as a sync's (sync.sign_in_needed,
// net.*, auth.*, the server's evidence.not_found …).
Result<SyncHttp::Download> downloadReviewEvidence(const QString &databasePath, const QString &reviewKey, int n,
                                                  const QString &caFile = {},
                                                  const std::atomic<bool> *cancel = nullptr);

} // namespace cet
