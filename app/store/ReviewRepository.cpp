#include "ReviewRepository.h"

#include "EvidenceCache.h"
#include "LiteSql.h"
#include "NoticeSql.h"
#include "ReviewSql.h"
#include "StoreSql.h"
#include "SyncSql.h"
#include "Wire.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

namespace cet {

using namespace reviewsql;
using syncsql::queryError;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.review_key, r.server_version, r.state, r.campus_code, COALESCE(s.department, ''), r.name, r.id_type,"
    " r.id_number, r.typed_id_number, r.ticket, r.submitted_at, r.decided_at, r.decided_by, r.filed_by,"
    " r.resubmissions, r.disputes, r.local_decision, r.local_reason, r.local_error"
    " FROM cet6_reviews r LEFT JOIN students s ON s.id_number = r.id_number AND s.id_type = r.id_type"
    " AND s.deleted_at IS NULL");

QDateTime timeOf(const QVariant &v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

ReviewRow readRow(const QSqlQuery &q)
{
    ReviewRow r;
    r.key = q.value(0).toString();
    r.serverVersion = q.value(1).toLongLong();
    r.state = q.value(2).toString();
    r.campusCode = q.value(3).toString();
    r.department = q.value(4).toString();
    r.name = q.value(5).toString();
    r.idType = q.value(6).toInt();
    r.idNumber = q.value(7).toString();
    r.typedIdNumber = q.value(8).toString();
    r.ticket = q.value(9).toString();
    r.submittedAt = timeOf(q.value(10));
    r.decidedAt = timeOf(q.value(11));
    r.decidedBy = q.value(12).toString();
    r.filedBy = q.value(13).toString();
    r.resubmissions = q.value(14).toInt();
    r.disputes = q.value(15).toInt();
    r.localDecision = q.value(16).toString();
    r.localReason = q.value(17).toString();
    r.localError = q.value(18).toString();
    return r;
}

// The states of the review's ops that wait: "queued" ones can still be withdrawn.
Result<QStringList> waitingOps(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state FROM outbox WHERE entity = ? AND entity_key = ? AND state IN %1")
                  .arg(QLatin1String(syncsql::kPendingStates)));
    q.addBindValue(kEntity);
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<void> withdrawQueued(QSqlDatabase db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE entity = ? AND entity_key = ? AND state = 'queued'"));
    q.addBindValue(kEntity);
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.outbox_failed"));
    return {};
}

// What an evidence file is, by its first bytes (as the server tells it): empty when none of ours.
QString evidenceType(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

constexpr qint64 kMaxEvidenceBytes = 5 * 1024 * 1024; // the server's limit

Error tooLate(const QString &key)
{
    return Error{ QStringLiteral("review.decision_in_flight"),
                  ReviewRepository::tr("The decision on review %1 is being sent to the server; wait for the sync to finish.").arg(key),
                  key };
}

QList<QPair<QDate, qint64>> byDay(QSqlQuery &q)
{
    QList<QPair<QDate, qint64>> out;
    while (q.next())
        out << qMakePair(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong());
    return out;
}

} // namespace

ReviewRepository::ReviewRepository(Database &db) : m_db(db) { }

Result<QList<ReviewRow>> ReviewRepository::queue(const ReviewFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (f.state == u"filed") {
        where << QStringLiteral("r.filed_by IS NOT NULL");
    } else if (!f.state.isEmpty()) {
        where << QStringLiteral("r.state = ?");
        binds << f.state;
    }
    if (!f.campus.isEmpty()) {
        where << QStringLiteral("r.campus_code = ?");
        binds << f.campus;
    }
    if (!f.department.isEmpty()) {
        where << QStringLiteral("s.department = ?");
        binds << f.department;
    }
    if (f.submittedFrom.isValid()) {
        where << QStringLiteral("r.submitted_at >= ?");
        binds << QDateTime(f.submittedFrom, QTime(0, 0)).toMSecsSinceEpoch(); // the coordinator's day
    }
    if (f.submittedTo.isValid()) {
        where << QStringLiteral("r.submitted_at < ?");
        binds << QDateTime(f.submittedTo.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    }
    const QString search = f.search.trimmed();
    if (!search.isEmpty()) {
        where << QStringLiteral("(r.name LIKE ? ESCAPE '\\' OR r.id_number LIKE ? ESCAPE '\\'"
                                " OR r.typed_id_number LIKE ? ESCAPE '\\' OR r.ticket LIKE ? ESCAPE '\\')");
        QString pattern = search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern += QLatin1Char('%');
        binds << pattern << pattern << pattern << pattern;
    }
    QString text = kSelect;
    if (!where.isEmpty())
        text += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    text += QStringLiteral(" ORDER BY r.queue_rank, r.submitted_at, r.review_key");
    // The queue reads every row of the school (tens of thousands) each time the page opens or a
    // filter changes: straight from SQLite, without a QVariant per value.
    auto handle = lite::handle(m_db.connection());
    if (!handle)
        return handle.error();
    lite::Statement st;
    if (!st.prepare(handle.value(), text))
        return lite::error(handle.value(), QStringLiteral("store.query_failed"));
    for (int i = 0; i < binds.size(); ++i) {
        if (binds.at(i).typeId() == QMetaType::LongLong)
            st.bindInt(i + 1, binds.at(i).toLongLong());
        else
            st.bindTextCopy(i + 1, binds.at(i).toString());
    }
    const auto time = [&st](int column) {
        const qint64 ms = st.columnInt(column);
        return st.columnIsNull(column) || ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    QList<ReviewRow> out;
    while (true) {
        if (!st.step())
            return lite::error(handle.value(), QStringLiteral("store.query_failed"));
        if (!st.hasRow())
            break;
        ReviewRow r;
        r.key = st.columnText(0);
        r.serverVersion = st.columnInt(1);
        r.state = st.columnText(2);
        r.campusCode = st.columnText(3);
        r.department = st.columnText(4);
        r.name = st.columnText(5);
        r.idType = int(st.columnInt(6));
        r.idNumber = st.columnText(7);
        r.typedIdNumber = st.columnText(8);
        r.ticket = st.columnText(9);
        r.submittedAt = time(10);
        r.decidedAt = time(11);
        r.decidedBy = st.columnText(12);
        r.filedBy = st.columnText(13);
        r.resubmissions = int(st.columnInt(14));
        r.disputes = int(st.columnInt(15));
        r.localDecision = st.columnText(16);
        r.localReason = st.columnText(17);
        r.localError = st.columnText(18);
        out << r;
    }
    return out;
}

Result<std::optional<ReviewRow>> ReviewRepository::find(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE r.review_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<ReviewRow>();
    return std::optional<ReviewRow>(readRow(q));
}

Result<std::optional<ReviewRecord>> ReviewRepository::record(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT record_json FROM cet6_reviews WHERE review_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<ReviewRecord>();
    return std::optional<ReviewRecord>(ReviewRecord::fromJson(syncsql::parseObject(q.value(0).toString().toUtf8())));
}

Result<QList<ReviewRow>> ReviewRepository::sameStudent(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" JOIN cet6_reviews o ON o.review_key = ? AND o.id_type = r.id_type"
                                       " AND o.id_number = r.id_number WHERE r.review_key <> o.review_key"
                                       " ORDER BY r.submitted_at"));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    QList<ReviewRow> out;
    while (q.next())
        out << readRow(q);
    return out;
}

Result<void> ReviewRepository::decide(const QString &key, const QString &decision, const QString &reason,
                                      const QList<int> &evidenceSeen)
{
    if (decision != u"pass" && decision != u"fail")
        return Error{ QStringLiteral("review.invalid_decision"), tr("A decision is pass or fail."), decision };
    if (decision == u"fail" && reason.trimmed().isEmpty())
        return Error{ QStringLiteral("review.reason_required"), tr("Give the reason for failing the review."), key };
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto row = find(key);
    if (!row)
        return row.error();
    if (!row.value())
        return Error{ QStringLiteral("review.not_found"), tr("There is no review %1 on this desktop.").arg(key), key };
    if (row.value()->state == u"passed")
        return Error{ QStringLiteral("review.already_passed"), tr("A passed review can not be changed."), key };
    if (key.startsWith(QLatin1String("t-")))
        return Error{ QStringLiteral("review.filing_not_sent"),
                      tr("This review was filed here and is not on the server yet: undo it and file it again."), key };
    if (row.value()->state != u"pending")
        return Error{ QStringLiteral("review.already_decided"),
                      tr("Review %1 was decided already (%2 by %3).").arg(key, row.value()->state, row.value()->decidedBy),
                      key };
    auto waiting = waitingOps(db, key);
    if (!waiting)
        return waiting.error();
    for (const QString &state : waiting.value()) {
        if (state != u"queued")
            return tooLate(key);
    }
    // A change of mind before the sync replaces the decision: the server sees only the last one.
    if (auto r = withdrawQueued(db, key); !r)
        return r;
    QJsonArray seen;
    for (int n : evidenceSeen)
        seen.append(n);
    const QJsonObject changes{ { QStringLiteral("decision"), QJsonArray{ QJsonValue(), decision } },
                               { QStringLiteral("reason"), QJsonArray{ QJsonValue(), reason.trimmed() } },
                               { QStringLiteral("evidence_seen"), QJsonArray{ QJsonValue(), seen } } };
    if (auto r = noticesql::queueOp(db, kEntity, key, row.value()->serverVersion, QStringLiteral("upsert"), changes); !r)
        return r;
    if (auto r = setLocal(db, key, decision, reason.trimmed(), QString()); !r)
        return r;
    return tx.commit();
}

Result<void> ReviewRepository::undo(const QString &key)
{
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto waiting = waitingOps(db, key);
    if (!waiting)
        return waiting.error();
    const bool filedHere = key.startsWith(QLatin1String("t-"));
    if (waiting.value().isEmpty() && !filedHere)
        return Error{ QStringLiteral("review.nothing_to_undo"),
                      tr("Review %1 has no decision waiting to be sent.").arg(key), key };
    for (const QString &state : waiting.value()) {
        if (state != u"queued")
            return tooLate(key);
    }
    if (auto r = withdrawQueued(db, key); !r)
        return r;
    if (filedHere) {
        if (auto r = removeRow(db, key); !r)
            return r;
        if (auto r = dropUploads(db, key); !r)
            return r;
        return tx.commit();
    }
    if (auto r = setLocal(db, key, QString(), QString(), QString()); !r)
        return r;
    return tx.commit();
}

Result<QString> ReviewRepository::file(const ReviewFiling &f)
{
    const auto invalid = [](const QString &message) {
        return Error{ QStringLiteral("review.invalid_filing"), message, {} };
    };
    if (f.decision != u"pass" && f.decision != u"fail")
        return Error{ QStringLiteral("review.invalid_decision"), tr("A decision is pass or fail."), f.decision };
    if (f.decision == u"fail" && f.reason.trimmed().isEmpty())
        return Error{ QStringLiteral("review.reason_required"), tr("Give the reason for failing the review."), {} };
    if (f.examYear < 1987 || f.examYear > QDate::currentDate().year()
        || (f.examMonth != 1 && f.examMonth != 6 && f.examMonth != 12))
        return invalid(tr("The CET4 sitting is a year from 1987 and the month 1, 6 or 12."));
    if (f.total < 0 || f.total > 710)
        return invalid(tr("A CET4 total score is between 0 and 710."));
    if (f.ticket.trimmed().size() > 15)
        return invalid(tr("A CET4 ticket number has at most 15 characters."));
    const QString scanType = f.scan.isEmpty() ? QString() : evidenceType(f.scan);
    if (!f.scan.isEmpty() && scanType.isEmpty())
        return invalid(tr("The scan of the proof must be a JPEG or PNG image or a PDF file."));
    if (f.scan.size() > kMaxEvidenceBytes)
        return invalid(tr("The scan of the proof may not exceed 5 MB."));
    QSqlDatabase db = m_db.connection();
    sql::Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, campus_code FROM students WHERE id_type = ? AND id_number = ?"
                             " AND deleted_at IS NULL"));
    q.addBindValue(f.studentIdType);
    q.addBindValue(f.studentIdNumber);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return Error{ QStringLiteral("review.student_unknown"),
                      tr("There is no student with this ID number in the school's roster."), f.studentIdNumber };
    const QString rosterName = q.value(0).toString();
    const QString campus = q.value(1).toString();
    q.finish();
    const QString name = f.name.trimmed().isEmpty() ? rosterName : f.name.trimmed();
    const QString ticket = f.ticket.trimmed();
    const QString key = QStringLiteral("t-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto change = [](const QJsonValue &v) { return QJsonArray{ QJsonValue(), v }; };
    const QJsonObject changes{ { QStringLiteral("student_id_type"), change(f.studentIdType) },
                               { QStringLiteral("student_id_number"), change(f.studentIdNumber) },
                               { QStringLiteral("name"), change(name) },
                               { QStringLiteral("cet4_ticket"), change(ticket) },
                               { QStringLiteral("exam_year"), change(f.examYear) },
                               { QStringLiteral("exam_month"), change(f.examMonth) },
                               { QStringLiteral("total"), change(f.total) },
                               { QStringLiteral("decision"), change(f.decision) },
                               { QStringLiteral("reason"), change(f.reason.trimmed()) } };
    if (auto r = noticesql::queueOp(db, kEntity, key, 0, QStringLiteral("upsert"), changes); !r)
        return r.error();
    QJsonArray evidence;
    if (!f.scan.isEmpty()) {
        const QString sha = EvidenceCache::sha256Of(f.scan);
        if (auto r = EvidenceCache(m_db.path()).write(sha, f.scan); !r)
            return r.error();
        QSqlQuery up(db);
        up.prepare(QStringLiteral("INSERT OR IGNORE INTO review_uploads (review_key, sha256, content_type, size,"
                                  " added_at) VALUES (?, ?, ?, ?, ?)"));
        up.addBindValue(key);
        up.addBindValue(sha);
        up.addBindValue(scanType);
        up.addBindValue(qint64(f.scan.size()));
        up.addBindValue(sql::nowText());
        if (!up.exec())
            return queryError(up, QStringLiteral("store.update_failed"));
        evidence.append(QJsonObject{ { QStringLiteral("n"), 1 },
                                     { QStringLiteral("content_type"), scanType },
                                     { QStringLiteral("size"), qint64(f.scan.size()) },
                                     { QStringLiteral("sha256"), sha } });
    }
    // What the queue shows until the server's record arrives: the review as the server will store
    // it, waiting with the decision made here.
    const QJsonObject student{ { QStringLiteral("id_type"), f.studentIdType },
                               { QStringLiteral("id_number"), f.studentIdNumber },
                               { QStringLiteral("name"), rosterName } };
    const QJsonObject record{
        { QStringLiteral("campus_code"), campus },
        { QStringLiteral("student"), student },
        { QStringLiteral("typed"), QJsonObject{ { QStringLiteral("name"), name },
                                                { QStringLiteral("id_type"), f.studentIdType },
                                                { QStringLiteral("id_number"), f.studentIdNumber },
                                                { QStringLiteral("cet4_ticket"), ticket } } },
        { QStringLiteral("score"), QJsonObject{ { QStringLiteral("ticket"), ticket },
                                                { QStringLiteral("name"), name },
                                                { QStringLiteral("id_type"), f.studentIdType },
                                                { QStringLiteral("id_number"), f.studentIdNumber },
                                                { QStringLiteral("exam_year"), f.examYear },
                                                { QStringLiteral("exam_month"), f.examMonth },
                                                { QStringLiteral("total"), f.total } } },
        { QStringLiteral("state"), QStringLiteral("pending") },
        { QStringLiteral("submitted_at"), protocol::toWireTime(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("filed_by"), f.filedBy.isEmpty() ? tr("this desktop") : f.filedBy },
        { QStringLiteral("evidence"), evidence },
        { QStringLiteral("history"), QJsonArray() },
        { QStringLiteral("disputes"), QJsonArray() },
    };
    if (auto r = writeServer(db, key, 0, record); !r)
        return r.error();
    if (auto r = setLocal(db, key, f.decision, f.reason.trimmed(), QString()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return key;
}

Result<QList<ReviewUpload>> ReviewRepository::pendingUploads() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT review_key, sha256, content_type, size FROM review_uploads"
                               " WHERE review_key NOT LIKE 't-%' ORDER BY added_at")))
        return queryError(q);
    QList<ReviewUpload> out;
    while (q.next())
        out << ReviewUpload{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toLongLong() };
    return out;
}

