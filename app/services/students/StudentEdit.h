#pragma once

#include "StudentRecord.h"

#include <QMutex>

namespace cet {

// One edit of one student record that can be undone and done again: the record as it was before
// and after the edit, each with the rowVersion it was last stored with. Shared between the thread
// that asks for the edit and the database writer, which stores each side in turn; a store always
// starts from what the previous one left, however quickly undo and redo follow each other.
class StudentEdit
{
public:
    StudentEdit(StudentRecord before, StudentRecord after);

    StudentRecord before() const;
    StudentRecord after() const;

    enum class Side { Before, After };
    // The side to store over the other.
    StudentRecord side(Side s) const;
    // Records what was stored for side `s`.
    void setStored(Side s, const StudentRecord &stored);

private:
    mutable QMutex m_mutex;
    StudentRecord m_before;
    StudentRecord m_after;
};

} // namespace cet
