#include "StudentTable.h"

#include "Digest.h"
#include "PgArrays.h"
#include "TableDigest.h"

#include <QSet>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace cet::central::studenttable {

namespace {

// Field columns in StudentField order (the wire names are the column names).
QString fieldColumns()
{
    return protocol::studentFieldNames().join(QStringLiteral(", "));
}

const QString kMeta = QStringLiteral("version, seq, deleted_at, changed_by, changed_at, origin_op_id");

// PostgreSQL types of the field columns and kMeta, in that order (Schema.cpp).
QStringList columnTypes()
{
    QStringList types;
    for (int i = 0; i < int(StudentField::Count_); ++i)
        types << (protocol::isIntegerField(StudentField(i)) ? QStringLiteral("integer") : QStringLiteral("text"));
    types << QStringLiteral("bigint") << QStringLiteral("bigint") << QStringLiteral("bigint") << QStringLiteral("text")
          << QStringLiteral("bigint") << QStringLiteral("text");
    return types;
}

QVariant columnValue(const StudentRecord &r, StudentField f)
{
    return protocol::isIntegerField(f) ? QVariant(protocol::studentFieldInt(r, f)) : QVariant(r.fieldText(f));
}

// One column's value into the record, as setStudentField would set it from the wire (integers
// outside 0..100000 and texts over 1000 characters are left empty).
void setColumn(StudentRecord &r, StudentField f, const QVariant &v)
{
    if (protocol::isIntegerField(f)) {
        int n = v.toInt();
        if (n < 0 || n > 100000)
            n = 0;
        protocol::setStudentInt(r, f, n);
        return;
    }
    QString s = v.toString();
    if (s.size() > 1000)
        s.clear();
    protocol::setStudentText(r, f, s);
}

StudentRecord readRecord(const QSqlQuery &q, int first)
{
    StudentRecord r;
    for (int i = 0; i < int(StudentField::Count_); ++i)
        setColumn(r, StudentField(i), q.value(first + i));
    return r;
}

QVariantList writeBinds(const StudentWrite &w)
{
    QVariantList b;
    b.reserve(int(StudentField::Count_) + 6);
    for (int i = 0; i < int(StudentField::Count_); ++i)
        b.append(columnValue(w.record, StudentField(i)));
    b << w.version << w.seq << (w.deletedAt ? QVariant(toMs(*w.deletedAt)) : QVariant(QMetaType(QMetaType::LongLong)))
      << w.changedBy << toMs(w.changedAt)
      << (w.originOpId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(w.originOpId));
    return b;
}


StoredStudent readStored(const QSqlQuery &r)
{
    StoredStudent s;
    s.rowId = r.value(0).toLongLong();
    s.record = readRecord(r, 1);
    const int m = 1 + int(StudentField::Count_);
    s.version = r.value(m).toLongLong();
    s.seq = r.value(m + 1).toLongLong();
    s.deleted = !r.value(m + 2).isNull();
    s.changedBy = r.value(m + 3).toString();
    s.changedAt = fromMs(r.value(m + 4).toLongLong());
    s.originOpId = r.value(m + 5).toString();
    return s;
}

} // namespace

