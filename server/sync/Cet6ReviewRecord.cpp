#include "Cet6ReviewRecord.h"

#include "ScopeSql.h"
#include "IdDocument.h"
#include "StudentTable.h"
#include "Wire.h"

#include <QJsonArray>

namespace cet::central {

namespace {

QJsonValue wireTimeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(protocol::toWireTime(*t)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue scoreJson(const std::optional<cet4scoresql::ScoreRow> &s)
{
    if (!s)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{ { QStringLiteral("ticket"), s->ticket },       { QStringLiteral("id_type"), s->idType },
                        { QStringLiteral("id_number"), s->idNumber },  { QStringLiteral("name"), s->name },
                        { QStringLiteral("exam_year"), s->examYear },  { QStringLiteral("exam_month"), s->examMonth },
                        { QStringLiteral("total"), s->total } };
}

// The CET4 record the review's ticket points to: the one of the typed name (rule 2 matched on the
// name), else the one of the typed ID number, else the first. A teacher-filed review has the score
// the teacher typed instead.
Result<std::optional<cet4scoresql::ScoreRow>> scoreOf(CentralStore &store, const cet6reviewsql::ReviewRow &r,
                                                      const ReviewStudent &student)
{
    if (!r.filedBy.isEmpty() && r.filedExamYear > 0)
        return std::optional<cet4scoresql::ScoreRow>(cet4scoresql::ScoreRow{
            r.ticket, student.idType, student.idNumber, student.name, r.filedExamYear, r.filedExamMonth,
            r.filedTotal });
    if (r.ticket.isEmpty())
        return std::optional<cet4scoresql::ScoreRow>();
    auto rows = cet4scoresql::rowsByTicket(store, r.ticket);
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<cet4scoresql::ScoreRow>();
    for (const auto &s : rows.value()) {
        if (s.name == r.name)
            return std::optional(s);
    }
    for (const auto &s : rows.value()) {
        if (s.idNumber == r.idNumber)
            return std::optional(s);
    }
    return std::optional(rows.value().constFirst());
}

} // namespace

QJsonValue standingDecision(const QString &state)
{
    if (state == QLatin1String("passed"))
        return QStringLiteral("pass");
    if (state == QLatin1String("failed"))
        return QStringLiteral("fail");
    return QJsonValue(QJsonValue::Null);
}

QJsonObject reviewRecord(const ReviewCase &c)
{
    const cet6reviewsql::ReviewRow &r = c.row;
    QJsonArray evidence;
    for (qsizetype i = 0; i < c.evidence.size(); ++i) {
        const auto &e = c.evidence.at(i);
        evidence.append(QJsonObject{ { QStringLiteral("n"), int(i + 1) },
                                     { QStringLiteral("content_type"), e.contentType },
                                     { QStringLiteral("size"), e.size },
                                     { QStringLiteral("sha256"), e.sha256 } });
    }
    QJsonArray history;
    for (const auto &h : c.history)
        history.append(QJsonObject{ { QStringLiteral("state"), h.state },
                                    { QStringLiteral("reason"), h.reason },
                                    { QStringLiteral("decided_by"), textOrNull(h.decidedBy) },
                                    { QStringLiteral("decided_at"), wireTimeOrNull(h.decidedAt) },
                                    { QStringLiteral("submitted_at"), protocol::toWireTime(h.submittedAt) } });
    QJsonArray disputes;
    for (const auto &d : c.disputes)
        disputes.append(QJsonObject{ { QStringLiteral("by"), d.by },
                                     { QStringLiteral("decision"), d.decision },
                                     { QStringLiteral("reason"), d.reason },
                                     { QStringLiteral("at"), protocol::toWireTime(d.at) } });
    return QJsonObject{
        { QStringLiteral("id"), r.id },
        { QStringLiteral("campus_code"), r.campus },
        { QStringLiteral("student"),
          QJsonObject{ { QStringLiteral("id_type"), c.student.idType },
                       { QStringLiteral("id_number"), c.student.idNumber },
                       { QStringLiteral("name"), c.student.name } } },
        { QStringLiteral("typed"),
          QJsonObject{ { QStringLiteral("name"), r.name },
                       { QStringLiteral("id_type"), r.idType },
                       { QStringLiteral("id_number"), r.idNumber },
                       { QStringLiteral("cet4_ticket"), r.ticket } } },
        { QStringLiteral("score"), scoreJson(c.score) },
        { QStringLiteral("state"), r.state },
        { QStringLiteral("reason_code"), r.reasonCode },
        { QStringLiteral("reason"), r.reason },
        { QStringLiteral("submitted_at"), protocol::toWireTime(r.submittedAt) },
        { QStringLiteral("decided_at"), wireTimeOrNull(r.decidedAt) },
        { QStringLiteral("decided_by"), textOrNull(r.decidedBy) },
        { QStringLiteral("resubmissions"), r.resubmissions },
        { QStringLiteral("filed_by"), textOrNull(r.filedBy) },
        { QStringLiteral("evidence"), evidence },
        { QStringLiteral("history"), history },
        { QStringLiteral("disputes"), disputes },
        { QStringLiteral("window_closes_at"), wireTimeOrNull(c.windowClosesAt) },
    };
}

Result<QList<ReviewCase>> loadReviewCases(CentralStore &store, const QString &school,
                                          const QList<cet6reviewsql::ReviewRow> &rows)
{
    QList<qint64> ids;
    QList<protocol::StudentKey> keys;
    for (const auto &r : rows) {
        ids.append(r.id);
        keys.append(protocol::StudentKey{ idTypeFromCode(r.studentIdType), r.studentIdNumber });
    }
    auto students = studenttable::findMany(store, school, keys);
    if (!students)
        return students.error();
    auto evidence = reviewcasesql::evidenceOf(store, ids);
    if (!evidence)
        return evidence.error();
    auto rounds = reviewcasesql::roundsOf(store, ids);
    if (!rounds)
        return rounds.error();
    auto disputes = reviewcasesql::disputesOf(store, ids);
    if (!disputes)
        return disputes.error();
    auto closes = scopesql::latestSealsAt(store);
    if (!closes)
        return closes.error();
    QList<ReviewCase> out;
    out.reserve(rows.size());
    for (const auto &r : rows) {
        ReviewCase c;
        c.row = r;
        c.student = ReviewStudent{ r.studentIdType, r.studentIdNumber, r.name };
        const auto s = students.value().constFind(
            protocol::studentKey(idTypeFromCode(r.studentIdType), r.studentIdNumber));
        if (s != students.value().constEnd())
            c.student.name = s->record.name;
        auto score = scoreOf(store, r, c.student);
        if (!score)
            return score.error();
        c.score = score.value();
        c.evidence = evidence.value().value(r.id);
        c.history = rounds.value().value(r.id);
        c.disputes = disputes.value().value(r.id);
        c.windowClosesAt = closes.value();
        out.append(std::move(c));
    }
    return out;
}

Result<QJsonObject> loadReviewRecord(CentralStore &store, const QString &school, const cet6reviewsql::ReviewRow &row)
{
    auto cases = loadReviewCases(store, school, { row });
    if (!cases)
        return cases.error();
    return reviewRecord(cases.value().constFirst());
}

} // namespace cet::central