Result<void> ReviewRepository::uploadDone(const QString &key, const QString &sha256)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM review_uploads WHERE review_key = ? AND sha256 = ?"));
    q.addBindValue(key);
    q.addBindValue(sha256);
    if (!q.exec())
        return queryError(q, QStringLiteral("store.update_failed"));
    return {};
}

Result<QList<ReviewPerson>> ReviewRepository::findStudents(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QList<ReviewPerson>();
    QSqlQuery q(m_db.connection());
    // Two index range scans (students_name, students_id_number), as the Students page searches.
    q.prepare(QStringLiteral("SELECT name, id_type, id_number FROM students WHERE deleted_at IS NULL AND"
                             " ((name >= ? AND name < ?) OR (id_number >= ? AND id_number < ?))"
                             " ORDER BY name, id_number LIMIT ?"));
    q.addBindValue(t);
    q.addBindValue(QString(t + QChar(0xFFFF)));
    q.addBindValue(t.toUpper());
    q.addBindValue(QString(t.toUpper() + QChar(0xFFFF)));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q);
    QList<ReviewPerson> out;
    while (q.next()) {
        ReviewPerson p;
        p.name = q.value(0).toString();
        p.idType = q.value(1).toInt();
        p.idNumber = q.value(2).toString();
        out << p;
    }
    return out;
}

