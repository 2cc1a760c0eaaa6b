#include "MergePolicies.h"

namespace cet::central {

ObjectVerdict wholeObjectUpsert(const std::optional<ObjectRow> &row, qint64 baseVersion, const QJsonObject &proposed)
{
    if (!row || row->deleted)
        return baseVersion == 0 ? ObjectVerdict::Create : ObjectVerdict::Conflict;
    if (row->data == proposed)
        return ObjectVerdict::Unchanged;
    return baseVersion == row->version ? ObjectVerdict::Update : ObjectVerdict::Conflict;
}

ObjectVerdict wholeObjectDelete(const std::optional<ObjectRow> &row, qint64 baseVersion)
{
    if (!row || row->deleted)
        return ObjectVerdict::Unchanged;
    return baseVersion == row->version ? ObjectVerdict::Delete : ObjectVerdict::Conflict;
}

QList<protocol::FieldConflict> wholeObjectConflicts(const std::optional<ObjectRow> &row, const protocol::Op &op)
{
    const bool live = row && !row->deleted;
    QList<protocol::FieldConflict> out;
    const auto add = [&](const QString &field, const QJsonValue &mine, const QJsonValue &base) {
        const QJsonValue theirs = live ? row->data.value(field) : QJsonValue(QJsonValue::Null);
        const QJsonValue server = theirs.isUndefined() ? QJsonValue(QJsonValue::Null) : theirs;
        if (server == mine)
            return;
        out.append(protocol::FieldConflict{ field, mine, base, server, {}, {} });
    };
    if (op.kind == protocol::Op::Kind::Delete && op.changes.isEmpty()) {
        if (live) {
            for (auto it = row->data.constBegin(); it != row->data.constEnd(); ++it)
                add(it.key(), QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Null));
        }
        return out;
    }
    for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it)
        add(it.key(), op.kind == protocol::Op::Kind::Delete ? QJsonValue(QJsonValue::Null) : it->newValue,
            it->oldValue);
    return out;
}

DecisionVerdict firstDecisionStands(const QJsonValue &recorded, const QJsonValue &proposed)
{
    if (recorded.isNull() || recorded.isUndefined())
        return DecisionVerdict::Take;
    return recorded == proposed ? DecisionVerdict::Same : DecisionVerdict::Conflict;
}

} // namespace cet::central
