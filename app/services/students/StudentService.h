#pragma once

#include "DatabaseWriter.h"
#include "StudentEdit.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cet {

// The use cases that change students, written once for the desktop and cetdesk-cli: editing a
// record (with its outbox operation and audit entry), undoing and redoing that edit, auditing the
// reveal of a full ID number, undoing an import. Every write goes through the database's one
// writer (DatabaseWriter), so none of them can fail with "database is locked" because a sync or an
// import is writing at the same time.
//
// Each use case comes twice: with a callback, for the GUI thread (never waits; the callback runs
// on `receiver`'s thread and is dropped when `receiver` is gone), and as ...AndWait, for threads
// that may wait (the CLI, job workers, tests).
class StudentService
{
public:
    explicit StudentService(std::shared_ptr<DatabaseWriter> writer);
    // The service over the writer of this database file (DatabaseWriter::forPath).
    static StudentService forDatabase(const QString &path);

    DatabaseWriter &writer() const { return *m_writer; }

    template<typename T> using Done = std::function<void(Result<T> &)>;

    // Stores one side of `edit` over the other: After for doing (and redoing) it, Before for
    // undoing it. Refuses with "store.stale" when the record was changed by anyone else since the
    // other side was stored. On success `edit` remembers the stored record (its new rowVersion).
    void store(QObject *receiver, std::shared_ptr<StudentEdit> edit, StudentEdit::Side side, const QString &actor,
        Done<StudentRecord> done) const;
    Result<StudentRecord> storeAndWait(
        const std::shared_ptr<StudentEdit> &edit, StudentEdit::Side side, const QString &actor) const;

    // Audits that `actor` is shown the full ID number of student `id`. Show it only on success.
    void logReveal(QObject *receiver, qint64 id, const QString &actor, Done<void> done) const;
    Result<void> logRevealAndWait(qint64 id, const QString &actor) const;

    // Undoes import batch `batchId` (StudentImportRepository::undo: its refusals and codes).
    void undoImport(QObject *receiver, qint64 batchId, const QString &actor, Done<void> done) const;
    Result<void> undoImportAndWait(qint64 batchId, const QString &actor) const;

private:
    static DatabaseWriter::Task<StudentRecord> storeTask(
        std::shared_ptr<StudentEdit> edit, StudentEdit::Side side, QString actor);
    static DatabaseWriter::Task<void> revealTask(qint64 id, QString actor);
    static DatabaseWriter::Task<void> undoImportTask(qint64 batchId, QString actor);

    std::shared_ptr<DatabaseWriter> m_writer;
};

} // namespace cet
