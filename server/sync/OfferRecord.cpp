#include "OfferRecord.h"

#include <QSet>

namespace cet::central {

namespace {

const QString kCode = QStringLiteral("code");
const QString kName = QStringLiteral("name");
const QString kAddress = QStringLiteral("address");

const QString kCampusCode = QStringLiteral("campus_code");
const QString kSubject = QStringLiteral("subject");
const QString kOffered = QStringLiteral("offered");
const QString kCapacity = QStringLiteral("capacity");
const QString kFee = QStringLiteral("fee_yuan");
const QString kWindowStart = QStringLiteral("window_start");
const QString kWindowEnd = QStringLiteral("window_end");
const QString kExamAt = QStringLiteral("exam_at");
const QString kOpen = QStringLiteral("open_to_other_schools");
const QString kTaken = QStringLiteral("taken");
const QString kPaid = QStringLiteral("paid");

constexpr int kMaxCampusName = 100;
constexpr int kMaxAddress = 300;
constexpr int kMaxCapacity = 1000000;

Error invalid(const QString &code, const QString &message)
{
    return Error{ code, message, {} };
}

// Every field of `fields` present as [old, new], no other field except those of `ignored`.
Result<void> exactFields(const protocol::Op &op, const QStringList &fields, const QStringList &ignored,
                         const QString &code, const QString &entity)
{
    for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
        if (!fields.contains(it.key()) && !ignored.contains(it.key()))
            return invalid(code, QStringLiteral("%1: not a field of %2 (%3)").arg(it.key(), entity, fields.join(u", ")));
    }
    for (const QString &f : fields) {
        if (!op.changes.contains(f))
            return invalid(code, QStringLiteral("%1: missing (an op of %2 carries every field)").arg(f, entity));
    }
    return {};
}

Result<QString> stringField(const protocol::Op &op, const QString &field, const QString &code)
{
    const QJsonValue v = op.changes.value(field).newValue;
    if (!v.isString())
        return invalid(code, QStringLiteral("%1: expected a string").arg(field));
    return v.toString();
}

Result<bool> boolField(const protocol::Op &op, const QString &field)
{
    const QJsonValue v = op.changes.value(field).newValue;
    if (!v.isBool())
        return invalid(offercodes::invalid, QStringLiteral("%1: expected true or false").arg(field));
    return v.toBool();
}

Result<QDateTime> timeField(const protocol::Op &op, const QString &field)
{
    const QJsonValue v = op.changes.value(field).newValue;
    const auto t = v.isString() ? protocol::fromWireTime(v.toString()) : std::nullopt;
    if (!t)
        return invalid(offercodes::invalid, QStringLiteral("%1: expected a time such as 2026-09-01T00:00:00Z").arg(field));
    return *t;
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

} // namespace

QJsonObject CampusRecord::toJson() const
{
    return QJsonObject{ { kCode, code }, { kName, name }, { kAddress, address } };
}

Result<CampusRecord> proposedCampus(const protocol::Op &op, const QString &school)
{
    if (auto r = exactFields(op, { kCode, kName, kAddress }, {}, offercodes::campusInvalid, QStringLiteral("a campus"));
        !r)
        return r.error();
    CampusRecord c;
    for (auto [field, out] : { std::pair{ kCode, &c.code }, std::pair{ kName, &c.name }, std::pair{ kAddress, &c.address } }) {
        auto v = stringField(op, field, offercodes::campusInvalid);
        if (!v)
            return v.error();
        *out = v.value();
    }
    if (c.code != op.key)
        return invalid(offercodes::campusInvalid, QStringLiteral("code: %1 is not the op's key %2").arg(c.code, op.key));
    if (auto r = checkCampusCode(c.code, school); !r)
        return r.error();
    if (auto r = checkCampusName(c.name); !r)
        return r.error();
    if (codePoints(c.name.trimmed()) > kMaxCampusName)
        return invalid(offercodes::campusInvalid, QStringLiteral("name: at most %1 characters").arg(kMaxCampusName));
    if (codePoints(c.address) > kMaxAddress)
        return invalid(offercodes::campusInvalid, QStringLiteral("address: at most %1 characters").arg(kMaxAddress));
    c.name = c.name.trimmed();
    return c;
}

Result<std::pair<QString, QString>> offerKey(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon != key.lastIndexOf(QLatin1Char(':')))
        return invalid(offercodes::invalid, QStringLiteral("key: expected <campus code>:<subject>, got %1").arg(key));
    return std::pair{ key.left(colon), key.mid(colon + 1) };
}

