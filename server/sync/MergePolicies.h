#pragma once

// The merge policies of the server's entities, as named pure pieces a handler picks:
//
// - Per-field compare-and-set (students, StudentMerge.h): each field of an op applies when the
//   server still holds the op's old value; a field someone else changed meanwhile is a conflict of
//   that field alone, the other fields apply.
// - Whole-object compare-and-set (notices; offers and capacity): an op replaces the whole record
//   when it was made from the server's current version, else nothing of it applies.
// - First decision stands (reviews): the first decision recorded is final; the same decision again
//   is a no-op, another one a conflict.

#include "Wire.h"

#include <QJsonObject>

#include <optional>

namespace cet::central {

// The server's row as the whole-object policy sees it.
struct ObjectRow
{
    QJsonObject data; // the record's fields (the last data, for a tombstone)
    qint64 version = 0;
    bool deleted = false;
};

enum class ObjectVerdict {
    Create,    // no row, or a tombstone: a new record (version = the tombstone's + 1, or 1)
    Update,    // version + 1
    Delete,    // a tombstone at version + 1
    Unchanged, // applied; the server already holds what the op wants
    Conflict,  // nothing applies
};

// An upsert proposing the whole record `proposed`, made from server version `baseVersion` (0: a create):
//   no row or a tombstone, base 0       → Create
//   live row whose data equals proposed → Unchanged
//   live row, base == its version       → Update
//   otherwise                           → Conflict
ObjectVerdict wholeObjectUpsert(const std::optional<ObjectRow> &row, qint64 baseVersion, const QJsonObject &proposed);
// A delete: live row, base == version → Delete; no row or a tombstone → Unchanged; else Conflict.
ObjectVerdict wholeObjectDelete(const std::optional<ObjectRow> &row, qint64 baseVersion);
// The conflicts of a refused op (changedBy/changedAt left to the caller): one per field of the op
// whose server value differs from the op's new value (mine = new, base = old, theirs = the
// server's, null for a tombstone). A delete without changes proposes null for every field of the
// server's record.
QList<protocol::FieldConflict> wholeObjectConflicts(const std::optional<ObjectRow> &row, const protocol::Op &op);

enum class DecisionVerdict {
    Take,     // nothing decided yet: the proposed decision is recorded
    Same,     // the recorded decision is the proposed one: applied, nothing changes
    Conflict, // another decision stands
};
// `recorded`: the decision on the server (null or undefined: none yet).
DecisionVerdict firstDecisionStands(const QJsonValue &recorded, const QJsonValue &proposed);

} // namespace cet::central
