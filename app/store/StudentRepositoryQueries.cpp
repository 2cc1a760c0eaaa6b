// The read side of StudentRepository: the Students page's queries and their plans.
#include "StudentRepository.h"

#include "StoreSql.h"
#include "StudentSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cet {

namespace {

QString cacheKey(const StudentFilter &f)
{
    return f.search.trimmed() + QChar(1) + f.campusCode + QChar(1) + f.department + QChar(1) + f.grade + QChar(1)
        + (f.education ? QString::number(static_cast<int>(*f.education)) : QString()) + QChar(1)
        + (f.registration ? QString::number(static_cast<int>(*f.registration)) : QString());
}

bool execSelect(QSqlQuery &q, const QString &text, const QVariantList &binds)
{
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return false;
    if (text.contains(QLatin1String(":p"))) { // named: :p prefix, :u its successor
        q.bindValue(QStringLiteral(":p"), binds.at(0));
        q.bindValue(QStringLiteral(":u"), binds.at(1));
    } else {
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
    }
    return q.exec();
}

Result<std::optional<StudentRecord>> one(QSqlDatabase db, const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!execSelect(q, QStringLiteral("SELECT %1 FROM students WHERE %2 AND deleted_at IS NULL")
                           .arg(studentsql::selectColumns(), where),
                    binds))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    if (!q.next())
        return std::optional<StudentRecord>();
    return std::optional<StudentRecord>(studentsql::readRecord(q));
}

} // namespace

Result<std::optional<StudentRecord>> StudentRepository::byId(qint64 id) const
{
    return one(m_db.connection(), QStringLiteral("id = ?"), { id });
}

Result<std::optional<StudentRecord>> StudentRepository::byIdentity(IdType type, const QString &idNumber) const
{
    return one(m_db.connection(), QStringLiteral("id_number = ? AND id_type = ?"),
               { idNumber, static_cast<int>(type) });
}

Result<qint64> StudentRepository::cachedCount(const StudentFilter &filter) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // data_version moves when another connection commits; total_changes() when this one writes.
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    const qint64 dataVersion = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT total_changes()")) || !q.next())
        return sql::error(QStringLiteral("store.query_failed"), q.lastError());
    const qint64 totalChanges = q.value(0).toLongLong();
    if (dataVersion != m_countsDataVersion || totalChanges != m_countsTotalChanges) {
        m_counts.clear();
        m_countsDataVersion = dataVersion;
        m_countsTotalChanges = totalChanges;
    }
    const QString key = cacheKey(filter);
    if (auto it = m_counts.constFind(key); it != m_counts.constEnd())
        return *it;

    QString text;
    QVariantList binds;
    if (filter.isEmpty() || cacheKey(filter) == cacheKey({})) {
        // A covering scan of the narrowest live-rows index instead of the table.
        text = QStringLiteral("SELECT count(*) FROM students INDEXED BY students_name WHERE deleted_at IS NULL");
    } else if (const StudentFilter searchOnly{ filter.search, {}, {}, {}, {} };
               studentsql::searchKind(filter.search.trimmed()) == studentsql::SearchKind::Number
               && cacheKey(filter) == cacheKey(searchOnly)) {
        // |id_number matches| + |student_no matches whose id_number does not|: two covering
        // index range scans, no row lookups and no temporary union.
        const QString prefix = filter.search.trimmed().toUpper();
        const QString upper = sql::prefixSuccessor(prefix);
        text = QStringLiteral("SELECT (SELECT count(*) FROM students INDEXED BY students_id_number"
                              "         WHERE deleted_at IS NULL AND id_number >= :p AND id_number < :u)"
                              "     + (SELECT count(*) FROM students INDEXED BY students_student_no"
                              "         WHERE deleted_at IS NULL AND student_no >= :p AND student_no < :u"
                              "           AND NOT (id_number >= :p AND id_number < :u))");
        binds = { prefix, upper };
    } else {
        const studentsql::Where w = studentsql::where(filter, false);
        text = QStringLiteral("SELECT count(*) FROM students %1 WHERE %2")
                   .arg(w.drivingIndex.isEmpty() ? QString() : QStringLiteral("INDEXED BY ") + w.drivingIndex, w.sql);
        binds = w.binds;
    }
    q.finish();
    if (!execSelect(q, text, binds) || !q.next())
        return sql::error(QStringLiteral("store.query_failed"), q.lastError(), text + QStringLiteral(": "));
    const qint64 n = q.value(0).toLongLong();
    m_counts.insert(key, n);
    return n;
}

