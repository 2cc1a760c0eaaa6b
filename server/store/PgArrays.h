#pragma once

// Many rows in one PostgreSQL statement: every column's values travel as one array parameter
// (a text[] / integer[] / bigint[] literal), so that a push of 500 rows costs one statement with
// a few dozen parameters instead of ten statements of 50 rows with 1,150 parameters each (as
// INSERT … SELECT * FROM unnest(…), UPDATE … FROM unnest(…), or a lookup joined to unnest(keys)).
// Values convert as CentralStore binds them: a null QVariant → NULL; a null QString that is not a
// null QVariant → ''; anything else → its toString() text.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cet::central::pg {

// The values of N columns, one row at a time, as N array literals in UTF-8.
class ArrayColumns
{
public:
    // expectedRows: room is made for about that many rows once the first row is in.
    explicit ArrayColumns(int columns, qsizetype expectedRows = 0);
    // The values of one row (exactly `columns` values), or of several rows back to back.
    void append(const QVariantList &values);
    // One bind per column for CentralStore::execWrite on PostgreSQL: '{"a","b",NULL}' as UTF-8
    // bytes (PgWrites sends a QByteArray as text) that the statement casts to the column's array
    // type. Leaves the object empty (no columns).
    QVariantList take();

private:
    QList<QByteArray> m_columns;
    int m_filled = 0; // values appended to the current row
    qsizetype m_expectedRows = 0;
};

// The text of one array literal of the values (a bind for any statement).
QString arrayLiteral(const QVariantList &values);

// "INSERT INTO table (a, b) SELECT * FROM unnest(?::text[], ?::bigint[])": the binds are
// ArrayColumns::take() of the rows, in column order; rows go in in their order.
QString unnestInsert(const QString &table, const QStringList &columns, const QStringList &types);

} // namespace cet::central::pg
