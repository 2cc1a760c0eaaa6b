#include "StudentTable.h"

#include "Digest.h"

#include <QSet>
#include <QSqlRecord>

#include <algorithm>

namespace cet::central::studenttable {

namespace {

// Field columns in StudentField order (the wire names are the column names).
QString fieldColumns()
{
    return protocol::studentFieldNames().join(QStringLiteral(", "));
}

const QString kMeta = QStringLiteral("version, seq, deleted_at, changed_by, changed_at, origin_op_id");

QVariant columnValue(const StudentRecord &r, StudentField f)
{
    const QJsonValue v = protocol::studentFieldValue(r, f);
    return v.isString() ? QVariant(v.toString()) : QVariant(v.toInt());
}

StudentRecord readRecord(const QSqlQuery &q, int first)
{
    StudentRecord r;
    for (int i = 0; i < int(StudentField::Count_); ++i) {
        const StudentField f = StudentField(i);
        const QVariant v = q.value(first + i);
        (void)protocol::setStudentField(r, f,
                                        protocol::isIntegerField(f) ? QJsonValue(v.toInt()) : QJsonValue(v.toString()),
                                        QString());
    }
    return r;
}

QVariantList writeBinds(const StudentWrite &w)
{
    QVariantList b;
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
    QSet<QString> wanted;
    QStringList numbers;
    for (const auto &k : keys) {
        wanted.insert(protocol::studentKey(k.idType, k.idNumber));
        if (!numbers.contains(k.idNumber))
            numbers << k.idNumber;
    }
    QHash<QString, StoredStudent> found;
    for (qsizetype i = 0; i < numbers.size(); i += kChunk) {
        QVariantList binds{ school };
        for (qsizetype j = i; j < i + kChunk; ++j)
            binds << numbers.at(std::min(j, numbers.size() - 1)); // pad with the last number
        auto q = store.execPrepared(sql, binds);
        if (!q)
            return q.error();
        QSqlQuery &r = *q.value();
        while (r.next()) {
            StoredStudent s = readStored(r);
            const QString key = protocol::studentKey(s.record);
            if (wanted.contains(key))
                found.insert(key, s);
        }
    }
    return found;
}

Result<std::optional<StoredStudent>> find(CentralStore &store, const QString &school, IdType type,
                                          const QString &idNumber)
{
    static const QString sql = QStringLiteral("SELECT id, %1, %2 FROM students WHERE school_code = ? AND id_type = ? "
                                              "AND id_number = ?")
                                   .arg(fieldColumns(), kMeta);
    auto q = store.execPrepared(sql, { school, static_cast<int>(type), idNumber });
    if (!q)
        return q.error();
    QSqlQuery &r = *q.value();
    if (!r.next()) {
        r.finish();
        return std::optional<StoredStudent>();
    }
    StoredStudent s = readStored(r);
    r.finish();
    return std::optional<StoredStudent>(s);
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
    auto q = store.execPrepared(sql, writeBinds(w));
    if (!q)
        return q.error();
    if (!q.value()->next())
        return CentralStore::dbError(QStringLiteral("no id for a new student row"), {});
    const qint64 id = q.value()->value(0).toLongLong();
    q.value()->finish();
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
    qsizetype i = 0;
    for (; i + kChunk <= rows.size(); i += kChunk) {
        QVariantList binds;
        for (qsizetype j = i; j < i + kChunk; ++j)
            binds.append(writeBinds(rows.at(j)));
        if (auto q = store.execPrepared(sql, binds); !q)
            return q.error();
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
    auto q = store.execPrepared(sql, binds);
    if (!q)
        return q.error();
    return {};
}

Result<QList<protocol::Change>> changes(CentralStore &store, const QString &school, qint64 since, int limit)
{
    auto q = store.exec(QStringLiteral("SELECT %1, %2 FROM students WHERE school_code = ? AND seq > ? "
                                       "ORDER BY seq LIMIT ?")
                            .arg(fieldColumns(), kMeta),
                        { school, since, limit });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    QList<protocol::Change> list;
    const int m = int(StudentField::Count_);
    while (r.next()) {
        const StudentRecord rec = readRecord(r, 0);
        protocol::Change c;
        c.entity = protocol::kStudentEntity;
        c.key = protocol::studentKey(rec);
        c.version = r.value(m).toLongLong();
        c.seq = r.value(m + 1).toLongLong();
        c.deleted = !r.value(m + 2).isNull();
        c.changedBy = r.value(m + 3).toString();
        c.changedAt = fromMs(r.value(m + 4).toLongLong());
        c.originOpId = r.value(m + 5).toString();
        if (!c.deleted)
            c.data = protocol::studentToJson(rec);
        list.append(std::move(c));
    }
    return list;
}

Result<protocol::EntityDigest> digest(CentralStore &store, const QString &school)
{
    auto q = store.exec(QStringLiteral("SELECT id_type, id_number, version, seq, deleted_at FROM students "
                                       "WHERE school_code = ?"),
                        { school });
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    protocol::DigestBuilder builder;
    protocol::EntityDigest d;
    while (r.next()) {
        d.maxSeq = std::max(d.maxSeq, r.value(3).toLongLong());
        if (!r.value(4).isNull())
            continue;
        builder.add(protocol::studentKey(static_cast<IdType>(r.value(0).toInt()), r.value(1).toString()),
                    r.value(2).toLongLong());
    }
    d.count = builder.count();
    d.hash = builder.hash();
    return d;
}

} // namespace cet::central::studenttable
