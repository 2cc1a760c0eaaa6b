#include "FastPushParser.h"
#include "JsonWriter.h"
#include "StudentFields.h"
#include "Wire.h"
#include "WireReader.h"

namespace cet::protocol {

using wire::Reader;

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// One entry of an op's "changes": [old, new] with values of the field's type.
Result<FieldChange> parseFieldChange(const QString &entity, const QString &field, const QJsonValue &v,
                                     const QString &path)
{
    if (!v.isArray() || v.toArray().size() != 2)
        return wire::shapeError(path, QStringLiteral("expected [old, new]"));
    const QJsonArray pair = v.toArray();
    if (entity == kStudentEntity) {
        const auto f = studentFieldFromName(field);
        if (!f)
            return wire::shapeError(path, QStringLiteral("unknown field"));
        StudentRecord scratch;
        for (int i = 0; i < 2; ++i) {
            auto set = setStudentField(scratch, *f, pair.at(i), wire::index(path, i));
            if (!set)
                return set.error();
        }
    }
    return FieldChange{ pair.at(0), pair.at(1) };
}

} // namespace

bool isEntityName(QStringView name)
{
    // A letter first, then letters, digits and _ (cet6_review has a digit).
    if (name.isEmpty() || name.size() > kMaxEntityNameLength || !(name.front() >= u'a' && name.front() <= u'z'))
        return false;
    for (const QChar c : name) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

Result<Op> Op::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, true);
    Op op;
    op.opId = r.string(QStringLiteral("op_id"));
    if (!r.failed() && (op.opId.isEmpty() || op.opId.size() > kMaxOpIdLength))
        r.fail(QStringLiteral("op_id"), QStringLiteral("expected 1..%1 characters").arg(kMaxOpIdLength));
    op.entity = r.string(QStringLiteral("entity"));
    if (!r.failed() && !isEntityName(op.entity))
        r.fail(QStringLiteral("entity"),
               QStringLiteral("expected 1..%1 characters of a-z, 0-9 and _, a letter first").arg(kMaxEntityNameLength));
    op.key = r.string(QStringLiteral("key"));
    if (!r.failed() && op.entity == kStudentEntity) {
        auto key = parseStudentKey(op.key, r.path(QStringLiteral("key")));
        if (!key)
            r.fail(key.error());
    } else if (!r.failed() && (op.key.isEmpty() || op.key.size() > kMaxKeyLength)) {
        r.fail(QStringLiteral("key"), QStringLiteral("expected 1..%1 characters").arg(kMaxKeyLength));
    }
    op.baseVersion = r.integer(QStringLiteral("base_version"));
    const QString kind = r.string(QStringLiteral("kind"));
    if (!r.failed()) {
        if (kind == QLatin1String("upsert"))
            op.kind = Kind::Upsert;
        else if (kind == QLatin1String("delete"))
            op.kind = Kind::Delete;
        else
            r.fail(QStringLiteral("kind"), QStringLiteral("expected \"upsert\" or \"delete\""));
    }
    QJsonObject changes;
    if (!r.failed() && (op.kind == Kind::Upsert || r.has(QStringLiteral("changes"))))
        changes = r.object(QStringLiteral("changes"));
    if (auto err = r.finish())
        return *err;
    const QString base = r.path(QStringLiteral("changes"));
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        auto fc = parseFieldChange(op.entity, it.key(), it.value(), wire::join(base, it.key()));
        if (!fc)
            return fc.error();
        op.changes.insert(it.key(), fc.value());
    }
    return op;
}

