// The checks that prove nothing was lost or doubled (see ProofHarness.h).
#include "ProofHarness.h"

#include "../store/PackedStudentRows.h"

#include "DbUrl.h"
#include "IdNumber.h"
#include "StudentFields.h"
#include "StudentImportRepository.h"
#include "StudentRepository.h"
#include "SyncHttp.h"
#include "SyncStore.h"
#include "Wire.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace cet;

namespace proof {

namespace {

QString stateFor(const QString &serverStatus)
{
    if (serverStatus == QLatin1String("applied"))
        return QStringLiteral("acked");
    return serverStatus; // conflict | rejected
}

bool sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    const auto f = protocol::studentFieldFromName(field);
    if (!f)
        return a == b;
    return protocol::sameFieldValue(*f, a, b);
}

QString show(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

QStringList verifyConverged(const ServerView &server, const QList<Client *> &clients)
{
    QStringList failures;
    if (server.opResultRows != server.opResults.size())
        failures << QStringLiteral("server: %1 op_results rows for %2 op ids (an op stored twice)")
                        .arg(server.opResultRows)
                        .arg(server.opResults.size());
    if (server.liveCount != server.digestCount)
        failures << QStringLiteral("server: %1 live records in the changes feed, digest says %2")
                        .arg(server.liveCount)
                        .arg(server.digestCount);

    QSet<QString> clientOps;
    for (Client *c : clients) {
        const QString who = c->name();
        // 1. Nothing pending; every op's outcome is the server's.
        QSet<QString> openConflictFields; // key|field
        QSet<QString> surfaced;           // op|field
        for (const Client::ConflictRow &k : c->conflicts()) {
            surfaced.insert(k.opId + QLatin1Char('|') + k.field);
            if (!k.resolved)
                openConflictFields.insert(k.key + QLatin1Char('|') + k.field);
        }
        for (const Client::OutboxRow &op : c->outbox()) {
            if (op.entity == QLatin1String("student_import")) {
                if (op.state != QLatin1String("expanded"))
                    failures << QStringLiteral("%1: import entry %2 still %3").arg(who, op.opId, op.state);
                continue;
            }
            if (clientOps.contains(op.opId))
                failures << QStringLiteral("%1: op id %2 also made by another client").arg(who, op.opId);
            clientOps.insert(op.opId);
            if (op.entity == QLatin1String("notice"))
                continue; // verifyNotices
            if (op.state != QLatin1String("acked") && op.state != QLatin1String("conflict")
                && op.state != QLatin1String("rejected")) {
                failures << QStringLiteral("%1: op %2 (%3) still %4").arg(who, op.opId, op.key, op.state);
                continue;
            }
            const auto it = server.opResults.constFind(op.opId);
            if (it == server.opResults.constEnd()) {
                failures << QStringLiteral("%1: op %2 is %3 but the server has no result for it")
                                .arg(who, op.opId, op.state);
                continue;
            }
            if (stateFor(it->status) != op.state)
                failures << QStringLiteral("%1: op %2 is %3 locally, %4 on the server").arg(who, op.opId, op.state, it->status);
            // 2. Every conflict the server reported is surfaced.
            const QJsonArray conflicts = it->json.value(QStringLiteral("conflicts")).toArray();
            for (const QJsonValue &v : conflicts) {
                const QString field = v.toObject().value(QStringLiteral("field")).toString();
                if (!surfaced.contains(op.opId + QLatin1Char('|') + field))
                    failures << QStringLiteral("%1: conflict on %2.%3 (op %4) not in sync_conflicts")
                                    .arg(who, op.key, field, op.opId);
            }
        }
        // 3. Same records as the server.
        const auto digest = SyncStore(c->db()).digest();
        if (!digest.ok()) {
            failures << QStringLiteral("%1: digest: %2").arg(who, digest.error().message);
        } else if (digest.value().count != server.digestCount || digest.value().hash != server.digestHash) {
            failures << QStringLiteral("%1: digest %2/%3, server %4/%5")
                            .arg(who)
                            .arg(digest.value().count)
                            .arg(digest.value().hash)
                            .arg(server.digestCount)
                            .arg(server.digestHash);
        }
        for (const QString &dup : c->duplicateKeys())
            failures << QStringLiteral("%1: natural key %2 twice").arg(who, dup);
        QHash<QString, StudentRecord> local;
        for (const StudentRecord &r : c->liveRecords())
            local.insert(protocol::studentKey(r), r);
        for (const ServerRecord &s : server.records) {
            if (s.deleted) {
                if (local.contains(s.key))
                    failures << QStringLiteral("%1: %2 deleted on the server, live here").arg(who, s.key);
                continue;
            }
            const auto l = local.constFind(s.key);
            if (l == local.constEnd()) {
                failures << QStringLiteral("%1: %2 missing").arg(who, s.key);
                continue;
            }
            if (l->serverVersion != s.version)
                failures << QStringLiteral("%1: %2 at server version %3, server %4").arg(who, s.key).arg(l->serverVersion).arg(s.version);
            const QJsonObject mine = protocol::studentToJson(*l);
            for (const QString &field : protocol::studentFieldNames()) {
                if (openConflictFields.contains(s.key + QLatin1Char('|') + field))
                    continue;
                if (!sameValue(field, mine.value(field), s.data.value(field)))
                    failures << QStringLiteral("%1: %2.%3 = %4, server %5")
                                    .arg(who, s.key, field, show(mine.value(field)), show(s.data.value(field)));
            }
        }
        for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
            const auto s = server.records.constFind(it.key());
            if (s == server.records.constEnd())
                failures << QStringLiteral("%1: %2 is not on the server").arg(who, it.key());
        }
    }
    failures += verifyNotices(server, clients);
    // 4. No op the server knows that no client made.
    for (auto it = server.opResults.constBegin(); it != server.opResults.constEnd(); ++it) {
        if (!clientOps.contains(it.key()))
            failures << QStringLiteral("server: result for op %1 that no client has").arg(it.key());
    }
    return failures;
}

QStringList verifyReplay(const ServerView &server, const QList<Client *> &clients, const QHash<QString, QJsonObject> &initial)
{
    QStringList failures;
    struct Applied
    {
        qint64 seq;
        Client::OutboxRow op;
        QString client;
    };
    QList<Applied> applied;
    for (Client *c : clients) {
        for (const Client::OutboxRow &op : c->outbox()) {
            if (op.entity != QLatin1String("student"))
                continue;
            const auto it = server.opResults.constFind(op.opId);
            if (it == server.opResults.constEnd() || it->seq <= 0)
                continue;
            applied.append({it->seq, op, c->name()});
        }
    }
    std::sort(applied.begin(), applied.end(), [](const Applied &a, const Applied &b) { return a.seq < b.seq; });
    for (int i = 1; i < applied.size(); ++i) {
        if (applied[i].seq == applied[i - 1].seq)
            failures << QStringLiteral("replay: ops %1 and %2 share seq %3")
                            .arg(applied[i - 1].op.opId, applied[i].op.opId)
                            .arg(applied[i].seq);
    }
    QHash<QString, QJsonObject> model = initial;
    QHash<QString, QJsonObject> graves; // deleted records' last data: an upsert brings them back from it
    for (const Applied &a : std::as_const(applied)) {
        const Client::OutboxRow &op = a.op;
        if (op.kind == QLatin1String("delete")) {
            if (model.contains(op.key))
                graves.insert(op.key, model.take(op.key));
            continue;
        }
        const bool exists = model.contains(op.key);
        QJsonObject &row = model[op.key];
        if (!exists)
            row = graves.value(op.key);
        const QJsonArray conflicts = server.opResults.value(op.opId).json.value(QStringLiteral("conflicts")).toArray();
        QSet<QString> conflictFields;
        for (const QJsonValue &v : conflicts)
            conflictFields.insert(v.toObject().value(QStringLiteral("field")).toString());
        for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            const QJsonValue oldValue = pair.at(0);
            const QJsonValue newValue = pair.at(1);
            if (!exists) {
                row.insert(it.key(), newValue);
            } else if (sameValue(it.key(), row.value(it.key()), oldValue)) {
                if (conflictFields.contains(it.key()))
                    failures << QStringLiteral("replay: op %1 (%2) field %3 reported as conflict but the base matched")
                                    .arg(op.opId, a.client, it.key());
                row.insert(it.key(), newValue);
            } else if (!sameValue(it.key(), row.value(it.key()), newValue) && !conflictFields.contains(it.key())) {
                failures << QStringLiteral("replay: op %1 (%2) field %3: server had %4, op expected %5, not reported as conflict")
                                .arg(op.opId, a.client, it.key(), show(row.value(it.key())), show(oldValue));
            }
        }
        if (!exists) {
            // A create: the key gives the identity; fields it does not name are empty.
            if (auto k = protocol::parseStudentKey(op.key); k.ok()) {
                row.insert(QStringLiteral("id_type"), int(k.value().idType));
                row.insert(QStringLiteral("id_number"), k.value().idNumber);
            }
            for (const QString &field : protocol::studentFieldNames()) {
                if (!row.contains(field))
                    row.insert(field, QJsonValue());
            }
        }
    }
    int live = 0;
    for (const ServerRecord &s : server.records) {
        if (s.deleted) {
            if (model.contains(s.key))
                failures << QStringLiteral("replay: %1 deleted on the server, live in the replay").arg(s.key);
            continue;
        }
        ++live;
        const auto m = model.constFind(s.key);
        if (m == model.constEnd()) {
            failures << QStringLiteral("replay: %1 on the server, not in the replay").arg(s.key);
            continue;
        }
        for (const QString &field : protocol::studentFieldNames()) {
            if (!sameValue(field, m->value(field), s.data.value(field)))
                failures << QStringLiteral("replay: %1.%2 = %3 on the server, %4 by replay")
                                .arg(s.key, field, show(s.data.value(field)), show(m->value(field)));
        }
    }
    if (live != model.size())
        failures << QStringLiteral("replay: %1 live records by replay, %2 on the server").arg(model.size()).arg(live);
    return failures;
}
} // namespace proof
