#include "Cet4ScoreSql.h"

namespace cet::central::cet4scoresql {

namespace {

// Rows per statement: 7 binds each stays well under SQLite's and libpq's parameter limits, and
// large enough that the per-statement cost disappears on a million-row import.
constexpr int kRowsPerStatement = 400;

QString upsertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO cet4_scores (ticket, id_type, id_number, name, exam_year, exam_month, total) VALUES ");
    const QString one = QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += one;
    }
    sql += QStringLiteral(" ON CONFLICT (ticket, id_number) DO UPDATE SET "
                          "id_type = excluded.id_type, name = excluded.name, exam_year = excluded.exam_year, "
                          "exam_month = excluded.exam_month, total = excluded.total");
    return sql;
}

} // namespace

Result<void> upsert(CentralStore &store, const QList<ScoreRow> &rows)
{
    const QString full = upsertSql(kRowsPerStatement);
    QVariantList binds;
    binds.reserve(kRowsPerStatement * 7);
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(kRowsPerStatement, rows.size() - start);
        binds.clear();
        for (qsizetype i = start; i < start + n; ++i) {
            const ScoreRow &r = rows.at(i);
            binds << r.ticket << r.idType << r.idNumber << r.name << r.examYear << r.examMonth << r.total;
        }
        if (auto w = store.execWrite(n == kRowsPerStatement ? full : upsertSql(int(n)), binds); !w)
            return w.error();
    }
    return {};
}

Result<QList<Cet4ScoreRecord>> findByTicket(CentralStore &store, const QString &ticket)
{
    auto q = store.exec(QStringLiteral("SELECT ticket, id_number, name, exam_year, exam_month, total "
                                       "FROM cet4_scores WHERE ticket = ?"),
                        { ticket });
    if (!q)
        return q.error();
    QList<Cet4ScoreRecord> out;
    while (q.value().next()) {
        Cet4ScoreRecord r;
        r.ticket = q.value().value(0).toString();
        r.idNumber = q.value().value(1).toString();
        r.name = q.value().value(2).toString();
        r.examYear = q.value().value(3).toInt();
        r.examMonth = q.value().value(4).toInt();
        r.totalScore = q.value().value(5).toInt();
        out.append(r);
    }
    return out;
}

Result<qint64> count(CentralStore &store)
{
    auto v = store.scalar(QStringLiteral("SELECT COUNT(*) FROM cet4_scores"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

} // namespace cet::central::cet4scoresql