namespace {

// The rows of a lookup whose key is one of `wanted` (a lookup by number may find other types).
void collectRows(QSqlQuery &r, const QSet<QString> &wanted, QHash<QString, StoredStudent> &found)
{
    while (r.next()) {
        StoredStudent s = readStored(r);
        const QString key = protocol::studentKey(s.record);
        if (wanted.contains(key))
            found.insert(key, s);
    }
}

// PostgreSQL: one statement, an index probe per number (see findMany).
Result<void> findManyPg(CentralStore &store, const QString &school, const QStringList &numbers,
                        const QSet<QString> &wanted, QHash<QString, StoredStudent> &found)
{
    // OFFSET 0 keeps the subquery a per-number probe of the (school_code, id_number, id_type)
    // index: joined or as "id_number IN (…)", a planner without statistics on a growing table
    // (a first push) reads every row of the school and filters them, at every push.
    static const QString sql = QStringLiteral("SELECT s.* FROM unnest(?::text[]) AS k(n), LATERAL (SELECT id, %1, %2 "
                                              "FROM students WHERE school_code = ? AND id_number = k.n OFFSET 0) AS s")
                                   .arg(fieldColumns(), kMeta);
    QVariantList numberValues;
    numberValues.reserve(numbers.size());
    for (const QString &n : numbers)
        numberValues.append(n);
    auto q = store.exec(sql, { pg::arrayLiteral(numberValues), school });
    if (!q)
        return q.error();
    collectRows(q.value().query(), wanted, found);
    return {};
}

} // namespace

Result<QHash<QString, StoredStudent>> findMany(CentralStore &store, const QString &school,
                                               const QList<protocol::StudentKey> &keys)
{
    constexpr int kChunk = 50;
    static const QString sql = []() -> QString {
        QStringList marks;
        for (int i = 0; i < kChunk; ++i)
            marks << QStringLiteral("?");
        return QStringLiteral("SELECT id, %1, %2 FROM students WHERE school_code = ? AND id_number IN (%3)")
            .arg(fieldColumns(), kMeta, marks.join(QStringLiteral(", ")));
    }();
    QSet<QString> wanted, seenNumbers;
    QStringList numbers;
    wanted.reserve(keys.size());
    seenNumbers.reserve(keys.size());
    for (const auto &k : keys) {
        wanted.insert(protocol::studentKey(k.idType, k.idNumber));
        if (!seenNumbers.contains(k.idNumber)) {
            seenNumbers.insert(k.idNumber);
            numbers << k.idNumber;
        }
    }
    QHash<QString, StoredStudent> found;
    if (store.isPostgres()) {
        if (numbers.isEmpty())
            return found;
        if (auto r = findManyPg(store, school, numbers, wanted, found); !r)
            return r.error();
        return found;
    }
    for (qsizetype i = 0; i < numbers.size(); i += kChunk) {
        QVariantList binds{ school };
        for (qsizetype j = i; j < i + kChunk; ++j)
            binds << numbers.at(std::min(j, numbers.size() - 1)); // pad with the last number
        auto q = store.exec(sql, binds);
        if (!q)
            return q.error();
        collectRows(q.value().query(), wanted, found);
    }
    return found;
}

Result<std::optional<StoredStudent>> find(CentralStore &store, const QString &school, IdType type,
                                          const QString &idNumber)
{
    static const QString sql = QStringLiteral("SELECT id, %1, %2 FROM students WHERE school_code = ? AND id_type = ? "
                                              "AND id_number = ?")
                                   .arg(fieldColumns(), kMeta);
    auto q = store.exec(sql, { school, static_cast<int>(type), idNumber });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value().query();
    if (!r.next()) {
        r.finish();
        return std::optional<StoredStudent>();
    }
    StoredStudent s = readStored(r);
    r.finish();
    return std::optional<StoredStudent>(s);
}

Result<QList<StudentRecord>> live(CentralStore &store, const QString &school, int limit)
{
    auto q = store.exec(QStringLiteral("SELECT id, %1, %2 FROM students WHERE school_code = ? AND deleted_at IS NULL "
                                       "ORDER BY id LIMIT ?")
                            .arg(fieldColumns(), kMeta),
                        { school, limit });
    if (!q)
        return q.error();
    QList<StudentRecord> out;
    while (q.value().next())
        out.append(readStored(q.value()).record);
    return out;
}

