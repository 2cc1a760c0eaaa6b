#include "ReviewService.h"

#include "ReviewRepository.h"

namespace cet {

ReviewService::ReviewService(Database &reader) : ReviewService(reader, DatabaseWriter::forPath(reader.path())) { }

ReviewService::ReviewService(Database &reader, std::shared_ptr<DatabaseWriter> writer)
    : m_db(reader), m_writer(std::move(writer))
{
}

QString ReviewService::stateLabel(const QString &state)
{
    if (state == u"pending")
        return tr("Pending");
    if (state == u"passed")
        return tr("Passed");
    if (state == u"failed")
        return tr("Failed");
    if (state == u"filed")
        return tr("Filed by the school");
    if (state == u"pass")
        return tr("Pass (not synced)");
    if (state == u"fail")
        return tr("Fail (not synced)");
    return state;
}

QString ReviewService::shownState(const ReviewRow &row)
{
    return row.decidedHere() && row.state == u"pending" ? row.localDecision : row.state;
}

std::optional<qint64> ReviewService::secondsLeft(const QDateTime &closesAt, const QDateTime &now)
{
    if (!closesAt.isValid())
        return std::nullopt;
    return now.secsTo(closesAt);
}

QString ReviewService::timeLeftText(const QDateTime &closesAt, const QDateTime &now)
{
    const auto left = secondsLeft(closesAt, now);
    if (!left)
        return tr("Window end not known");
    if (*left <= 0)
        return tr("Window closed");
    const qint64 days = *left / 86400;
    const qint64 hours = (*left % 86400) / 3600;
    if (days > 0)
        return tr("%1 d %2 h left").arg(days).arg(hours);
    return tr("%1 h %2 min left").arg(hours).arg((*left % 3600) / 60);
}

Result<QList<ReviewRow>> ReviewService::queue(const ReviewFilter &filter) const
{
    return ReviewRepository(m_db).queue(filter);
}

Result<std::optional<ReviewRow>> ReviewService::find(const QString &key) const
{
    return ReviewRepository(m_db).find(key);
}

Result<std::optional<ReviewRecord>> ReviewService::record(const QString &key) const
{
    return ReviewRepository(m_db).record(key);
}

Result<QList<ReviewRow>> ReviewService::sameStudent(const QString &key) const
{
    return ReviewRepository(m_db).sameStudent(key);
}

Result<QStringList> ReviewService::campuses() const
{
    return ReviewRepository(m_db).campuses();
}

Result<QStringList> ReviewService::departments() const
{
    return ReviewRepository(m_db).departments();
}

Result<ReviewSummary> ReviewService::summary() const
{
    return ReviewRepository(m_db).summary();
}

Result<QList<ReviewDecisionLine>> ReviewService::decisions() const
{
    return ReviewRepository(m_db).decisions();
}

DatabaseWriter::Task<void> ReviewService::decideTask(QString key, QString decision, QString reason, QList<int> seen)
{
    return [=](Database &db) { return ReviewRepository(db).decide(key, decision, reason, seen); };
}

DatabaseWriter::Task<ReviewBatchOutcome> ReviewService::batchTask(QStringList keys, QString decision, QString reason)
{
    return [=](Database &db) -> Result<ReviewBatchOutcome> {
        ReviewBatchOutcome out;
        ReviewRepository repo(db);
        for (const QString &key : keys) {
            if (auto r = repo.decide(key, decision, reason, {}); r)
                ++out.decided;
            else if (r.error().code == u"review.reason_required" || r.error().code == u"review.invalid_decision")
                return r.error(); // the same for every review: nothing is decided
            else
                out.skipped << QStringLiteral("%1: %2").arg(key, r.error().message);
        }
        return out;
    };
}

DatabaseWriter::Task<void> ReviewService::undoTask(QString key)
{
    return [=](Database &db) { return ReviewRepository(db).undo(key); };
}

void ReviewService::decide(QObject *receiver, const QString &key, const QString &decision, const QString &reason,
                           const QList<int> &evidenceSeen, Done<void> done) const
{
    m_writer->submit<void>(receiver, decideTask(key, decision, reason, evidenceSeen), std::move(done));
}

Result<void> ReviewService::decideAndWait(const QString &key, const QString &decision, const QString &reason,
                                          const QList<int> &evidenceSeen) const
{
    return m_writer->call<void>(decideTask(key, decision, reason, evidenceSeen));
}

void ReviewService::decideBatch(QObject *receiver, const QStringList &keys, const QString &decision,
                                const QString &reason, Done<ReviewBatchOutcome> done) const
{
    m_writer->submit<ReviewBatchOutcome>(receiver, batchTask(keys, decision, reason), std::move(done));
}

Result<ReviewBatchOutcome> ReviewService::decideBatchAndWait(const QStringList &keys, const QString &decision,
                                                             const QString &reason) const
{
    return m_writer->call<ReviewBatchOutcome>(batchTask(keys, decision, reason));
}

void ReviewService::undo(QObject *receiver, const QString &key, Done<void> done) const
{
    m_writer->submit<void>(receiver, undoTask(key), std::move(done));
}

Result<void> ReviewService::undoAndWait(const QString &key) const
{
    return m_writer->call<void>(undoTask(key));
}

void ReviewService::file(QObject *receiver, const ReviewFiling &filing, Done<QString> done) const
{
    m_writer->submit<QString>(receiver, [filing](Database &db) { return ReviewRepository(db).file(filing); },
                              std::move(done));
}

Result<QString> ReviewService::fileAndWait(const ReviewFiling &filing) const
{
    return m_writer->call<QString>([filing](Database &db) { return ReviewRepository(db).file(filing); });
}

Result<QList<ReviewPerson>> ReviewService::findStudents(const QString &text, int limit) const
{
    return ReviewRepository(m_db).findStudents(text, limit);
}

} // namespace cet
