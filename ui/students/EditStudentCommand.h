#pragma once

#include "Result.h"
#include "StudentRecord.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace cet {

class StudentRepository;

// One edit of one student record, undoable. redo() stores `after` over `before`, undo() stores
// `before` back; each keeps the rowVersion the store returned, so that a change made meanwhile by
// someone else is refused ("store.stale") instead of overwritten. On any failure the command
// reports it through `onFailure` and becomes obsolete (the undo stack drops it).
class EditStudentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::EditStudentCommand)
public:
    struct Callbacks
    {
        // After a successful redo or undo, with the record as now stored.
        std::function<void(const StudentRecord &stored)> applied;
        // After a failure, with a message for the user.
        std::function<void(const Error &error)> failed;
    };

    EditStudentCommand(StudentRepository &repository, const StudentRecord &before, const StudentRecord &after,
                       const QString &actor, Callbacks callbacks, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const StudentRecord &before() const { return m_before; }
    const StudentRecord &after() const { return m_after; }

private:
    bool apply(const StudentRecord &from, StudentRecord &to, bool undoing);

    StudentRepository &m_repository;
    StudentRecord m_before;
    StudentRecord m_after;
    QString m_actor;
    Callbacks m_callbacks;
};

} // namespace cet
