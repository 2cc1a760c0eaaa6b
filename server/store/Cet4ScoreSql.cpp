#include "Cet4ScoreSql.h"

namespace cet::central::cet4scoresql {

namespace {

// Rows per statement: 7 binds each stays well under SQLite's and libpq's parameter limits, and
// large enough that the per-statement cost disappears on a million-row import.
constexpr int kRowsPerStatement = 400;

// A row already stored is rewritten only when it changed: re-importing the same million rows
// then writes nothing (on PostgreSQL every update is a new row version and new index entries).
const QString kMerge
    = QStringLiteral(" ON CONFLICT (ticket, id_number) DO UPDATE SET id_type = excluded.id_type, name = excluded.name, "
                     "exam_year = excluded.exam_year, exam_month = excluded.exam_month, total = excluded.total "
                     "WHERE cet4_scores.id_type <> excluded.id_type OR cet4_scores.name <> excluded.name "
                     "OR cet4_scores.exam_year <> excluded.exam_year OR cet4_scores.exam_month <> excluded.exam_month "
                     "OR cet4_scores.total <> excluded.total");

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
    sql += kMerge;
    return sql;
}

// A text value in COPY's text format.
void appendCopyText(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

// PostgreSQL: COPY into a temporary table, then one INSERT … SELECT that merges it. Binding 7
// parameters a row costs about 50 µs a row through the extended protocol; COPY a few.
// An empty table (the first import) takes the rows straight: nothing to merge with, and the caller
// has refused a file that repeats a key.
Result<void> upsertByCopy(CentralStore &store, const QList<ScoreRow> &rows)
{
    auto any = store.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cet4_scores LIMIT 1) AS t"));
    if (!any)
        return any.error();
    const bool empty = any.value().toLongLong() == 0;
    if (!empty) {
        if (auto r = store.exec(QStringLiteral("CREATE TEMP TABLE cet4_scores_in (LIKE cet4_scores) ON COMMIT DROP"));
            !r)
            return r.error();
    }
    qsizetype next = 0;
    auto chunk = [&]() {
        QByteArray out;
        const qsizetype end = std::min<qsizetype>(rows.size(), next + 20000);
        out.reserve((end - next) * 80);
        for (; next < end; ++next) {
            const ScoreRow &r = rows.at(next);
            appendCopyText(out, r.ticket);
            out += '\t' + QByteArray::number(r.idType) + '\t';
            appendCopyText(out, r.idNumber);
            out += '\t';
            appendCopyText(out, r.name);
            out += '\t' + QByteArray::number(r.examYear) + '\t' + QByteArray::number(r.examMonth) + '\t'
                + QByteArray::number(r.total) + '\n';
        }
        return out;
    };
    const QString table = empty ? QStringLiteral("cet4_scores") : QStringLiteral("cet4_scores_in");
    if (auto r = store.copyIn(
            QStringLiteral("COPY %1 (ticket, id_type, id_number, name, exam_year, exam_month, total) FROM STDIN")
                .arg(table),
            chunk);
        !r)
        return r;
    if (empty)
        return {};
    auto merged = store.exec(
        QStringLiteral("INSERT INTO cet4_scores (ticket, id_type, id_number, name, exam_year, exam_month, total) "
                       "SELECT ticket, id_type, id_number, name, exam_year, exam_month, total FROM cet4_scores_in "
                       "ORDER BY ticket, id_number")
        + kMerge);
    if (!merged)
        return merged.error();
    if (auto r = store.exec(QStringLiteral("DROP TABLE cet4_scores_in")); !r)
        return r.error();
    return {};
}

// The index by ID number (Schema.cpp) is rebuilt after a first import instead of kept up to date
// row by row: a million inserts in random ID order into it cost SQLite 25 s of CPU, building it
// from the finished table a second or two.
const QString kDropIdIndex = QStringLiteral("DROP INDEX cet4_scores_id_number");
const QString kCreateIdIndex = QStringLiteral("CREATE INDEX cet4_scores_id_number ON cet4_scores (id_number)");
constexpr qsizetype kRebuildIndexFrom = 10000;

Result<void> upsertByStatements(CentralStore &store, const QList<ScoreRow> &rows);

} // namespace

