#include "Audit.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "EntityRegistry.h"
#include "JsonWriter.h"
#include "RegistrationSql.h"
#include "SchoolActivitySql.h"
#include "ScopeSql.h"

#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <vector>

namespace cet::central {

namespace {

Result<scopesql::Scope> readScope(CentralStore &store, const QString &school)
{
    auto s = scopesql::read(store, school);
    if (!s)
        return s.error();
    if (!s.value())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    return *s.value();
}

struct PageWritten
{
    int count = 0;
    qint64 lastSeq = 0;
    bool more = false;
};

// The changes of every entity after `since`, merged in seq order (one sequence per school), at
// most `limit` of them, written as the elements of the page's "changes" array.
Result<PageWritten> writeChanges(CentralStore &store, const QString &school, qint64 since, int limit,
                                 protocol::JsonWriter &w)
{
    std::vector<std::unique_ptr<FeedCursor>> cursors;
    std::vector<const EntityHandler *> handlers;
    for (const auto &h : EntityRegistry::server().all())
        handlers.push_back(h.get());
    std::stable_partition(handlers.begin(), handlers.end(), [](const EntityHandler *h) { return !h->streamsFeed(); });
    for (const EntityHandler *h : handlers) {
        auto cursor = h->openFeed(store, school, since, limit);
        if (!cursor)
            return cursor.error();
        cursors.push_back(std::move(cursor).value());
    }
    PageWritten out;
    while (true) {
        FeedCursor *first = nullptr;
        for (const auto &c : cursors) {
            if (!c->atEnd() && (!first || c->seq() < first->seq()))
                first = c.get();
        }
        if (!first)
            break;
        if (out.count == limit) {
            out.more = true;
            break;
        }
        first->write(w);
        out.lastSeq = first->seq();
        ++out.count;
        if (auto r = first->next(); !r)
            return r.error();
    }
    return out;
}

// The change feed carries full ID numbers, so every page that holds any is on the record: who read
// which school's changes, how many, and the cursor range, so that an auditor can tell what a
// desktop (or an admin reading another school) took away. Empty pages (a desktop polling an
// unchanged school) carry none and are not recorded.
AuditEntry feedReadAudit(const Staff &reader, const QString &school, const QDateTime &at, qint64 since,
                         const PageWritten &page)
{
    AuditEntry e;
    e.at = at;
    e.actor = reader.name;
    e.role = reader.role;
    e.action = reader.school == school ? QStringLiteral("sync.read_changes") : QStringLiteral("sync.read_other_school");
    e.entity = QStringLiteral("sync_scope");
    e.entityKey = school;
    e.school = school;
    e.after = auditJson(QJsonObject{ { QStringLiteral("since"), since },
                                     { QStringLiteral("through"), page.lastSeq },
                                     { QStringLiteral("rows"), page.count },
                                     { QStringLiteral("more"), page.more } });
    return e;
}

} // namespace

Result<QByteArray> CentralService::changesBody(const Session &session, qint64 since, int limit, const QString &school)
{
    auto scope = scopeSchool(session, school);
    if (!scope)
        return scope.error();
    if (since < 0)
        return Error{ protocol::codes::badShape, QStringLiteral("since: expected an integer ≥ 0"), {} };
    if (limit < 1 || limit > protocol::kMaxChangesLimit)
        return Error{ protocol::codes::badShape,
                      QStringLiteral("limit: expected an integer 1..%1").arg(protocol::kMaxChangesLimit), {} };
    if (auto r = m_store->beginSnapshot(); !r)
        return r.error();
    auto s = readScope(*m_store, scope.value());
    if (!s) {
        m_store->rollback();
        return s.error();
    }
    // {"changes": [...], "epoch", "min_cursor", "more", "next"}: the keys in QJsonObject's order, so
    // the bytes are protocol::toBody(ChangesPage::toJson()).
    protocol::JsonWriter w(64 + qsizetype(std::min(limit, 1000)) * 480);
    w.beginObject();
    w.key(QLatin1StringView("changes"));
    w.beginArray();
    auto rows = writeChanges(*m_store, scope.value(), since, limit, w);
    if (!rows) {
        m_store->rollback();
        return rows.error();
    }
    // Only the last page's stamps are read by the desk (the fetches follow the pull).
    std::optional<schoolactivitysql::Stamps> activity;
    if (!rows.value().more) {
        auto latest = schoolactivitysql::latest(*m_store, scope.value());
        if (!latest) {
            m_store->rollback();
            return latest.error();
        }
        activity = latest.value();
    }
    m_store->rollback(); // read only
    // Recorded before the page is answered: a page whose read could not be recorded is not sent.
    if (rows.value().count > 0) {
        if (auto r = writeAudit(*m_store, feedReadAudit(session.staff, scope.value(), now(), since, rows.value())); !r)
            return r.error();
    }
    w.endArray();
    w.key(QLatin1StringView("epoch"));
    w.string(s.value().epoch);
    w.key(QLatin1StringView("min_cursor"));
    w.integer(0); // tombstones are kept; compaction is future work
    w.key(QLatin1StringView("more"));
    w.boolean(rows.value().more);
    w.key(QLatin1StringView("next"));
    w.integer(rows.value().count == 0 ? since : rows.value().lastSeq);
    // The desk fetches seats and registrations (not part of the feed) again only when their stamp
    // moved. A stamp is taken before its transaction commits, so a change with an earlier stamp may
    // still become visible; a stamp younger than the registration cursor's lag is sent as null
    // (unsettled: fetch), which the desk never takes for "unchanged".
    const qint64 settledBefore = registrationsql::changeStamp() - m_registrationCursorLagMs;
    const auto stamp = [&](qint64 at) {
        if (at <= settledBefore)
            w.integer(at);
        else
            w.null();
    };
    if (activity) {
        w.key(QLatin1StringView("school_activity"));
        w.beginObject();
        w.key(QLatin1StringView("registrations"));
        stamp(activity->registrations);
        w.key(QLatin1StringView("seats"));
        stamp(activity->seats);
        w.endObject();
    }
    w.endObject();
    return w.take();
}

Result<protocol::ChangesPage> CentralService::changes(const Session &session, qint64 since, int limit,
                                                      const QString &school)
{
    auto body = changesBody(session, since, limit, school);
    if (!body)
        return body.error();
    auto object = protocol::parseObject(body.value());
    if (!object)
        return object.error();
    return protocol::ChangesPage::fromJson(object.value());
}

Result<protocol::Digest> CentralService::digest(const Session &session, const QString &school)
{
    auto scope = scopeSchool(session, school);
    if (!scope)
        return scope.error();
    if (auto r = m_store->beginSnapshot(); !r)
        return r.error();
    auto s = readScope(*m_store, scope.value());
    if (!s) {
        m_store->rollback();
        return s.error();
    }
    protocol::Digest d;
    d.epoch = s.value().epoch;
    d.lastSeq = s.value().lastSeq;
    for (const auto &h : EntityRegistry::server().all()) {
        auto entity = h->digest(*m_store, scope.value());
        if (!entity) {
            m_store->rollback();
            return entity.error();
        }
        d.entities.insert(h->entity(), entity.value());
    }
    m_store->rollback();
    return d;
}

} // namespace cet::central
