#include "StoreSql.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace cet::sql {

Error error(const QString &code, const QSqlError &sqlError, const QString &detailPrefix)
{
    return Error{ code, QCoreApplication::translate("cet::Database", "The local database reported an error."),
                  detailPrefix + sqlError.text() };
}

Result<int> userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return error(QStringLiteral("store.query_failed"), q.lastError());
    return q.value(0).toInt();
}

QString nowText()
{
    return clock::now().toString(Qt::ISODateWithMs);
}

QString prefixSuccessor(const QString &prefix)
{
    QList<uint> cps = prefix.toUcs4();
    while (!cps.isEmpty()) {
        uint last = cps.takeLast() + 1;
        if (last >= 0xD800 && last <= 0xDFFF)
            last = 0xE000;
        if (last <= 0x10FFFF) {
            cps.append(last);
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), cps.size());
        }
    }
    return {};
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db)) { }

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

// BEGIN IMMEDIATE: take the write lock up front, so a read-then-write transaction waits for
// another writer (busy_timeout) instead of failing with SQLITE_BUSY half-way.
Result<void> Transaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error(QStringLiteral("store.transaction_failed"), q.lastError());
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT")))
        return error(QStringLiteral("store.commit_failed"), q.lastError());
    m_open = false;
    return {};
}

} // namespace cet::sql
