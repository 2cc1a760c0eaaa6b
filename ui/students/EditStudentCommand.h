#pragma once

#include "Result.h"
#include "StudentEdit.h"
#include "StudentService.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace cet {

// One edit of one student record, undoable. The edit is stored before the command is pushed
// (StudentService::store), so the first redo() does nothing; later undo() and redo() hand the
// store to the service and return at once. Each store keeps the rowVersion the store returned,
// so that a change made meanwhile by someone else is refused ("store.stale") instead of
// overwritten. On a failure the command reports it through `failed` and leaves `stack`.
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

    // `edit` has just been stored; `stack` is the stack the command is pushed onto.
    EditStudentCommand(StudentService service, QUndoStack *stack, std::shared_ptr<StudentEdit> edit,
        const QString &actor, Callbacks callbacks, QUndoCommand *parent = nullptr);
    ~EditStudentCommand() override;

    void redo() override;
    void undo() override;

    StudentRecord before() const { return m_edit->before(); }
    StudentRecord after() const { return m_edit->after(); }

    // `error` of storing a change to the record named `name`, worded for the user.
    static Error describeFailure(Error error, const QString &name, bool undoing);

private:
    void store(StudentEdit::Side side);

    StudentService m_service;
    QUndoStack *m_stack;
    std::shared_ptr<StudentEdit> m_edit;
    QString m_actor;
    Callbacks m_callbacks;
    QString m_name;
    bool m_stored = true;
    // Points at this command while it exists; results that arrive later find it gone.
    std::shared_ptr<EditStudentCommand *> m_self;
};

} // namespace cet
