#pragma once

// A review a teacher files for a candidate (a CET4 score from before 2005, or a forgotten ticket):
// op key "t-" + a client id, base_version 0, changes student_id_type, student_id_number, name,
// cet4_ticket (may be empty), exam_year, exam_month, total, decision, reason. The student must be
// in the school's roster (`review.student_unknown`); the review is stored decided, with the
// teacher's name as filed_by and decided_by, and the score details the teacher typed. The client
// id is kept as the review's passport key ("filed:" + key), so the same key twice is one review.

#include "EntityHandler.h"

namespace cet::central {

Result<protocol::OpResult> fileReview(PushScope &c, const protocol::Op &op);

// The passport key a filed review is stored under, from its op key.
inline QString filedPassportKey(const QString &opKey)
{
    return QStringLiteral("filed:") + opKey;
}

} // namespace cet::central
