#include "CentralService.h"
#include "CentralStore.h"
#include "JsonWriter.h"
#include "StudentTable.h"

#include <algorithm>

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
    auto rows = studenttable::writeChanges(*m_store, scope.value(), since, limit, w);
    m_store->rollback(); // read only
    if (!rows)
        return rows.error();
    w.endArray();
    w.key(QLatin1StringView("epoch"));
    w.string(s.value().epoch);
    w.key(QLatin1StringView("min_cursor"));
    w.integer(0); // tombstones are kept; compaction is future work
    w.key(QLatin1StringView("more"));
    w.boolean(rows.value().more);
    w.key(QLatin1StringView("next"));
    w.integer(rows.value().count == 0 ? since : rows.value().lastSeq);
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