Result<qint64> StudentRepository::count(const StudentFilter &filter) const
{
    return cachedCount(filter);
}

// Two ways to produce a window of a filtered query:
//  - ordered scan: walk the sort's index (or the table in id order) and test each row, stopping
//    after offset + limit matches — cheap when matches are dense;
//  - filtered: find the matches through the search's or filter's index, then sort them — cheap
//    when matches are few.
// The counts (cached) tell which one reads fewer rows.
Result<StudentRepository::Select> StudentRepository::buildSelect(const StudentQuery &query, qint64 offset,
                                                                 qint64 limit, bool idsOnly) const
{
    const QString order = studentsql::orderBy(query);
    const QString sortIndex = studentsql::sortIndex(query.sortField);
    const QString head = QStringLiteral("SELECT ") + (idsOnly ? QStringLiteral("id") : studentsql::selectColumns())
        + QStringLiteral(" FROM students ");
    const QString tail = order + (limit >= 0 ? QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset) : QString());
    const auto indexedBy = [](const QString &index) -> QString { return QStringLiteral("INDEXED BY ") + index + QLatin1Char(' '); };

    if (cacheKey(query.filter) == cacheKey({})) {
        return Select{ head + (sortIndex.isEmpty() ? QString() : indexedBy(sortIndex))
                           + QStringLiteral("WHERE deleted_at IS NULL") + tail,
                       {} };
    }
    const studentsql::Where filtered = studentsql::where(query.filter, false);
    if (!sortIndex.isEmpty() && filtered.drivingIndex == sortIndex)
        return Select{ head + indexedBy(sortIndex) + QStringLiteral("WHERE ") + filtered.sql + tail, filtered.binds };

    bool scan = false;
    if (!query.sortField || !sortIndex.isEmpty()) {
        auto matches = cachedCount(query.filter);
        if (!matches)
            return matches.error();
        // The table's size for the estimate: max(id) is one b-tree seek (a count would be a scan).
        QSqlQuery maxId(m_db.connection());
        if (!maxId.exec(QStringLiteral("SELECT max(id) FROM students")) || !maxId.next())
            return sql::error(QStringLiteral("store.query_failed"), maxId.lastError());
        const qint64 total = std::max<qint64>(maxId.value(0).toLongLong(), matches.value());
        const double m = std::max<qint64>(matches.value(), 1);
        const double wanted = limit >= 0 ? double(offset + limit) : m;
        const double scanCost = std::min(wanted, m) * double(total) / m * (query.sortField ? 3.0 : 1.0);
        const double filterCost = m * 4.0 + 1000.0;
        scan = scanCost < filterCost;
    }
    if (scan) {
        const studentsql::Where w = studentsql::where(query.filter, true);
        return Select{ head + (sortIndex.isEmpty() ? QStringLiteral("NOT INDEXED ") : indexedBy(sortIndex))
                           + QStringLiteral("WHERE ") + w.sql + tail,
                       w.binds };
    }
    return Select{ head + (filtered.drivingIndex.isEmpty() ? QString() : indexedBy(filtered.drivingIndex))
                       + QStringLiteral("WHERE ") + filtered.sql + tail,
                   filtered.binds };
}

