#include "Wire.h"
#include "WireReader.h"

namespace cet::protocol {

using wire::Reader;

Result<Change> Change::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    Change c;
    c.seq = r.integer(QStringLiteral("seq"), 1);
    c.entity = r.string(QStringLiteral("entity"));
    c.key = r.string(QStringLiteral("key"));
    c.version = r.integer(QStringLiteral("version"));
    c.deleted = r.boolean(QStringLiteral("deleted"));
    c.originOpId = r.nullableString(QStringLiteral("origin_op_id"));
    c.changedBy = r.string(QStringLiteral("changed_by"));
    c.changedAt = r.time(QStringLiteral("changed_at"));
    c.data = r.nullableObject(QStringLiteral("data"));
    if (auto err = r.finish())
        return *err;
    return c;
}

QJsonObject Change::toJson() const
{
    return QJsonObject{
        { QStringLiteral("seq"), double(seq) },
        { QStringLiteral("entity"), entity },
        { QStringLiteral("key"), key },
        { QStringLiteral("version"), double(version) },
        { QStringLiteral("deleted"), deleted },
        { QStringLiteral("origin_op_id"), originOpId.isEmpty() ? QJsonValue() : QJsonValue(originOpId) },
        { QStringLiteral("changed_by"), changedBy },
        { QStringLiteral("changed_at"), toWireTime(changedAt) },
        { QStringLiteral("data"), data ? QJsonValue(*data) : QJsonValue() },
    };
}

Result<ChangesPage> ChangesPage::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    ChangesPage p;
    p.epoch = r.string(QStringLiteral("epoch"));
    const QJsonArray changes = r.array(QStringLiteral("changes"));
    p.next = r.integer(QStringLiteral("next"));
    p.more = r.boolean(QStringLiteral("more"));
    p.minCursor = r.integer(QStringLiteral("min_cursor"));
    if (r.has(QStringLiteral("school_activity"))) {
        const QJsonObject a = r.object(QStringLiteral("school_activity"));
        Reader ar(a, r.path(QStringLiteral("school_activity")), false);
        SchoolActivity activity;
        activity.registrations = ar.nullableInteger(QStringLiteral("registrations"));
        activity.seats = ar.nullableInteger(QStringLiteral("seats"));
        if (auto err = ar.finish())
            return *err;
        p.activity = activity;
    }
    if (auto err = r.finish())
        return *err;
    const QString base = r.path(QStringLiteral("changes"));
    p.changes.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString at = wire::index(base, i);
        if (!changes.at(i).isObject())
            return wire::shapeError(at, QStringLiteral("expected an object"));
        auto c = Change::fromJson(changes.at(i).toObject(), at);
        if (!c)
            return c.error();
        p.changes.append(std::move(c).value());
    }
    return p;
}

QJsonObject ChangesPage::toJson() const
{
    QJsonArray list;
    for (const Change &c : changes)
        list.append(c.toJson());
    QJsonObject o{ { QStringLiteral("epoch"), epoch },
                   { QStringLiteral("changes"), list },
                   { QStringLiteral("next"), double(next) },
                   { QStringLiteral("more"), more },
                   { QStringLiteral("min_cursor"), double(minCursor) } };
    if (activity) {
        const auto stamp = [](const std::optional<qint64> &v) { return v ? QJsonValue(double(*v)) : QJsonValue(); };
        o.insert(QStringLiteral("school_activity"),
                 QJsonObject{ { QStringLiteral("registrations"), stamp(activity->registrations) },
                              { QStringLiteral("seats"), stamp(activity->seats) } });
    }
    return o;
}

Result<Digest> Digest::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    Digest d;
    d.epoch = r.string(QStringLiteral("epoch"));
    d.lastSeq = r.integer(QStringLiteral("last_seq"));
    const QJsonObject entities = r.object(QStringLiteral("entities"));
    if (auto err = r.finish())
        return *err;
    const QString base = r.path(QStringLiteral("entities"));
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        const QString at = wire::join(base, it.key());
        if (!it.value().isObject())
            return wire::shapeError(at, QStringLiteral("expected an object"));
        Reader e(it.value().toObject(), at, false);
        EntityDigest ed;
        ed.count = e.integer(QStringLiteral("count"));
        ed.maxSeq = e.integer(QStringLiteral("max_seq"));
        ed.hash = e.string(QStringLiteral("hash"));
        if (auto err = e.finish())
            return *err;
        d.entities.insert(it.key(), ed);
    }
    return d;
}

QJsonObject Digest::toJson() const
{
    QJsonObject entityObjects;
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it)
        entityObjects.insert(it.key(), QJsonObject{ { QStringLiteral("count"), double(it->count) },
                                                    { QStringLiteral("max_seq"), double(it->maxSeq) },
                                                    { QStringLiteral("hash"), it->hash } });
    return QJsonObject{ { QStringLiteral("epoch"), epoch },
                        { QStringLiteral("last_seq"), double(lastSeq) },
                        { QStringLiteral("entities"), entityObjects } };
}

} // namespace cet::protocol
