#pragma once

// The prepared statements of one connection, kept between uses, and the rows of one statement
// borrowed from them (internal to cetcentral_store; CentralStore::exec returns Rows).
//
// Qt SQL parses and plans a statement again each time a QSqlQuery is prepared. A booking runs
// about fifteen statements, and parsing them was a quarter of its CPU, inside SQLite's write lock.
// So a statement is prepared once per connection and text, lent to one caller at a time (Rows),
// and taken back finished when the Rows goes: an idle statement holds no read snapshot. The same
// text asked for while lent (a nested read) gets a fresh statement of its own.
//
// Only plain data statements are kept: PostgreSQL can not PREPARE BEGIN, SET or DDL, and those run
// once anyway.

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

namespace cet::central {

class StatementCache
{
public:
    static bool keeps(const QString &sql);

    // An idle prepared statement of `sql`, or nullptr.
    std::unique_ptr<QSqlQuery> take(const QString &sql);
    // Takes a statement back (finished) unless the cache was cleared since it was lent.
    void giveBack(const QString &sql, std::unique_ptr<QSqlQuery> query, quint64 generation);
    quint64 generation() const { return m_generation; }
    // Drops every idle statement; those lent now are dropped when they come back (a connection
    // that was opened again, a schema that changed).
    void clear();

private:
    std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>> m_idle;
    std::size_t m_count = 0;
    quint64 m_generation = 0;
};

// The result of one statement: read it like a QSqlQuery (or pass it where one is expected). Not
// copyable: the statement goes back to its connection's cache when this goes.
class Rows
{
public:
    Rows(std::unique_ptr<QSqlQuery> query, QString sql, std::weak_ptr<StatementCache> home, quint64 generation);
    ~Rows();
    Rows(Rows &&) noexcept = default;
    Rows &operator=(Rows &&other) noexcept;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    QSqlQuery &query() { return *m_query; }
    const QSqlQuery &query() const { return *m_query; }
    operator QSqlQuery &() { return *m_query; }
    operator const QSqlQuery &() const { return *m_query; }

    bool next() { return m_query->next(); }
    QVariant value(int i) const { return m_query->value(i); }
    QVariant value(const QString &name) const { return m_query->value(name); }
    bool isNull(int i) const { return m_query->isNull(i); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    bool isActive() const { return m_query->isActive(); }
    void finish() { m_query->finish(); }
    QSqlRecord record() const { return m_query->record(); }

private:
    void release();

    std::unique_ptr<QSqlQuery> m_query;
    QString m_sql;
    std::weak_ptr<StatementCache> m_home;
    quint64 m_generation = 0;
};

} // namespace cet::central