Result<qint64> insert(CentralStore &store, const StudentWrite &w)
{
    static const QString sql = []() -> QString {
        QString marks;
        for (int i = 0; i < int(StudentField::Count_) + 6; ++i)
            marks += QStringLiteral(", ?");
        return QStringLiteral("INSERT INTO students (%1, %2) VALUES (%3) RETURNING id")
            .arg(fieldColumns(), kMeta, marks.mid(2));
    }();
    auto q = store.exec(sql, writeBinds(w));
    if (!q)
        return q.error();
    if (!q.value().next())
        return CentralStore::dbError(QStringLiteral("no id for a new student row"), {});
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

Result<void> insertMany(CentralStore &store, const QList<StudentWrite> &rows)
{
    constexpr int kChunk = 50;
    static const QString sql = []() -> QString {
        QString row;
        for (int i = 0; i < int(StudentField::Count_) + 6; ++i)
            row += QStringLiteral(", ?");
        row = QLatin1Char('(') + row.mid(2) + QLatin1Char(')');
        QStringList all;
        for (int i = 0; i < kChunk; ++i)
            all << row;
        return QStringLiteral("INSERT INTO students (%1, %2) VALUES %3")
            .arg(fieldColumns(), kMeta, all.join(QStringLiteral(", ")));
    }();
    if (store.isPostgres() && !rows.isEmpty()) { // one statement, a column array per column
        static const QString pgSql
            = pg::unnestInsert(QStringLiteral("students"),
                               protocol::studentFieldNames() + kMeta.split(QStringLiteral(", ")), columnTypes());
        pg::ArrayColumns columns(int(StudentField::Count_) + 6, rows.size());
        for (const StudentWrite &w : rows)
            columns.append(writeBinds(w));
        return store.execWrite(pgSql, columns.take());
    }
    qsizetype i = 0;
    for (; i + kChunk <= rows.size(); i += kChunk) {
        QVariantList binds;
        binds.reserve(kChunk * (int(StudentField::Count_) + 6));
        for (qsizetype j = i; j < i + kChunk; ++j)
            binds.append(writeBinds(rows.at(j)));
        if (auto r = store.execWrite(sql, binds); !r)
            return r;
    }
    for (; i < rows.size(); ++i)
        if (auto id = insert(store, rows.at(i)); !id)
            return id.error();
    return {};
}

Result<void> update(CentralStore &store, qint64 rowId, const StudentWrite &w)
{
    static const QString sql = []() -> QString {
        QStringList sets = protocol::studentFieldNames();
        sets.append(kMeta.split(QStringLiteral(", ")));
        for (QString &s : sets)
            s += QStringLiteral(" = ?");
        return QStringLiteral("UPDATE students SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", ")));
    }();
    QVariantList binds = writeBinds(w);
    binds.append(rowId);
    return store.execWrite(sql, binds);
}

Result<void> updateMany(CentralStore &store, const QList<QPair<qint64, StudentWrite>> &rows)
{
    if (!store.isPostgres()) {
        for (const auto &row : rows)
            if (auto r = update(store, row.first, row.second); !r)
                return r;
        return {};
    }
    if (rows.isEmpty())
        return {};
    static const QString sql = []() -> QString {
        QStringList columns = protocol::studentFieldNames() + kMeta.split(QStringLiteral(", "));
        QStringList sets, arrays;
        const QStringList types = columnTypes();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            sets << QStringLiteral("%1 = u.%1").arg(columns.at(i));
            arrays << QStringLiteral("?::%1[]").arg(types.at(i));
        }
        arrays << QStringLiteral("?::bigint[]");
        columns << QStringLiteral("row_id");
        // "s.id = ANY": probes of the primary key per row (joined on s.id = u.row_id alone, the
        // planner hashes the whole table).
        return QStringLiteral("UPDATE students AS s SET %1 FROM unnest(%2) AS u(%3) WHERE s.id = ANY(?::bigint[]) "
                              "AND s.id = u.row_id")
            .arg(sets.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")),
                 columns.join(QStringLiteral(", ")));
    }();
    // UPDATE … FROM changes a row once: keep each row's last write.
    QHash<qint64, qsizetype> last;
    for (qsizetype i = 0; i < rows.size(); ++i)
        last.insert(rows.at(i).first, i);
    pg::ArrayColumns columns(int(StudentField::Count_) + 7, last.size());
    QVariantList ids;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (last.value(rows.at(i).first) != i)
            continue;
        QVariantList binds = writeBinds(rows.at(i).second);
        binds.append(rows.at(i).first);
        columns.append(binds);
        ids.append(rows.at(i).first);
    }
    QVariantList binds = columns.take();
    binds.append(pg::arrayLiteral(ids));
    return store.execWrite(sql, binds);
}

