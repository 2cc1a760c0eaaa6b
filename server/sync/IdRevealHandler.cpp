#include "IdRevealHandler.h"

#include "Digest.h"
#include "IdMask.h"
#include "StudentFields.h"

#include <QJsonObject>

namespace cet::central {

namespace {

using protocol::OpResult;

const QString kBadReveal = QStringLiteral("id_reveal.invalid");

class IdRevealBatch : public EntityBatch
{
public:
    void plan(const PushScope &, const protocol::Op &, qsizetype) override { }
    Result<void> load(PushScope &) override { return {}; }

    Result<OpResult> apply(PushScope &c, const protocol::Op &op, qsizetype) override
    {
        const auto bad = [&op](const QString &why) { return rejectedResult(op.opId, kBadReveal, why); };
        if (op.kind != protocol::Op::Kind::Upsert || op.baseVersion != 0)
            return bad(QStringLiteral("A reveal is recorded once: an upsert with base_version 0."));
        for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
            if (it.key() != QLatin1String("student") && it.key() != QLatin1String("revealed_at"))
                return bad(QStringLiteral("Unknown field %1 of a reveal.").arg(it.key()));
        }
        const auto student = protocol::parseStudentKey(op.changes.value(QStringLiteral("student")).newValue.toString(),
                                                       QStringLiteral("student"));
        if (!student)
            return bad(student.error().message);
        const auto at = protocol::fromWireTime(op.changes.value(QStringLiteral("revealed_at")).newValue.toString());
        if (!at)
            return bad(QStringLiteral("revealed_at: expected a time like 2026-12-06T08:00:00Z."));
        const protocol::StudentKey &key = student.value();
        const QString masked = protocol::studentKey(key.idType, maskIdNumber(key.idType, key.idNumber));
        c.addAudit(QStringLiteral("student.reveal_id"), protocol::kStudentEntity, masked, std::nullopt,
                   auditJson(QJsonObject{ { QStringLiteral("reveal"), op.key },
                                          { QStringLiteral("revealed_at"), protocol::toWireTime(*at) } }),
                   op.opId);
        OpResult r;
        r.opId = op.opId;
        return r; // applied; no row, no change in the feed
    }

    Result<void> flush(PushScope &) override { return {}; }
};

class EmptyFeed : public FeedCursor
{
public:
    bool atEnd() const override { return true; }
    qint64 seq() const override { return 0; }
    void write(protocol::JsonWriter &) override { }
    Result<void> next() override { return {}; }
};

} // namespace

QString IdRevealHandler::entity() const
{
    return kIdRevealEntity;
}

std::unique_ptr<EntityBatch> IdRevealHandler::newBatch() const
{
    return std::make_unique<IdRevealBatch>();
}

Result<std::unique_ptr<FeedCursor>> IdRevealHandler::openFeed(CentralStore &, const QString &, qint64, int) const
{
    return std::unique_ptr<FeedCursor>(std::make_unique<EmptyFeed>());
}

Result<protocol::EntityDigest> IdRevealHandler::digest(CentralStore &, const QString &) const
{
    protocol::EntityDigest d;
    d.hash = protocol::DigestBuilder().hash();
    return d;
}

} // namespace cet::central
