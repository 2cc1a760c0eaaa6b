#pragma once

// Test helpers (tests only): CET6 review records as the server's change feed carries them
// (entity cet6_review), to fill a local database without a server.

#include "SyncStore.h"
#include "Wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cet::testing {

struct ReviewSpec
{
    qint64 id = 1;
    QString name = QStringLiteral("张三");
    QString idNumber = QStringLiteral("11010119900307001X");    // the 学籍 row's
    QString typedIdNumber = QStringLiteral("110101199003070028"); // what the candidate typed
    QString ticket = QStringLiteral("190611000100001");
    QString campus = QStringLiteral("100011");
    QString state = QStringLiteral("pending");
    QDateTime submittedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    QString decidedBy;
    QString filedBy;
    int resubmissions = 0;
    int evidence = 1;
    QJsonArray disputes;
};

inline QJsonObject reviewRecord(const ReviewSpec &s)
{
    QJsonArray evidence;
    for (int n = 1; n <= s.evidence; ++n)
        evidence.append(QJsonObject{ { QStringLiteral("n"), n },
                                     { QStringLiteral("content_type"), QStringLiteral("image/png") },
                                     { QStringLiteral("size"), 1000 + n },
                                     { QStringLiteral("sha256"), QStringLiteral("ab%1").arg(n) } });
    const bool decided = s.state != u"pending";
    return {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("campus_code"), s.campus },
        { QStringLiteral("student"), QJsonObject{ { QStringLiteral("id_type"), 1 },
                                                 { QStringLiteral("id_number"), s.idNumber },
                                                 { QStringLiteral("name"), s.name } } },
        { QStringLiteral("typed"), QJsonObject{ { QStringLiteral("name"), s.name },
                                               { QStringLiteral("id_type"), 1 },
                                               { QStringLiteral("id_number"), s.typedIdNumber },
                                               { QStringLiteral("cet4_ticket"), s.ticket } } },
        { QStringLiteral("score"), QJsonObject{ { QStringLiteral("ticket"), s.ticket },
                                               { QStringLiteral("id_type"), 1 },
                                               { QStringLiteral("id_number"), s.typedIdNumber },
                                               { QStringLiteral("name"), s.name },
                                               { QStringLiteral("exam_year"), 2019 },
                                               { QStringLiteral("exam_month"), 6 },
                                               { QStringLiteral("total"), 480 } } },
        { QStringLiteral("state"), s.state },
        { QStringLiteral("reason_code"), QStringLiteral("review.pending_id_differs") },
        { QStringLiteral("reason"), QString() },
        { QStringLiteral("submitted_at"), protocol::toWireTime(s.submittedAt) },
        { QStringLiteral("decided_at"), decided ? QJsonValue(protocol::toWireTime(s.submittedAt.addDays(1))) : QJsonValue() },
        { QStringLiteral("decided_by"), s.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(s.decidedBy) },
        { QStringLiteral("resubmissions"), s.resubmissions },
        { QStringLiteral("filed_by"), s.filedBy.isEmpty() ? QJsonValue() : QJsonValue(s.filedBy) },
        { QStringLiteral("evidence"), evidence },
        { QStringLiteral("history"), QJsonArray() },
        { QStringLiteral("disputes"), s.disputes },
    };
}

inline ServerChange reviewChange(qint64 seq, qint64 version, const ReviewSpec &s)
{
    ServerChange c;
    c.seq = seq;
    c.entity = QStringLiteral("cet6_review");
    c.key = QString::number(s.id);
    c.version = version;
    c.data = reviewRecord(s);
    return c;
}

} // namespace cet::testing
