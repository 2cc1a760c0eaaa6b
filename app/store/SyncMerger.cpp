#include "SyncMerger.h"

#include "StoreSql.h"
#include "StudentHash.h"
#include "StudentSql.h"
#include "SyncSql.h"

#include <QStringList>

#include <sqlite3.h>

namespace cet::syncsql {

namespace {

constexpr int kFields = static_cast<int>(StudentField::Count_);
constexpr int kDeletedAt = 19; // the column after studentsql::selectColumns() in m_local

} // namespace

Merger::Merger(QSqlDatabase db) : m_db(db) { }

Error Merger::failed(const QString &code) const
{
    return lite::error(m_h, code);
}

Result<void> Merger::prepare()
{
    auto h = lite::handle(m_db);
    if (!h)
        return h.error();
    m_h = h.value();
    m_now = sql::nowText();
    QStringList cols, marks, sets;
    for (int f = 0; f < kFields; ++f) {
        const QString &c = columnName(StudentField(f));
        cols << c;
        marks << QStringLiteral("?%1").arg(f + 1);
        if (!isIdentity(StudentField(f)))
            sets << c + QStringLiteral(" = ?%1").arg(sets.size() + 1);
    }
    const bool ok = m_base.prepare(m_h, "SELECT server_version, data_json FROM student_base WHERE entity_key = ?1")
        && m_local.prepare(m_h, QStringLiteral("SELECT %1, deleted_at FROM students"
                                               " WHERE id_type = ?1 AND id_number = ?2")
                                    .arg(studentsql::selectColumns()))
        // +state: look the record up through outbox_entity, never walk outbox_state.
        && m_pending.prepare(m_h, QStringLiteral("SELECT kind, changes FROM outbox WHERE entity = 'student'"
                                                 " AND entity_key = ?1 AND +state IN %1")
                                      .arg(QLatin1String(kPendingStates)))
        && m_conflicts.prepare(m_h, "SELECT field FROM sync_conflicts WHERE entity = 'student' AND entity_key = ?1"
                                    " AND resolved_at IS NULL")
        && m_insert.prepare(m_h, QStringLiteral("INSERT INTO students (%1, row_version, server_version, created_at,"
                                                " updated_at, content_hash) VALUES (%2, 1, ?16, ?17, ?17, ?18)")
                                     .arg(cols.join(u", "), marks.join(u", ")))
        && m_update.prepare(m_h, QStringLiteral("UPDATE students SET %1, server_version = ?14, deleted_at = ?15,"
                                                " row_version = row_version + 1, updated_at = ?16, content_hash = ?17"
                                                " WHERE id = ?18").arg(sets.join(u", ")))
        && m_version.prepare(m_h, "UPDATE students SET server_version = ?1 WHERE id = ?2")
        && m_softDelete.prepare(m_h, "UPDATE students SET deleted_at = ?1, updated_at = ?1, server_version = ?2,"
                                     " row_version = row_version + 1 WHERE id = ?3 AND deleted_at IS NULL")
        && m_putBase.prepare(m_h, "INSERT OR REPLACE INTO student_base (entity_key, server_version, data_json)"
                                  " VALUES (?1, ?2, ?3)")
        && m_confirm.prepare(m_h, "UPDATE students SET server_version = ?1 WHERE id_type = ?2 AND id_number = ?3"
                                  " AND deleted_at IS NULL AND content_hash = ?4 AND server_version < ?1"
                                  " AND NOT EXISTS (SELECT 1 FROM student_base WHERE entity_key = ?5"
                                  " AND server_version >= ?1)");
    if (!ok)
        return failed(QStringLiteral("store.query_failed"));
    return {};
}

Result<Merger::Protection> Merger::protectedFields(const QString &key)
{
    Protection p;
    if (!m_anyPending) {
        // Asked once, when the first merge needs it (confirm() never does). +entity: through
        // outbox_state, not a walk of every student op (acknowledged ones included).
        lite::Statement any;
        if (!any.prepare(m_h, QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE +entity = 'student'"
                                             " AND state IN %1)"
                                             " OR EXISTS (SELECT 1 FROM sync_conflicts WHERE entity = 'student' AND resolved_at IS NULL)")
                                  .arg(QLatin1String(kPendingStates)))
            || !any.step())
            return failed(QStringLiteral("store.query_failed"));
        m_anyPending = any.columnInt(0) != 0;
    }
    if (!*m_anyPending)
        return p;
    // Steps a bound statement through its rows; reset either way.
    const auto eachRow = [this](lite::Statement &st, const auto &onRow) -> Result<void> {
        for (;;) {
            if (!st.step()) {
                const Error e = failed(QStringLiteral("store.query_failed"));
                st.reset();
                return e;
            }
            if (!st.hasRow())
                break;
            onRow();
        }
        st.reset();
        return {};
    };
    m_pending.bindText(1, key);
    if (auto r = eachRow(m_pending, [&] {
            if (m_pending.columnUtf8(0) == "delete")
                p.fields.insert(QStringLiteral("*"));
            else
                p.pendingUpsert = true;
            const QJsonObject changes = parseObject(m_pending.columnUtf8(1));
            for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
                p.fields.insert(it.key());
        });
        !r)
        return r.error();
    m_conflicts.bindText(1, key);
    if (auto r = eachRow(m_conflicts, [&] { p.fields.insert(m_conflicts.columnText(0)); }); !r)
        return r.error();
    return p;
}

