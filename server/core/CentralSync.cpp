#include "CentralService.h"
#include "CentralStore.h"
#include "StudentTable.h"

namespace cet::central {

namespace {

struct Scope
{
    QString epoch;
    qint64 lastSeq = 0;
};

Result<Scope> readScope(CentralStore &store, const QString &school)
{
    auto q = store.exec(QStringLiteral("SELECT epoch, last_seq FROM sync_scope WHERE school_code = ?"), { school });
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    return Scope{ q.value().value(0).toString(), q.value().value(1).toLongLong() };
}

} // namespace

Result<protocol::ChangesPage> CentralService::changes(const Session &session, qint64 since, int limit,
                                                      const QString &school)
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
    protocol::ChangesPage page;
    page.epoch = s.value().epoch;
    page.minCursor = 0; // tombstones are kept; compaction is future work
    auto rows = studenttable::changes(*m_store, scope.value(), since, limit + 1);
    m_store->rollback(); // read only
    if (!rows)
        return rows.error();
    page.changes = std::move(rows).value();
    page.more = page.changes.size() > limit;
    if (page.more)
        page.changes.resize(limit);
    page.next = page.changes.isEmpty() ? since : page.changes.constLast().seq;
    return page;
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
    auto students = studenttable::digest(*m_store, scope.value());
    m_store->rollback();
    if (!students)
        return students.error();
    protocol::Digest d;
    d.epoch = s.value().epoch;
    d.lastSeq = s.value().lastSeq;
    d.entities.insert(protocol::kStudentEntity, students.value());
    return d;
}

} // namespace cet::central
