#include "StudentService.h"

#include "StudentImportRepository.h"
#include "StudentRepository.h"

namespace cet {

StudentService::StudentService(std::shared_ptr<DatabaseWriter> writer)
    : m_writer(std::move(writer))
{ }

StudentService StudentService::forDatabase(const QString &path)
{
    return StudentService(DatabaseWriter::forPath(path));
}

DatabaseWriter::Task<StudentRecord> StudentService::storeTask(
    std::shared_ptr<StudentEdit> edit, StudentEdit::Side side, QString actor)
{
    return [edit = std::move(edit), side, actor = std::move(actor)](Database &db) -> Result<StudentRecord> {
        // Read on the writer, when the task runs: an undo queued right behind its redo starts
        // from the rowVersion that redo stored.
        const StudentEdit::Side other
            = side == StudentEdit::Side::After ? StudentEdit::Side::Before : StudentEdit::Side::After;
        Result<StudentRecord> stored = StudentRepository(db).update(edit->side(other), edit->side(side), actor);
        if (stored)
            edit->setStored(side, stored.value());
        return stored;
    };
}

DatabaseWriter::Task<void> StudentService::revealTask(qint64 id, QString actor)
{
    return [id, actor = std::move(actor)](Database &db) { return StudentRepository(db).logReveal(id, actor); };
}

DatabaseWriter::Task<void> StudentService::undoImportTask(qint64 batchId, QString actor)
{
    return
        [batchId, actor = std::move(actor)](Database &db) { return StudentImportRepository(db).undo(batchId, actor); };
}

void StudentService::store(QObject *receiver, std::shared_ptr<StudentEdit> edit, StudentEdit::Side side,
    const QString &actor, Done<StudentRecord> done) const
{
    m_writer->submit<StudentRecord>(receiver, storeTask(std::move(edit), side, actor), std::move(done));
}

Result<StudentRecord> StudentService::storeAndWait(
    const std::shared_ptr<StudentEdit> &edit, StudentEdit::Side side, const QString &actor) const
{
    return m_writer->call<StudentRecord>(storeTask(edit, side, actor));
}

void StudentService::logReveal(QObject *receiver, qint64 id, const QString &actor, Done<void> done) const
{
    m_writer->submit<void>(receiver, revealTask(id, actor), std::move(done));
}

Result<void> StudentService::logRevealAndWait(qint64 id, const QString &actor) const
{
    return m_writer->call<void>(revealTask(id, actor));
}

void StudentService::undoImport(QObject *receiver, qint64 batchId, const QString &actor, Done<void> done) const
{
    m_writer->submit<void>(receiver, undoImportTask(batchId, actor), std::move(done));
}

Result<void> StudentService::undoImportAndWait(qint64 batchId, const QString &actor) const
{
    return m_writer->call<void>(undoImportTask(batchId, actor));
}

} // namespace cet