Result<void> Merger::softDelete(qint64 rowId, qint64 version, const QString &now)
{
    m_softDelete.bindText(1, now);
    m_softDelete.bindInt(2, version);
    m_softDelete.bindInt(3, rowId);
    if (!m_softDelete.run())
        return failed();
    return {};
}

Result<void> Merger::putBase(const QString &key, qint64 version, const QByteArray &dataJson)
{
    m_putBase.bindText(1, key);
    m_putBase.bindInt(2, version);
    m_putBase.bindUtf8(3, dataJson.constData(), dataJson.size());
    if (!m_putBase.run())
        return failed();
    return {};
}

Result<void> Merger::settleRejected(const QString &key)
{
    IdType type;
    QString number;
    if (!parseKey(key, type, number))
        return {};
    m_base.bindText(1, key);
    if (!m_base.step()) {
        const Error e = failed(QStringLiteral("store.query_failed"));
        m_base.reset();
        return e;
    }
    if (!m_base.hasRow()) {
        m_base.reset();
        return {};
    }
    const qint64 version = m_base.columnInt(0);
    const bool tombstone = parseObject(m_base.columnUtf8(1)).isEmpty();
    m_base.reset();
    if (!tombstone)
        return {};
    auto prot = protectedFields(key);
    if (!prot)
        return prot.error();
    if (prot.value().pendingUpsert)
        return {};
    m_local.bindInt(1, int(type));
    m_local.bindText(2, number);
    if (!m_local.step()) {
        const Error e = failed(QStringLiteral("store.query_failed"));
        m_local.reset();
        return e;
    }
    std::optional<qint64> liveId;
    if (m_local.hasRow() && m_local.columnIsNull(kDeletedAt))
        liveId = m_local.columnInt(0);
    m_local.reset();
    if (liveId)
        return softDelete(*liveId, version, m_now);
    return {};
}

Result<bool> Merger::confirm(const QString &key, qint64 version, const QJsonObject &data)
{
    IdType type;
    QString number;
    if (data.isEmpty() || !parseKey(key, type, number))
        return false;
    return confirm(key, version, recordOf(type, number, data), compactUtf8(data));
}

Result<bool> Merger::confirm(const QString &key, qint64 version, const StudentRecord &server,
                             const QByteArray &dataJson)
{
    m_confirm.bindInt(1, version);
    m_confirm.bindInt(2, int(server.idType));
    m_confirm.bindText(3, server.idNumber);
    m_confirm.bindInt(4, qint64(studentContentHash(server)));
    m_confirm.bindText(5, key);
    if (!m_confirm.run())
        return failed();
    if (sqlite3_changes(m_h) != 1)
        return false;
    if (auto r = putBase(key, version, dataJson); !r)
        return r.error();
    return true;
}