QJsonObject Op::toJson() const
{
    QJsonObject o{ { QStringLiteral("op_id"), opId },
                   { QStringLiteral("entity"), entity },
                   { QStringLiteral("key"), key },
                   { QStringLiteral("base_version"), double(baseVersion) },
                   { QStringLiteral("kind"), kind == Kind::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete") } };
    if (kind == Kind::Upsert || !changes.isEmpty()) {
        QJsonObject c;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            c.insert(it.key(), QJsonArray{ it->oldValue, it->newValue });
        o.insert(QStringLiteral("changes"), c);
    }
    return o;
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, true);
    PushRequest p;
    if (r.has(QStringLiteral("epoch")))
        p.epoch = r.nullableString(QStringLiteral("epoch"));
    const QJsonArray ops = r.array(QStringLiteral("ops"));
    if (!r.failed() && ops.size() > kMaxOpsPerPush)
        r.fail(Error{ codes::tooLarge,
                      r.path(QStringLiteral("ops")) + QStringLiteral(": more than %1 ops").arg(kMaxOpsPerPush), {} });
    if (!r.failed() && ops.isEmpty())
        r.fail(QStringLiteral("ops"), QStringLiteral("expected 1..%1 ops").arg(kMaxOpsPerPush));
    if (auto err = r.finish())
        return *err;
    const QString base = r.path(QStringLiteral("ops"));
    p.ops.reserve(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const QString at = wire::index(base, i);
        if (!ops.at(i).isObject())
            return wire::shapeError(at, QStringLiteral("expected an object"));
        auto op = Op::fromJson(ops.at(i).toObject(), at);
        if (!op)
            return op.error();
        p.ops.append(std::move(op).value());
    }
    return p;
}

Result<PushRequest> PushRequest::fromBody(const QByteArray &body)
{
    if (auto fast = wire::parsePushFast(body))
        return std::move(*fast);
    auto o = parseObject(body); // refused, or unusual: the general path says which and why
    if (!o)
        return o.error();
    return fromJson(o.value());
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray list;
    for (const Op &op : ops)
        list.append(op.toJson());
    return QJsonObject{ { QStringLiteral("epoch"), nullable(epoch) }, { QStringLiteral("ops"), list } };
}

QByteArray PushRequest::bodyOf(const QString &epoch, const QList<StoredOp> &ops)
{
    // Keys in QJsonObject's (sorted) order, values as toJson().
    JsonWriter w(64 + ops.size() * 800);
    w.beginObject();
    w.key(QLatin1StringView("epoch"));
    if (epoch.isEmpty())
        w.null();
    else
        w.string(epoch);
    w.key(QLatin1StringView("ops"));
    w.beginArray();
    for (const StoredOp &o : ops) {
        const bool noChanges = o.changes.isEmpty() || o.changes == "{}";
        w.beginObject();
        w.key(QLatin1StringView("base_version"));
        w.integer(o.baseVersion);
        if (!o.isDelete || !noChanges) {
            w.key(QLatin1StringView("changes"));
            w.raw(noChanges ? QByteArrayView("{}") : o.changes);
        }
        w.key(QLatin1StringView("entity"));
        w.string(o.entity);
        w.key(QLatin1StringView("key"));
        w.string(o.key);
        w.key(QLatin1StringView("kind"));
        w.string(o.isDelete ? QStringLiteral("delete") : QStringLiteral("upsert"));
        w.key(QLatin1StringView("op_id"));
        w.string(o.opId);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

Result<FieldConflict> FieldConflict::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    FieldConflict c;
    c.field = r.string(QStringLiteral("field"));
    c.mine = r.any(QStringLiteral("mine"));
    c.base = r.any(QStringLiteral("base"));
    c.theirs = r.any(QStringLiteral("theirs"));
    c.changedBy = r.optionalString(QStringLiteral("changed_by"));
    const QString at = r.optionalString(QStringLiteral("changed_at"));
    if (!r.failed() && !at.isEmpty()) {
        const auto t = fromWireTime(at);
        if (!t)
            r.fail(QStringLiteral("changed_at"), QStringLiteral("expected an ISO 8601 UTC time"));
        else
            c.changedAt = *t;
    }
    if (auto err = r.finish())
        return *err;
    return c;
}

QJsonObject FieldConflict::toJson() const
{
    return QJsonObject{ { QStringLiteral("field"), field },
                        { QStringLiteral("mine"), mine },
                        { QStringLiteral("base"), base },
                        { QStringLiteral("theirs"), theirs },
                        { QStringLiteral("changed_by"), nullable(changedBy) },
                        { QStringLiteral("changed_at"), nullable(toWireTime(changedAt)) } };
}

void FieldConflict::writeJson(JsonWriter &w) const
{
    // Keys in QJsonObject's (sorted) order, values as toJson().
    w.beginObject();
    w.key(QLatin1StringView("base"));
    w.value(base);
    w.key(QLatin1StringView("changed_at"));
    if (changedAt.isValid())
        w.string(toWireTime(changedAt));
    else
        w.null();
    w.key(QLatin1StringView("changed_by"));
    if (changedBy.isEmpty())
        w.null();
    else
        w.string(changedBy);
    w.key(QLatin1StringView("field"));
    w.string(field);
    w.key(QLatin1StringView("mine"));
    w.value(mine);
    w.key(QLatin1StringView("theirs"));
    w.value(theirs);
    w.endObject();
}

QString statusName(OpResult::Status s)
{
    switch (s) {
    case OpResult::Status::Applied:
        return QStringLiteral("applied");
    case OpResult::Status::Conflict:
        return QStringLiteral("conflict");
    case OpResult::Status::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

Result<OpResult> OpResult::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    OpResult res;
    res.opId = r.string(QStringLiteral("op_id"));
    const QString status = r.string(QStringLiteral("status"));
    if (!r.failed()) {
        if (status == QLatin1String("applied"))
            res.status = Status::Applied;
        else if (status == QLatin1String("conflict"))
            res.status = Status::Conflict;
        else if (status == QLatin1String("rejected"))
            res.status = Status::Rejected;
        else
            r.fail(QStringLiteral("status"), QStringLiteral("expected applied, conflict or rejected"));
    }
    if (r.has(QStringLiteral("version")))
        res.version = r.integer(QStringLiteral("version"));
    if (r.has(QStringLiteral("seq")))
        res.seq = r.integer(QStringLiteral("seq"));
    QJsonArray conflicts;
    if (r.has(QStringLiteral("conflicts")))
        conflicts = r.array(QStringLiteral("conflicts"));
    if (r.has(QStringLiteral("record")))
        res.record = r.nullableObject(QStringLiteral("record"));
    res.code = r.optionalString(QStringLiteral("code"));
    res.message = r.optionalString(QStringLiteral("message"));
    if (auto err = r.finish())
        return *err;
    const QString base = r.path(QStringLiteral("conflicts"));
    for (qsizetype i = 0; i < conflicts.size(); ++i) {
        const QString at = wire::index(base, i);
        if (!conflicts.at(i).isObject())
            return wire::shapeError(at, QStringLiteral("expected an object"));
        auto c = FieldConflict::fromJson(conflicts.at(i).toObject(), at);
        if (!c)
            return c.error();
        res.conflicts.append(c.value());
    }
    return res;
}

QJsonObject OpResult::toJson() const
{
    QJsonObject o{ { QStringLiteral("op_id"), opId }, { QStringLiteral("status"), statusName(status) } };
    if (status != Status::Rejected) {
        o.insert(QStringLiteral("version"), double(version));
        o.insert(QStringLiteral("seq"), double(seq));
    }
    if (!conflicts.isEmpty()) {
        QJsonArray list;
        for (const FieldConflict &c : conflicts)
            list.append(c.toJson());
        o.insert(QStringLiteral("conflicts"), list);
    }
    if (status != Status::Rejected && record)
        o.insert(QStringLiteral("record"), *record);
    if (!code.isEmpty())
        o.insert(QStringLiteral("code"), code);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

void OpResult::writeJson(JsonWriter &w) const
{
    // Keys in QJsonObject's (sorted) order, values as toJson().
    const bool rejectedResult = status == Status::Rejected;
    w.beginObject();
    if (!code.isEmpty()) {
        w.key(QLatin1StringView("code"));
        w.string(code);
    }
    if (!conflicts.isEmpty()) {
        w.key(QLatin1StringView("conflicts"));
        w.beginArray();
        for (const FieldConflict &c : conflicts)
            c.writeJson(w);
        w.endArray();
    }
    if (!message.isEmpty()) {
        w.key(QLatin1StringView("message"));
        w.string(message);
    }
    w.key(QLatin1StringView("op_id"));
    w.string(opId);
    if (!rejectedResult && record) {
        w.key(QLatin1StringView("record"));
        w.value(*record);
    }
    if (!rejectedResult) {
        w.key(QLatin1StringView("seq"));
        w.integer(seq);
    }
    w.key(QLatin1StringView("status"));
    w.string(statusName(status));
    if (!rejectedResult) {
        w.key(QLatin1StringView("version"));
        w.integer(version);
    }
    w.endObject();
}

Result<PushResponse> PushResponse::fromJson(const QJsonObject &o, const QString &path)
{
    Reader r(o, path, false);
    PushResponse p;
    p.epoch = r.string(QStringLiteral("epoch"));
    const QJsonArray results = r.array(QStringLiteral("results"));
    if (auto err = r.finish())
        return *err;
    const QString base = r.path(QStringLiteral("results"));
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString at = wire::index(base, i);
        if (!results.at(i).isObject())
            return wire::shapeError(at, QStringLiteral("expected an object"));
        auto res = OpResult::fromJson(results.at(i).toObject(), at);
        if (!res)
            return res.error();
        p.results.append(std::move(res).value());
    }
    return p;
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray list;
    for (const OpResult &res : results)
        list.append(res.toJson());
    return QJsonObject{ { QStringLiteral("epoch"), epoch }, { QStringLiteral("results"), list } };
}

QByteArray PushResponse::toBody() const
{
    JsonWriter w(64 + results.size() * 96);
    w.beginObject();
    w.key(QLatin1StringView("epoch"));
    w.string(epoch);
    w.key(QLatin1StringView("results"));
    w.beginArray();
    for (const OpResult &res : results)
        res.writeJson(w);
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace cet::protocol
