#include "PgArrays.h"

#include <charconv>

namespace cet::central::pg {

namespace {

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    out += '"';
    // Runs without '"' or '\\' go in at once (JSON texts have many quotes).
    const char *begin = utf8.constData();
    const char *const end = begin + utf8.size();
    for (const char *p = begin; p != end; ++p) {
        if (*p == '"' || *p == '\\') {
            out.append(begin, p - begin);
            out += '\\';
            begin = p;
        }
    }
    out.append(begin, end - begin);
    out += '"';
}

void appendElement(QByteArray &out, const QVariant &v)
{
    if (out.size() > 1)
        out += ',';
    if (v.isNull()) {
        out += "NULL";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt: {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, v.toLongLong()).ptr;
        out.append(digits, end - digits);
        return;
    }
    case QMetaType::QString:
        appendEscaped(out, static_cast<const QString *>(v.constData())->toUtf8());
        return;
    default:
        appendEscaped(out, v.toString().toUtf8());
        return;
    }
}

} // namespace

ArrayColumns::ArrayColumns(int columns, qsizetype expectedRows)
    : m_columns(columns, QByteArray(1, '{'))
    , m_expectedRows(expectedRows)
{ }

void ArrayColumns::append(const QVariantList &values)
{
    for (const QVariant &v : values) {
        QByteArray &column = m_columns[m_filled];
        const qsizetype before = column.size();
        appendElement(column, v);
        if (before == 1 && m_expectedRows > 1) // the first value: room for the others like it
            column.reserve((column.size() + 1) * m_expectedRows * 5 / 4);
        if (++m_filled == m_columns.size())
            m_filled = 0;
    }
}

QVariantList ArrayColumns::take()
{
    QVariantList out;
    out.reserve(m_columns.size());
    for (QByteArray &c : m_columns) {
        c += '}';
        out.append(QVariant(std::move(c)));
    }
    m_columns.clear();
    m_filled = 0;
    return out;
}

QString arrayLiteral(const QVariantList &values)
{
    ArrayColumns one(1, values.size());
    one.append(values);
    return QString::fromUtf8(one.take().constFirst().toByteArray());
}

QString unnestInsert(const QString &table, const QStringList &columns, const QStringList &types)
{
    QStringList arrays;
    for (const QString &t : types)
        arrays << QStringLiteral("?::%1[]").arg(t);
    return QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
        .arg(table, columns.join(QStringLiteral(", ")), arrays.join(QStringLiteral(", ")));
}

} // namespace cet::central::pg
