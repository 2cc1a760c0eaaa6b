#pragma once

#include "Database.h"
#include "DatabaseWriter.h"
#include "Result.h"
#include "ReviewTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cet {

// What a batch decision did: how many were decided, and why the others were not ("key: message").
struct ReviewBatchOutcome
{
    int decided = 0;
    QStringList skipped;
};

// The CET6 review use cases for the 复核 page and cetdesk-cli: the queue, a case, deciding offline
// (the decision and its outbox op in one transaction; the next sync sends it), a batch decision,
// undo of a decision not yet sent.
//
// Reads run on the caller's connection (read-only will do). Writes are tasks on the database's
// one writer, with a callback for the GUI thread and as ...AndWait for the CLI and tests.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(cet::ReviewService)

public:
    template<typename T> using Done = std::function<void(Result<T> &)>;

    explicit ReviewService(Database &reader);
    ReviewService(Database &reader, std::shared_ptr<DatabaseWriter> writer);

    // "pending", "passed", "failed", "filed" or a decision "pass"/"fail": the words the page
    // and the CLI show.
    static QString stateLabel(const QString &state);
    // What a review shows now: the decision made here while it waits, else the server's state.
    static QString shownState(const ReviewRow &row);
    // Time from `now` until `closesAt` (negative: closed); nullopt when not known.
    static std::optional<qint64> secondsLeft(const QDateTime &closesAt, const QDateTime &now);
    static QString timeLeftText(const QDateTime &closesAt, const QDateTime &now);

    Result<QList<ReviewRow>> queue(const ReviewFilter &filter) const;
    Result<std::optional<ReviewRow>> find(const QString &key) const;
    Result<std::optional<ReviewRecord>> record(const QString &key) const;
    Result<QList<ReviewRow>> sameStudent(const QString &key) const;
    Result<QStringList> campuses() const;
    Result<QStringList> departments() const;
    Result<ReviewSummary> summary() const;
    Result<QList<ReviewDecisionLine>> decisions() const;

    // decision "pass" or "fail" (a reason is needed for fail); evidenceSeen: the files opened.
    void decide(QObject *receiver, const QString &key, const QString &decision, const QString &reason,
                const QList<int> &evidenceSeen, Done<void> done) const;
    Result<void> decideAndWait(const QString &key, const QString &decision, const QString &reason,
                               const QList<int> &evidenceSeen = {}) const;
    // One decision and one reason over several reviews; those that can not be decided are skipped
    // and named in the outcome.
    void decideBatch(QObject *receiver, const QStringList &keys, const QString &decision, const QString &reason,
                     Done<ReviewBatchOutcome> done) const;
    Result<ReviewBatchOutcome> decideBatchAndWait(const QStringList &keys, const QString &decision,
                                                  const QString &reason) const;
    void undo(QObject *receiver, const QString &key, Done<void> done) const;
    Result<void> undoAndWait(const QString &key) const;
    // A review the school files (pre-2005 score, forgotten ticket); its key ("t-…" until synced).
    void file(QObject *receiver, const ReviewFiling &filing, Done<QString> done) const;
    Result<QString> fileAndWait(const ReviewFiling &filing) const;
    // The roster's students whose name or ID number starts with `text` (at most `limit`), for
    // the filing form.
    Result<QList<ReviewPerson>> findStudents(const QString &text, int limit = 20) const;

private:
    static DatabaseWriter::Task<void> decideTask(QString key, QString decision, QString reason, QList<int> seen);
    static DatabaseWriter::Task<ReviewBatchOutcome> batchTask(QStringList keys, QString decision, QString reason);
    static DatabaseWriter::Task<void> undoTask(QString key);

    Database &m_db;
    std::shared_ptr<DatabaseWriter> m_writer;
};

} // namespace cet