namespace {

// The students' change rows of one page, read as the page is written.
class StudentFeed : public FeedCursor
{
public:
    explicit StudentFeed(Rows q) : m_q(std::move(q)) { }

    Result<void> next() override
    {
        m_atEnd = !m_q.next();
        if (!m_atEnd)
            m_seq = m_q.value(int(StudentField::Count_) + 1).toLongLong();
        return {};
    }
    bool atEnd() const override { return m_atEnd; }
    qint64 seq() const override { return m_seq; }

    void write(protocol::JsonWriter &w) override
    {
        const int m = int(StudentField::Count_);
        const StudentRecord rec = readRecord(m_q, 0);
        const bool deleted = !m_q.value(m + 2).isNull();
        const qint64 ms = m_q.value(m + 4).toLongLong();
        if (ms != m_lastMs) { // rows of one push share their time
            m_lastMs = ms;
            m_lastTime = protocol::toWireTime(fromMs(ms));
        }
        const QString origin = m_q.value(m + 5).toString();
        // Keys in QJsonObject's (sorted) order, values as protocol::Change::toJson().
        w.beginObject();
        w.key(QLatin1StringView("changed_at"));
        w.string(m_lastTime);
        w.key(QLatin1StringView("changed_by"));
        w.string(m_q.value(m + 3).toString());
        w.key(QLatin1StringView("data"));
        if (deleted)
            w.null();
        else
            protocol::writeStudentJson(w, rec);
        w.key(QLatin1StringView("deleted"));
        w.boolean(deleted);
        w.key(QLatin1StringView("entity"));
        w.string(protocol::kStudentEntity);
        w.key(QLatin1StringView("key"));
        w.string(protocol::studentKey(rec));
        w.key(QLatin1StringView("origin_op_id"));
        if (origin.isEmpty())
            w.null();
        else
            w.string(origin);
        w.key(QLatin1StringView("seq"));
        w.integer(m_seq);
        w.key(QLatin1StringView("version"));
        w.integer(m_q.value(m).toLongLong());
        w.endObject();
    }

private:
    Rows m_q;
    bool m_atEnd = true;
    qint64 m_seq = 0;
    qint64 m_lastMs = std::numeric_limits<qint64>::min();
    QString m_lastTime;
};

} // namespace

Result<std::unique_ptr<FeedCursor>> openFeed(CentralStore &store, const QString &school, qint64 since, int limit)
{
    static const QString sql = QStringLiteral("SELECT %1, %2 FROM students WHERE school_code = ? AND seq > ? "
                                              "ORDER BY seq LIMIT ?")
                                   .arg(fieldColumns(), kMeta);
    auto q = store.exec(sql, { school, since, limit + 1 });
    if (!q)
        return q.error();
    auto feed = std::make_unique<StudentFeed>(std::move(q).value());
    if (auto r = feed->next(); !r)
        return r.error();
    return std::unique_ptr<FeedCursor>(std::move(feed));
}

Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school)
{
    return tableDigest(store,
                       QStringLiteral("SELECT id_type, id_number, version, seq, deleted_at FROM students "
                                      "WHERE school_code = ?"),
                       { school }, [](const QSqlQuery &r) {
                           return protocol::studentKey(static_cast<IdType>(r.value(0).toInt()), r.value(1).toString());
                       });
}

} // namespace cet::central::studenttable
