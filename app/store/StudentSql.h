#pragma once

#include "StudentQuery.h"
#include "StudentRecord.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

// SQL text for the students table (internal to cetdesk_store): columns, record <-> row,
// and the WHERE/ORDER BY of the Students page's queries.
namespace cet::studentsql {

// "id, name, gender, ..., row_version, server_version, updated_at" — the columns readRecord() expects.
const QString &selectColumns();
StudentRecord readRecord(const QSqlQuery &q);

// The column of a field, and its value in a record as stored (int for integer columns).
QString column(StudentField field);
QVariant value(const StudentRecord &r, StudentField field);

// What kind of search a text is.
enum class SearchKind { None, Name, Number };
SearchKind searchKind(const QString &text);

// A WHERE clause with its bound values.
struct Where
{
    QString sql;
    QVariantList binds;
    QString drivingIndex; // the index that should drive a filtered (non-ordered) plan, or empty
};

// The filter as a WHERE clause.
//  - forScan: the search is written so that every row can be tested on its own (for plans that
//    walk an ordered index or the table and test each row);
//  - otherwise the search (or the most selective filter) drives the plan through its index and
//    the other terms are excluded from index use (unary +), so the planner can not pick a worse one.
Where where(const StudentFilter &filter, bool forScan);

// The index that serves ORDER BY for a sort (empty = rowid order or no index).
QString sortIndex(const std::optional<StudentField> &sortField);
// "ORDER BY ..." for a query, always ending in id so that windows are stable.
QString orderBy(const StudentQuery &query);

} // namespace cet::studentsql