Result<QStringList> ReviewRepository::campuses() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT campus_code FROM cet6_reviews WHERE campus_code <> ''"
                               " ORDER BY campus_code")))
        return queryError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> ReviewRepository::departments() const
{
    QSqlQuery q(m_db.connection());
    // The roster's departments (an index scan), not only those with a review (a join over every review).
    if (!q.exec(QStringLiteral("SELECT DISTINCT department FROM students WHERE deleted_at IS NULL"
                               " AND department <> '' ORDER BY department")))
        return queryError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<ReviewSummary> ReviewRepository::summary() const
{
    ReviewSummary s;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(state = 'pending'), 0), COALESCE(SUM(state = 'passed'), 0),"
                               " COALESCE(SUM(state = 'failed'), 0), COALESCE(SUM(filed_by IS NOT NULL), 0),"
                               " COALESCE(SUM(local_decision IS NOT NULL), 0), COALESCE(SUM(disputes > 0), 0)"
                               " FROM cet6_reviews"))
        || !q.next())
        return queryError(q);
    s.pending = q.value(0).toLongLong();
    s.passed = q.value(1).toLongLong();
    s.failed = q.value(2).toLongLong();
    s.filed = q.value(3).toLongLong();
    s.decidedHere = q.value(4).toLongLong();
    s.disputed = q.value(5).toLongLong();
    if (!q.exec(QStringLiteral("SELECT date(submitted_at / 1000, 'unixepoch', 'localtime') d, count(*)"
                               " FROM cet6_reviews WHERE submitted_at > 0 GROUP BY d ORDER BY d")))
        return queryError(q);
    s.submittedByDay = byDay(q);
    if (!q.exec(QStringLiteral("SELECT date(decided_at / 1000, 'unixepoch', 'localtime') d, count(*)"
                               " FROM cet6_reviews WHERE decided_at IS NOT NULL GROUP BY d ORDER BY d")))
        return queryError(q);
    s.decidedByDay = byDay(q);
    if (!q.exec(QStringLiteral("SELECT decided_by, count(*) n FROM cet6_reviews WHERE decided_by IS NOT NULL"
                               " AND decided_by <> '' GROUP BY decided_by ORDER BY n DESC, decided_by")))
        return queryError(q);
    while (q.next())
        s.decisionsByTeacher << qMakePair(q.value(0).toString(), q.value(1).toLongLong());
    return s;
}

