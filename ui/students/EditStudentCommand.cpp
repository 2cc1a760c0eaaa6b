#include "EditStudentCommand.h"

#include <QUndoStack>

namespace cet {

EditStudentCommand::EditStudentCommand(StudentService service, QUndoStack *stack, std::shared_ptr<StudentEdit> edit,
    const QString &actor, Callbacks callbacks, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_service(std::move(service))
    , m_stack(stack)
    , m_edit(std::move(edit))
    , m_actor(actor)
    , m_callbacks(std::move(callbacks))
    , m_name(m_edit->before().name)
    , m_self(std::make_shared<EditStudentCommand *>(this))
{
    setText(tr("Edit student %1").arg(m_name));
}

EditStudentCommand::~EditStudentCommand()
{
    *m_self = nullptr;
}

void EditStudentCommand::redo()
{
    if (m_stored) {
        m_stored = false; // pushed after the edit was stored: nothing left to do
        return;
    }
    store(StudentEdit::Side::After);
}

void EditStudentCommand::undo()
{
    store(StudentEdit::Side::Before);
}

Error EditStudentCommand::describeFailure(Error error, const QString &name, bool undoing)
{
    if (error.code == QLatin1String("store.stale")) {
        error.message = undoing
            ? tr("Could not undo the change to %1: the record was changed elsewhere in the meantime. "
                 "Reload it and edit it again if needed.")
                  .arg(name)
            : tr("Could not save the change to %1: the record was changed elsewhere in the meantime. "
                 "Reload it and edit it again.")
                  .arg(name);
    } else if (error.message.isEmpty()) {
        error.message = tr("Could not save the change to %1.").arg(name);
    }
    return error;
}

void EditStudentCommand::store(StudentEdit::Side side)
{
    const bool undoing = side == StudentEdit::Side::Before;
    m_service.store(m_stack, m_edit, side, m_actor,
        [self = m_self, callbacks = m_callbacks, name = m_name, undoing](Result<StudentRecord> &stored) {
            if (stored) {
                if (callbacks.applied)
                    callbacks.applied(stored.value());
                return;
            }
            if (EditStudentCommand *command = *self) {
                // The stack has already moved past this command; take it out again, without
                // running it, if it is still where the failed step left it (an obsolete command
                // is dropped by the stack's next step over it otherwise).
                command->setObsolete(true);
                QUndoStack *stack = command->m_stack;
                const int index = stack->index();
                if (undoing && index < stack->count() && stack->command(index) == command)
                    stack->redo();
                else if (!undoing && index > 0 && stack->command(index - 1) == command)
                    stack->undo();
            }
            if (callbacks.failed)
                callbacks.failed(describeFailure(stored.error(), name, undoing));
        });
}

} // namespace cet