Result<QList<StudentRecord>> StudentRepository::fetchByIds(const QList<qint64> &ids) const
{
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(QString::number(id));
    QSqlQuery q(m_db.connection());
    const QString text = QStringLiteral("SELECT %1 FROM students WHERE id IN (%2)")
                             .arg(studentsql::selectColumns(), list.join(QLatin1Char(',')));
    if (!execSelect(q, text, {}))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError(), text + QStringLiteral(": "));
    QHash<qint64, StudentRecord> byId;
    byId.reserve(ids.size());
    while (q.next()) {
        StudentRecord record = studentsql::readRecord(q);
        byId.insert(record.id, std::move(record));
    }
    QList<StudentRecord> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            rows.append(it.value());
    }
    return rows;
}

Result<QList<StudentRecord>> StudentRepository::fetch(const StudentQuery &query, qint64 offset, int limit) const
{
    // Past the first screens, find the window's ids inside the index first (no table reads for
    // the skipped rows), then read just those rows.
    if (offset >= m_deepOffset && limit > 0) {
        auto idSelect = buildSelect(query, offset, limit, true);
        if (!idSelect)
            return idSelect.error();
        QSqlQuery q(m_db.connection());
        if (!execSelect(q, idSelect.value().sql, idSelect.value().binds))
            return sql::error(QStringLiteral("store.query_failed"), q.lastError(),
                              idSelect.value().sql + QStringLiteral(": "));
        QList<qint64> ids;
        ids.reserve(limit);
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return fetchByIds(ids);
    }
    auto select = buildSelect(query, std::max<qint64>(offset, 0), std::max(limit, 0));
    if (!select)
        return select.error();
    QSqlQuery q(m_db.connection());
    if (!execSelect(q, select.value().sql, select.value().binds))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError(), select.value().sql + QStringLiteral(": "));
    QList<StudentRecord> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(studentsql::readRecord(q));
    return rows;
}

Result<void> StudentRepository::forEach(const StudentQuery &query,
                                        const std::function<bool(const StudentRecord &)> &visit) const
{
    auto select = buildSelect(query, 0, -1);
    if (!select)
        return select.error();
    QSqlQuery q(m_db.connection());
    if (!execSelect(q, select.value().sql, select.value().binds))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError(), select.value().sql + QStringLiteral(": "));
    while (q.next()) {
        if (!visit(studentsql::readRecord(q)))
            break;
    }
    return {};
}

Result<QStringList> StudentRepository::distinctValues(StudentField field) const
{
    QString col, index;
    switch (field) {
    case StudentField::CampusCode: index = QStringLiteral("students_campus"); break;
    case StudentField::Department: index = QStringLiteral("students_department"); break;
    case StudentField::Grade: index = QStringLiteral("students_grade"); break;
    default:
        return Error{ QStringLiteral("store.unsupported"),
                      QCoreApplication::translate("cet::StudentRepository",
                                                  "This column has no list of values to choose from."),
                      studentsql::column(field) };
    }
    col = studentsql::column(field);
    // Skip-scan: one index seek per distinct value instead of reading every row.
    const QString text = QStringLiteral(
                             "WITH RECURSIVE d(v) AS ("
                             " SELECT (SELECT min(%1) FROM students INDEXED BY %2 WHERE deleted_at IS NULL AND %1 > '')"
                             " UNION ALL"
                             " SELECT (SELECT min(%1) FROM students INDEXED BY %2 WHERE deleted_at IS NULL AND %1 > d.v)"
                             " FROM d WHERE d.v IS NOT NULL)"
                             " SELECT v FROM d WHERE v IS NOT NULL")
                             .arg(col, index);
    QSqlQuery q(m_db.connection());
    if (!execSelect(q, text, {}))
        return sql::error(QStringLiteral("store.query_failed"), q.lastError(), text + QStringLiteral(": "));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

Result<QHash<qint64, StudentRegistration>> StudentRepository::registrationsOf(const QList<StudentRecord> &records) const
{
    return RegistrationRepository(m_db).forRecords(records);
}

Result<RegistrationTally> StudentRepository::registrationTally() const
{
    return RegistrationRepository(m_db).tally();
}

Result<QDateTime> StudentRepository::registrationsFetchedAt() const
{
    return RegistrationRepository(m_db).fetchedAt();
}

} // namespace cet
