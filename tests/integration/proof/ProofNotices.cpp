// The proof harness's notices: random edits on the desktops, and the checks after convergence.
#include "ProofHarness.h"

#include "NoticeRepository.h"
#include "SyncStore.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

using namespace cet;

namespace proof {

bool Client::editNotice(QRandomGenerator &rng, QString *what)
{
    // Now and then the user settles the notices in conflict, each way.
    if (rng.bounded(4) == 0) {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT id FROM sync_conflicts WHERE entity = 'notice' AND resolved_at IS NULL"));
        QList<qint64> open;
        while (q.next())
            open << q.value(0).toLongLong();
        q.finish();
        for (qint64 id : std::as_const(open)) {
            const bool mine = rng.bounded(2) == 0;
            if (!SyncStore(*m_db).resolveConflict(id, mine ? ConflictChoice::Mine : ConflictChoice::Theirs))
                return false;
            if (what)
                *what += QStringLiteral("resolve notice conflict %1 %2; ").arg(id).arg(mine ? QStringLiteral("mine") : QStringLiteral("theirs"));
        }
    }
    static const QStringList codes{ kSchool, kSchool + QLatin1Char('1'), kSchool + QLatin1Char('2') };
    const QString code = codes.at(rng.bounded(int(codes.size())));
    NoticeRepository repo(*m_db);
    if (rng.bounded(8) == 0) {
        auto r = repo.remove(code);
        if (what)
            *what += QStringLiteral("delete notice %1 → %2").arg(code, r.ok() ? QString::number(r.value()) : r.error().code);
        return r.ok();
    }
    const NoticeText text{ QStringLiteral("通告 %1").arg(rng.bounded(1000)),
                           QStringLiteral("%1 写的正文 %2").arg(m_name).arg(rng.bounded(100000)),
                           QDate(2026, 1, 1 + rng.bounded(28)) };
    auto r = repo.save(code, text);
    if (what)
        *what += QStringLiteral("notice %1 = %2 → %3").arg(code, text.title, r.ok() ? QStringLiteral("ok") : r.error().code);
    return r.ok();
}

QStringList verifyNotices(const ServerView &server, const QList<Client *> &clients)
{
    QStringList failures;
    for (Client *c : clients) {
        const QString who = c->name();
        QSet<QString> conflictOps, openKeys;
        QSqlQuery q(c->db().connection());
        q.exec(QStringLiteral("SELECT op_id, entity_key, resolved_at IS NULL FROM sync_conflicts WHERE entity = 'notice'"));
        while (q.next()) {
            conflictOps.insert(q.value(0).toString());
            if (q.value(2).toBool())
                openKeys.insert(q.value(1).toString());
        }
        q.finish();
        for (const Client::OutboxRow &op : c->outbox()) {
            if (op.entity != QLatin1String("notice"))
                continue;
            if (op.state != QLatin1String("acked") && op.state != QLatin1String("conflict")
                && op.state != QLatin1String("rejected")) {
                failures << QStringLiteral("%1: notice op %2 (%3) still %4").arg(who, op.opId, op.key, op.state);
                continue;
            }
            const auto it = server.opResults.constFind(op.opId);
            if (op.lastError.startsWith(QLatin1String("sync.merged_into_conflict"))) {
                if (it != server.opResults.constEnd())
                    failures << QStringLiteral("%1: notice op %2 merged into a conflict, yet the server has it")
                                    .arg(who, op.opId);
                continue;
            }
            if (it == server.opResults.constEnd()) {
                failures << QStringLiteral("%1: notice op %2 is %3 but the server has no result").arg(who, op.opId, op.state);
                continue;
            }
            const QString serverState = it->status == QLatin1String("applied") ? QStringLiteral("acked") : it->status;
            if (serverState != op.state)
                failures << QStringLiteral("%1: notice op %2 is %3 here, %4 on the server").arg(who, op.opId, op.state, it->status);
            if (op.state == QLatin1String("conflict") && !conflictOps.contains(op.opId))
                failures << QStringLiteral("%1: conflict of notice op %2 not surfaced").arg(who, op.opId);
        }
        const auto digests = SyncStore(c->db()).digests();
        if (!digests.ok()) {
            failures << QStringLiteral("%1: digests: %2").arg(who, digests.error().message);
        } else {
            const LocalDigest d = digests.value().value(QStringLiteral("notice"));
            if (d.count != server.noticeDigestCount || d.hash != server.noticeDigestHash)
                failures << QStringLiteral("%1: notice digest %2/%3, server %4/%5")
                                .arg(who)
                                .arg(d.count)
                                .arg(d.hash)
                                .arg(server.noticeDigestCount)
                                .arg(server.noticeDigestHash);
        }
        auto local = NoticeRepository(c->db()).list();
        if (!local.ok()) {
            failures << QStringLiteral("%1: notices: %2").arg(who, local.error().message);
            continue;
        }
        QHash<QString, Notice> byCode;
        for (const Notice &n : local.value())
            byCode.insert(n.code, n);
        for (const ServerRecord &s : server.notices) {
            if (openKeys.contains(s.key))
                continue;
            const auto l = byCode.constFind(s.key);
            if (s.deleted) {
                if (l != byCode.constEnd())
                    failures << QStringLiteral("%1: notice %2 deleted on the server, here").arg(who, s.key);
                continue;
            }
            if (l == byCode.constEnd()) {
                failures << QStringLiteral("%1: notice %2 missing").arg(who, s.key);
                continue;
            }
            if (l->text != NoticeText::fromJson(s.data) || l->serverVersion != s.version)
                failures << QStringLiteral("%1: notice %2 is “%3” v%4, server “%5” v%6")
                                .arg(who, s.key, l->text.title)
                                .arg(l->serverVersion)
                                .arg(s.data.value(QStringLiteral("title")).toString())
                                .arg(s.version);
        }
        for (const Notice &n : local.value()) {
            if (!openKeys.contains(n.code) && !server.notices.contains(n.code))
                failures << QStringLiteral("%1: notice %2 is not on the server").arg(who, n.code);
        }
    }
    return failures;
}

} // namespace proof
