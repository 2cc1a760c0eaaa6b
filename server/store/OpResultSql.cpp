#include "OpResultSql.h"

#include "JsonWriter.h"
#include "PgArrays.h"

#include <QJsonDocument>

#include <algorithm>

namespace cet::central::opresultsql {

namespace {
constexpr int kChunk = 50; // rows per multi-row statement
} // namespace

Result<QHash<QString, protocol::OpResult>> find(CentralStore &store, const QString &school, const QStringList &opIds)
{
    static const QString sql = []() -> QString {
        QStringList marks;
        for (int i = 0; i < kChunk; ++i)
            marks << QStringLiteral("?");
        return QStringLiteral("SELECT op_id, result_json FROM op_results WHERE school_code = ? AND op_id IN (%1)")
            .arg(marks.join(QStringLiteral(", ")));
    }();
    // PostgreSQL: one statement, an index probe per op id (OFFSET 0: see studenttable::findMany).
    static const QString pgSql = QStringLiteral("SELECT r.* FROM unnest(?::text[]) AS k(op_id), LATERAL (SELECT op_id, "
                                                "result_json FROM op_results WHERE school_code = ? "
                                                "AND op_id = k.op_id OFFSET 0) AS r");
    QHash<QString, protocol::OpResult> found;
    QList<QVariantList> chunks;
    if (store.isPostgres()) {
        QVariantList ids;
        ids.reserve(opIds.size());
        for (const QString &id : opIds)
            ids.append(id);
        chunks.append({ pg::arrayLiteral(ids), school });
    } else {
        for (qsizetype i = 0; i < opIds.size(); i += kChunk) {
            QVariantList binds{ school };
            for (qsizetype j = i; j < i + kChunk; ++j)
                binds << opIds.at(std::min(j, opIds.size() - 1));
            chunks.append(binds);
        }
    }
    for (const QVariantList &binds : chunks) {
        auto q = store.exec(store.isPostgres() ? pgSql : sql, binds);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QString opId = q.value().value(0).toString();
            auto r = protocol::OpResult::fromJson(
                QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object());
            if (!r)
                return CentralStore::dbError(QStringLiteral("stored result of op %1 is unreadable").arg(opId),
                                             r.error().message);
            found.insert(opId, r.value());
        }
    }
    return found;
}

Result<void> store(CentralStore &store, const QString &school, const QDateTime &now,
                   const QList<protocol::OpResult> &results)
{
    const QString insert = QStringLiteral("INSERT INTO op_results (school_code, op_id, result_json, created_at) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?)");
    static const QString chunkSql = [&]() -> QString {
        QStringList rows;
        for (int i = 0; i < kChunk; ++i)
            rows << row;
        return insert + rows.join(QStringLiteral(", "));
    }();
    const auto bindsOf = [&](QVariantList &b, const protocol::OpResult &r) {
        protocol::JsonWriter w(128);
        r.writeJson(w);
        b << school << r.opId << QString::fromUtf8(w.bytes()) << toMs(now);
    };
    if (store.isPostgres() && !results.isEmpty()) { // one statement, an array per column
        static const QString pgSql = pg::unnestInsert(
            QStringLiteral("op_results"),
            QStringLiteral("school_code op_id result_json created_at").split(QLatin1Char(' ')),
            QStringLiteral("text text text bigint").split(QLatin1Char(' ')));
        pg::ArrayColumns columns(4, results.size());
        for (const protocol::OpResult &r : results) {
            QVariantList binds;
            bindsOf(binds, r);
            columns.append(binds);
        }
        return store.execWrite(pgSql, columns.take());
    }
    qsizetype i = 0;
    for (; i + kChunk <= results.size(); i += kChunk) {
        QVariantList binds;
        for (qsizetype j = i; j < i + kChunk; ++j)
            bindsOf(binds, results.at(j));
        if (auto r = store.execWrite(chunkSql, binds); !r)
            return r;
    }
    for (; i < results.size(); ++i) {
        QVariantList binds;
        bindsOf(binds, results.at(i));
        if (auto r = store.execWrite(insert + row, binds); !r)
            return r;
    }
    return {};
}

Result<qint64> purgeBefore(CentralStore &store, const QDateTime &before)
{
    auto q = store.exec(QStringLiteral("DELETE FROM op_results WHERE created_at < ?"), { toMs(before) });
    if (!q)
        return q.error();
    return qint64(q.value().numRowsAffected());
}

} // namespace cet::central::opresultsql