Result<void> upsert(CentralStore &store, const QList<ScoreRow> &rows)
{
    if (store.isPostgres())
        return upsertByCopy(store, rows);
    bool rebuild = false;
    if (rows.size() >= kRebuildIndexFrom) {
        auto any = store.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM cet4_scores LIMIT 1) AS t"));
        if (!any)
            return any.error();
        rebuild = any.value().toLongLong() == 0;
    }
    if (rebuild) {
        if (auto r = store.exec(kDropIdIndex); !r)
            return r.error();
    }
    if (auto r = upsertByStatements(store, rows); !r)
        return r;
    if (rebuild) {
        if (auto r = store.exec(kCreateIdIndex); !r)
            return r.error();
    }
    return {};
}

namespace {

Result<void> upsertByStatements(CentralStore &store, const QList<ScoreRow> &rows)
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

} // namespace

namespace {

ScoreRow readScoreRow(const QSqlQuery &r)
{
    return ScoreRow { r.value(0).toString(), r.value(1).toInt(), r.value(2).toString(), r.value(3).toString(),
        r.value(4).toInt(), r.value(5).toInt(), r.value(6).toInt() };
}

} // namespace

Result<QList<ScoreRow>> rowsByTicket(CentralStore &store, const QString &ticket)
{
    auto q = store.exec(QStringLiteral("SELECT ticket, id_type, id_number, name, exam_year, exam_month, total "
                                       "FROM cet4_scores WHERE ticket = ?"),
        { ticket });
    if (!q)
        return q.error();
    QList<ScoreRow> out;
    while (q.value().next()) {
        out.append(readScoreRow(q.value()));
    }
    return out;
}

Result<QList<ScoreRow>> rowsByNames(CentralStore &store, const QStringList &names)
{
    QList<ScoreRow> out;
    constexpr int kChunk = 500; // bind parameters per statement stay far below SQLite's limit
    for (int from = 0; from < names.size(); from += kChunk) {
        const QStringList part = names.mid(from, kChunk);
        QVariantList binds;
        for (const QString &n : part)
            binds << n;
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(", ?").repeated(part.size() - 1);
        auto q = store.exec(QStringLiteral("SELECT ticket, id_type, id_number, name, exam_year, exam_month, total "
                                           "FROM cet4_scores WHERE name IN (%1) ORDER BY ticket")
                                .arg(marks),
                            binds);
        if (!q)
            return q.error();
        while (q.value().next())
            out.append(readScoreRow(q.value()));
    }
    return out;
}

Result<QList<Cet4ScoreRecord>> findByTicket(CentralStore &store, const QString &ticket)
{
    auto rows = rowsByTicket(store, ticket);
    if (!rows)
        return rows.error();
    QList<Cet4ScoreRecord> out;
    for (const ScoreRow &s : rows.value()) {
        Cet4ScoreRecord r;
        r.ticket = s.ticket;
        r.idNumber = s.idNumber;
        r.name = s.name;
        r.examYear = s.examYear;
        r.examMonth = s.examMonth;
        r.totalScore = s.total;
        out.append(r);
    }
    return out;
}

Result<bool> hasPassedScore(CentralStore &store, int idType, const QString &idNumber, int minimumTotal,
                            int earliestYear)
{
    // By ID number alone no index helps (the key starts with the ticket); the candidate side asks
    // once per qualification look-up, so an index on id_number pays for itself.
    auto v = store.scalar(QStringLiteral("SELECT COUNT(*) FROM cet4_scores WHERE id_number = ? AND "
                                         "(id_type = ? OR id_type = 0) AND total >= ? AND exam_year >= ?"),
                          { idNumber, idType, minimumTotal, earliestYear });
    if (!v)
        return v.error();
    return v.value().toLongLong() > 0;
}

Result<qint64> count(CentralStore &store)
{
    auto v = store.scalar(QStringLiteral("SELECT COUNT(*) FROM cet4_scores"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

} // namespace cet::central::cet4scoresql
