#pragma once

// Push rules for one student upsert (pure): per-field compare-and-set against the server's row.
//   row absent               → create from the op's new values (old values ignored)
//   row deleted              → bring it back: the tombstone's last data with the op's new values
//                              (old values ignored), so that an edit made without knowing of the
//                              delete (often naming a few fields only) restores a whole record
//   row present              → per field: server == old → set new; server == new → no-op;
//                              else a conflict for that field (not changed); other fields apply
// id_type/id_number come from the key and never change; school_code must be the caller's school
// (student.wrong_school); the result must pass StudentValidation (student.invalid).

#include "StudentFields.h"
#include "StudentRecord.h"
#include "Wire.h"

#include <QDate>

#include <optional>

namespace cet::central {

struct MergeOutcome
{
    StudentRecord record;                      // the row after the op
    bool changed = false;                      // any field applied (or created)
    bool created = false;
    QList<protocol::FieldConflict> conflicts;  // changedBy/changedAt left empty for the caller
    std::optional<Error> rejection;            // set → nothing applies
};

// `tombstone`: the deleted row's last data, when the row is deleted (`live` then empty).
MergeOutcome mergeStudentUpsert(const std::optional<StudentRecord> &live, const protocol::Op &op,
                                const protocol::StudentKey &key, const QString &school, const QDate &today,
                                const std::optional<StudentRecord> &tombstone = std::nullopt);

// The record an upsert proposes: its new values over an empty record, with the key's identity
// (id_type, id_number). An applied create whose stored record equals it carries no record (Wire.h, OpResult::record).
StudentRecord proposedStudent(const protocol::Op &op, const protocol::StudentKey &key);

} // namespace cet::central
