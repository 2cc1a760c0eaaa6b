#pragma once

#include "Database.h"
#include "DatabaseWriter.h"
#include "NoticeTypes.h"
#include "Result.h"
#include "SyncTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace cet {

// One place a notice can be posted for: the school or one of its campuses, with its notice if
// this desktop has one.
struct NoticeScope
{
    QString code;
    bool isSchool = false;
    std::optional<Notice> notice;
};

// The notice use cases for the 通告 page and cetdesk-cli: list, edit offline (the change and its
// outbox op in one transaction; the next sync sends it), delete, and resolve a conflict.
//
// Reads run on the caller's connection (read-only will do). Writes are tasks on the database's
// one writer, so a save never fails with "database is locked" while a sync runs; each comes twice,
// like StudentService's: with a callback for the GUI thread (never waits; dropped when `receiver`
// is gone) and as ...AndWait for the CLI and tests.
class NoticeService
{
    Q_DECLARE_TR_FUNCTIONS(cet::NoticeService)

public:
    static constexpr int kMaxTitle = 100;
    static constexpr int kMaxBody = 2000;

    template<typename T> using Done = std::function<void(Result<T> &)>;

    // Reads on `reader`, writes through the writer of the same file (DatabaseWriter::forPath).
    explicit NoticeService(Database &reader);
    NoticeService(Database &reader, std::shared_ptr<DatabaseWriter> writer);

    // Characters as candidates count them (Unicode code points).
    static qsizetype length(const QString &text);
    // The rules the server applies too: title 1..100 characters after trimming, body at most
    // 2,000, a valid date.
    static Result<void> validate(const NoticeText &text);

    // The signed-in account's school (error notice.no_school when none is known yet).
    Result<QString> schoolCode() const;
    // The school first, then its campuses: those of the local roster and those with a notice.
    Result<QList<NoticeScope>> scopes() const;
    Result<QList<Notice>> list() const;
    Result<std::optional<Notice>> find(const QString &code) const;
    Result<std::optional<NoticeConflict>> conflict(const QString &code) const;

    // False when the text was already the notice's.
    void save(QObject *receiver, const QString &code, const NoticeText &text, Done<bool> done) const;
    Result<bool> saveAndWait(const QString &code, const NoticeText &text) const;
    void remove(QObject *receiver, const QString &code, Done<bool> done) const;
    Result<bool> removeAndWait(const QString &code) const;
    // The notice's open conflict: mine (a new op over the server's version) or theirs.
    void resolve(QObject *receiver, const QString &code, ConflictChoice choice, Done<void> done) const;
    Result<void> resolveAndWait(const QString &code, ConflictChoice choice) const;

private:
    static Result<QString> schoolCodeOf(Database &db);
    static Result<void> checkScope(Database &db, const QString &code);
    static DatabaseWriter::Task<bool> saveTask(QString code, NoticeText text);
    static DatabaseWriter::Task<bool> removeTask(QString code);
    static DatabaseWriter::Task<void> resolveTask(QString code, ConflictChoice choice);

    Database &m_db;
    std::shared_ptr<DatabaseWriter> m_writer;
};

} // namespace cet
