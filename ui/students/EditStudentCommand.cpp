#include "EditStudentCommand.h"

#include "StudentRepository.h"

namespace cet {

EditStudentCommand::EditStudentCommand(StudentRepository &repository, const StudentRecord &before,
                                       const StudentRecord &after, const QString &actor, Callbacks callbacks,
                                       QUndoCommand *parent)
    : QUndoCommand(parent),
      m_repository(repository),
      m_before(before),
      m_after(after),
      m_actor(actor),
      m_callbacks(std::move(callbacks))
{
    setText(tr("Edit student %1").arg(before.name));
}

void EditStudentCommand::redo()
{
    apply(m_before, m_after, false);
}

void EditStudentCommand::undo()
{
    apply(m_after, m_before, true);
}

bool EditStudentCommand::apply(const StudentRecord &from, StudentRecord &to, bool undoing)
{
    Result<StudentRecord> stored = m_repository.update(from, to, m_actor);
    if (!stored) {
        setObsolete(true);
        Error error = stored.error();
        if (error.code == QLatin1String("store.stale")) {
            error.message = undoing
                ? tr("Could not undo the change to %1: the record was changed elsewhere in the meantime. "
                     "Reload it and edit it again if needed.")
                      .arg(from.name)
                : tr("Could not save the change to %1: the record was changed elsewhere in the meantime. "
                     "Reload it and edit it again.")
                      .arg(from.name);
        } else if (error.message.isEmpty()) {
            error.message = tr("Could not save the change to %1.").arg(from.name);
        }
        if (m_callbacks.failed)
            m_callbacks.failed(error);
        return false;
    }
    to = stored.value();
    if (m_callbacks.applied)
        m_callbacks.applied(to);
    return true;
}

} // namespace cet