Result<QList<ReviewDecisionLine>> ReviewRepository::decisions() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT review_key, name, id_number, ticket, campus_code, state, local_decision,"
                               " local_reason, record_json, decided_by, submitted_at, decided_at, local_decided_at"
                               " FROM cet6_reviews WHERE state <> 'pending' OR local_decision IS NOT NULL"
                               " ORDER BY local_decision IS NULL, local_decided_at DESC, decided_at DESC, review_key")))
        return queryError(q);
    QList<ReviewDecisionLine> out;
    while (q.next()) {
        ReviewDecisionLine l;
        l.key = q.value(0).toString();
        l.name = q.value(1).toString();
        l.idNumber = q.value(2).toString();
        l.ticket = q.value(3).toString();
        l.campusCode = q.value(4).toString();
        l.submittedAt = timeOf(q.value(10));
        l.unsynced = !q.value(6).isNull() && q.value(5).toString() == u"pending";
        if (l.unsynced) {
            l.state = q.value(6).toString() == u"pass" ? QStringLiteral("passed") : QStringLiteral("failed");
            l.reason = q.value(7).toString();
            l.decidedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        } else {
            l.state = q.value(5).toString();
            l.reason = ReviewRecord::fromJson(syncsql::parseObject(q.value(8).toString().toUtf8())).reason;
            l.decidedBy = q.value(9).toString();
            l.decidedAt = timeOf(q.value(11));
        }
        out << l;
    }
    return out;
}

} // namespace cet