Result<OfferSettings> proposedOffer(const protocol::Op &op)
{
    auto key = offerKey(op.key);
    if (!key)
        return key.error();
    if (auto r = checkOfferSubject(key.value().second); !r)
        return r.error();
    if (auto r = exactFields(op,
                             { kCampusCode, kSubject, kOffered, kCapacity, kFee, kWindowStart, kWindowEnd, kExamAt, kOpen },
                             { kTaken, kPaid }, offercodes::invalid, QStringLiteral("an offer"));
        !r)
        return r.error();
    OfferSettings s;
    auto campus = stringField(op, kCampusCode, offercodes::invalid);
    auto subject = stringField(op, kSubject, offercodes::invalid);
    if (!campus)
        return campus.error();
    if (!subject)
        return subject.error();
    if (campus.value() != key.value().first || subject.value() != key.value().second)
        return invalid(offercodes::invalid,
                       QStringLiteral("campus_code, subject: %1:%2 is not the op's key %3")
                           .arg(campus.value(), subject.value(), op.key));
    s.campusCode = campus.value();
    s.subject = subject.value();
    auto offered = boolField(op, kOffered);
    auto open = boolField(op, kOpen);
    if (!offered)
        return offered.error();
    if (!open)
        return open.error();
    s.offered = offered.value();
    s.openToOtherSchools = open.value();
    const QJsonValue capacity = op.changes.value(kCapacity).newValue;
    if (!capacity.isDouble() || capacity.toDouble() != double(qint64(capacity.toDouble()))
        || capacity.toDouble() > kMaxCapacity || capacity.toDouble() < -kMaxCapacity)
        return invalid(offercodes::invalid, QStringLiteral("capacity: expected a whole number up to %1").arg(kMaxCapacity));
    s.capacity = capacity.toInt();
    auto fee = stringField(op, kFee, offercodes::invalid);
    if (!fee)
        return fee.error();
    auto fen = parseFeeYuan(fee.value());
    if (!fen)
        return fen.error();
    s.feeFen = fen.value();
    for (auto [field, out] : { std::pair{ kWindowStart, &s.windowStart }, std::pair{ kWindowEnd, &s.windowEnd },
                               std::pair{ kExamAt, &s.examAt } }) {
        auto t = timeField(op, field);
        if (!t)
            return t.error();
        *out = t.value();
    }
    return s;
}

QJsonObject offerSettingsJson(const OfferSettings &s)
{
    return QJsonObject{ { kCampusCode, s.campusCode },
                        { kSubject, s.subject },
                        { kOffered, s.offered },
                        { kCapacity, s.capacity },
                        { kFee, formatFeeYuan(s.feeFen) },
                        { kWindowStart, protocol::toWireTime(s.windowStart) },
                        { kWindowEnd, protocol::toWireTime(s.windowEnd) },
                        { kExamAt, protocol::toWireTime(s.examAt) },
                        { kOpen, s.openToOtherSchools } };
}

QJsonObject offerRecordJson(const StoredOffer &o)
{
    QJsonObject j = offerSettingsJson(o.settings);
    j.insert(kTaken, o.taken);
    j.insert(kPaid, o.paid);
    return j;
}

} // namespace cet::central