Result<bool> Merger::merge(const QString &key, qint64 version, bool deleted, const QJsonObject &data,
                           const StudentRecord *record, const QByteArray *dataJson)
{
    IdType type;
    QString number;
    if (!parseKey(key, type, number))
        return false;
    m_base.bindText(1, key);
    if (!m_base.step()) {
        const Error e = failed(QStringLiteral("store.query_failed"));
        m_base.reset();
        return e;
    }
    const bool known = m_base.hasRow() && m_base.columnInt(0) >= version;
    m_base.reset();
    if (known)
        return false;

    auto prot = protectedFields(key);
    if (!prot)
        return prot.error();
    const QSet<QString> &keep = prot.value().fields;

    m_local.bindInt(1, int(type));
    m_local.bindText(2, number);
    if (!m_local.step()) {
        const Error e = failed(QStringLiteral("store.query_failed"));
        m_local.reset();
        return e;
    }
    std::optional<StudentRecord> local;
    bool localDeleted = false;
    if (m_local.hasRow()) {
        local = readRow(m_local);
        localDeleted = !m_local.columnIsNull(kDeletedAt);
    }
    m_local.reset();
    const QString &now = m_now;

    if (deleted || data.isEmpty()) {
        // The delete lands even over open conflicts (they stay open and show that the record was
        // deleted on the server); only a pending upsert keeps the record, as the server brings
        // it back when that op arrives.
        if (local && !localDeleted && !prot.value().pendingUpsert) {
            if (auto r = softDelete(local->id, version, now); !r)
                return r.error();
        }
        if (auto r = putBase(key, version, QByteArrayLiteral("{}")); !r)
            return r.error();
        return true;
    }

    if (!local) {
        const StudentRecord r = record ? *record : recordOf(type, number, data);
        for (int f = 0; f < kFields; ++f)
            bindField(m_insert, f + 1, r, StudentField(f));
        m_insert.bindInt(16, version);
        m_insert.bindText(17, now);
        m_insert.bindInt(18, qint64(studentContentHash(r)));
        if (!m_insert.run())
            return failed(QStringLiteral("store.insert_failed"));
    } else {
        StudentRecord merged = *local;
        const bool keepAll = keep.contains(QStringLiteral("*"));
        if (!keepAll) {
            QJsonObject take;
            for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
                if (!keep.contains(it.key()))
                    take.insert(it.key(), it.value());
            }
            setFromJson(merged, take);
            merged.idType = type;
            merged.idNumber = number;
        }
        // Deleted here (by us or by an earlier tombstone) and live on the server: back, unless our
        // own delete is still on its way.
        const bool resurrect = localDeleted && !keepAll;
        const bool changed = !merged.sameContent(*local) || resurrect;
        if (!changed && local->serverVersion != version) {
            // Only the version moved (an acknowledged op, an echo): leave the row's data, its
            // indexes and row_version alone.
            m_version.bindInt(1, version);
            m_version.bindInt(2, local->id);
            if (!m_version.run())
                return failed();
        } else if (changed) {
            int i = 1;
            for (int f = 0; f < kFields; ++f) {
                if (!isIdentity(StudentField(f)))
                    bindField(m_update, i++, merged, StudentField(f));
            }
            m_update.bindInt(14, version);
            if (localDeleted && !resurrect)
                m_update.bindText(15, now);
            else
                m_update.bindNull(15);
            m_update.bindText(16, now);
            m_update.bindInt(17, qint64(studentContentHash(merged)));
            m_update.bindInt(18, local->id);
            if (!m_update.run())
                return failed();
        }
    }
    if (auto r = putBase(key, version, dataJson ? *dataJson : compactUtf8(data)); !r)
        return r.error();
    return true;
}

} // namespace cet::syncsql
