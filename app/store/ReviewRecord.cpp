#include "ReviewTypes.h"

#include "Wire.h"

#include <QJsonArray>

namespace cet {

namespace {

QDateTime timeOf(const QJsonValue &v)
{
    return protocol::fromWireTime(v.toString()).value_or(QDateTime());
}

ReviewPerson personOf(const QJsonObject &o)
{
    return { o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("id_type")).toInt(),
             o.value(QStringLiteral("id_number")).toString(), o.value(QStringLiteral("cet4_ticket")).toString() };
}

} // namespace

ReviewRecord ReviewRecord::fromJson(const QJsonObject &o)
{
    ReviewRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.state = o.value(QStringLiteral("state")).toString();
    r.reasonCode = o.value(QStringLiteral("reason_code")).toString();
    r.reason = o.value(QStringLiteral("reason")).toString();
    r.student = personOf(o.value(QStringLiteral("student")).toObject());
    r.typed = personOf(o.value(QStringLiteral("typed")).toObject());
    const QJsonValue score = o.value(QStringLiteral("score"));
    if (score.isObject()) {
        const QJsonObject s = score.toObject();
        r.score = ReviewScore{ s.value(QStringLiteral("ticket")).toString(),
                               s.value(QStringLiteral("name")).toString(),
                               s.value(QStringLiteral("id_number")).toString(),
                               s.value(QStringLiteral("id_type")).toInt(),
                               s.value(QStringLiteral("exam_year")).toInt(),
                               s.value(QStringLiteral("exam_month")).toInt(),
                               s.value(QStringLiteral("total")).toInt() };
    }
    for (const QJsonValue &v : o.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        r.evidence << ReviewEvidence{ e.value(QStringLiteral("n")).toInt(), e.value(QStringLiteral("content_type")).toString(),
                                      e.value(QStringLiteral("size")).toInteger(),
                                      e.value(QStringLiteral("sha256")).toString() };
    }
    for (const QJsonValue &v : o.value(QStringLiteral("history")).toArray()) {
        const QJsonObject h = v.toObject();
        r.history << ReviewHistoryEntry{ h.value(QStringLiteral("state")).toString(),
                                         h.value(QStringLiteral("reason")).toString(),
                                         h.value(QStringLiteral("decided_by")).toString(),
                                         timeOf(h.value(QStringLiteral("decided_at"))),
                                         timeOf(h.value(QStringLiteral("submitted_at"))) };
    }
    for (const QJsonValue &v : o.value(QStringLiteral("disputes")).toArray()) {
        const QJsonObject d = v.toObject();
        r.disputes << ReviewDispute{ d.value(QStringLiteral("by")).toString(), d.value(QStringLiteral("decision")).toString(),
                                     d.value(QStringLiteral("reason")).toString(), timeOf(d.value(QStringLiteral("at"))) };
    }
    r.windowClosesAt = timeOf(o.value(QStringLiteral("window_closes_at")));
    return r;
}

} // namespace cet
