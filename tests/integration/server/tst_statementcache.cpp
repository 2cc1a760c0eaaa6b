// CentralStore keeps prepared statements between uses (StatementCache): on SQLite and PostgreSQL,
// a statement lent to one caller is not shared with another use of the same text, a statement
// given back is used again, and after migrate() the statements are prepared again against the
// changed schema (PostgreSQL refuses to run a kept "SELECT *" whose columns changed).

#include "CentralFixture.h"
#include "CentralStore.h"

#include <QTest>

using namespace cet::central;
using namespace cet::central::test;

class TestStatementCache : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralStore> m_store;

    // The values of `rows`' first column from where it stands to its end.
    static QList<int> rest(Rows &rows)
    {
        QList<int> out;
        while (rows.next())
            out << rows.value(0).toInt();
        return out;
    }

    // PostgreSQL: the names of this connection's prepared statements that read `numbers` by "v <=".
    QStringList prepared()
    {
        QStringList names;
        if (!m_store->isPostgres())
            return names;
        auto q = m_store->exec(QStringLiteral("SELECT name FROM pg_prepared_statements WHERE statement LIKE ? ORDER BY name"),
                               { QStringLiteral("%FROM numbers WHERE v <= %") });
        if (!q)
            return { QStringLiteral("error: ") + q.error().detail };
        while (q.value().next())
            names << q.value().value(0).toString();
        return names;
    }

private slots:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_db = backendDatabase();
        if (m_db->url().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        auto store = CentralStore::open(m_db->url());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().detail));
        m_store = std::move(store.value());
        QVERIFY(m_store->exec(QStringLiteral("CREATE TABLE numbers (v INTEGER NOT NULL)")).ok());
        for (int v = 1; v <= 4; ++v)
            QVERIFY(m_store->exec(QStringLiteral("INSERT INTO numbers (v) VALUES (?)"), { v }).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    // A caller still holding the rows of a statement (read to the end: on PostgreSQL, Qt reads rows
    // one at a time and the next statement on the connection discards those not yet read) runs
    // the same text again: it gets a statement of its own, and its rows are its own.
    void theSameTextWhileLentHasItsOwnStatement()
    {
        const QString sql = QStringLiteral("SELECT v FROM numbers WHERE v >= ? ORDER BY v");
        auto outer = m_store->exec(sql, { 1 });
        QVERIFY(outer.ok());
        QCOMPARE(rest(outer.value()), (QList<int>{ 1, 2, 3, 4 }));
        auto inner = m_store->exec(sql, { 3 });
        QVERIFY(inner.ok());
        QVERIFY(&inner.value().query() != &outer.value().query());
        QCOMPARE(rest(inner.value()), (QList<int>{ 3, 4 }));
    }

    void aStatementGivenBackIsUsedAgain()
    {
        const QString sql = QStringLiteral("SELECT v FROM numbers WHERE v <= ? ORDER BY v");
        const QSqlQuery *first = nullptr;
        {
            auto rows = m_store->exec(sql, { 2 });
            QVERIFY(rows.ok());
            first = &rows.value().query();
            QCOMPARE(rest(rows.value()), (QList<int>{ 1, 2 }));
        }
        const QStringList preparedFirst = prepared();
        auto again = m_store->exec(sql, { 3 });
        QVERIFY(again.ok());
        QCOMPARE(rest(again.value()), (QList<int>{ 1, 2, 3 })); // with the new value bound
        if (m_store->isPostgres()) {
            // By the server's own list: the same prepared statement, not a new one in its place
            // (the driver names each statement it prepares anew, so a fresh one has another name).
            QCOMPARE(preparedFirst.size(), 1);
            QCOMPARE(prepared(), preparedFirst);
        } else {
            QCOMPARE(&again.value().query(), first);
        }
    }

    void migrateDropsTheKeptStatements()
    {
        const QString sql = QStringLiteral("SELECT * FROM numbers ORDER BY v");
        {
            auto rows = m_store->exec(sql);
            QVERIFY(rows.ok());
            QCOMPARE(rows.value().record().count(), 1);
        }
        QVERIFY(m_store->exec(QStringLiteral("ALTER TABLE numbers ADD COLUMN doubled INTEGER")).ok());
        auto migrated = m_store->migrate();
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().detail));
        auto rows = m_store->exec(sql);
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().detail));
        QCOMPARE(rows.value().record().count(), 2);
        QCOMPARE(rest(rows.value()), (QList<int>{ 1, 2, 3, 4 }));
    }
};

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
