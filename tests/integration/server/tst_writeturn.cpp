// On SQLite the write transactions of cet-central's threads take turns on one mutex per database
// file before BEGIN IMMEDIATE. A writer waits for the turn only so long (as SQLite's busy timeout
// would): a thread that itself holds a write transaction on another connection gets an error,
// not a deadlock, and nothing is half done. Readers do not wait for the turn.

#include "CentralStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace cet::central;
using namespace std::chrono_literals;

class TestWriteTurn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CentralStore> m_first, m_second;

    int rows(CentralStore &store)
    {
        auto n = store.scalar(QStringLiteral("SELECT COUNT(*) FROM numbers"));
        return n.ok() ? n.value().toInt() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString url = QStringLiteral("sqlite:%1/central.db").arg(m_dir.path());
        auto first = CentralStore::open(url);
        auto second = CentralStore::open(url);
        QVERIFY(first.ok() && second.ok());
        m_first = std::move(first.value());
        m_second = std::move(second.value());
        QVERIFY(m_first->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS numbers (v INTEGER NOT NULL)")).ok());
        QVERIFY(m_first->exec(QStringLiteral("DELETE FROM numbers")).ok());
        CentralStore::setSqliteWriteWait(300ms);
    }

    void cleanup()
    {
        CentralStore::setSqliteWriteWait(60s);
        m_second.reset();
        m_first.reset();
    }

    void aWriterThatCanNotGetTheTurnGetsAnError()
    {
        QVERIFY(m_first->begin(true).ok());
        QVERIFY(m_first->exec(QStringLiteral("INSERT INTO numbers (v) VALUES (1)")).ok());

        // The same thread, on its other connection: waiting for itself would never end.
        auto refused = m_second->begin(true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().detail.contains(QLatin1String("database is locked")), qPrintable(refused.error().detail));
        QVERIFY(!m_second->inTransaction());
        QCOMPARE(rows(*m_second), 0); // a reader is not held up, and sees nothing uncommitted

        QVERIFY(m_first->commit().ok());
        QVERIFY(m_second->begin(true).ok());
        QVERIFY(m_second->exec(QStringLiteral("INSERT INTO numbers (v) VALUES (2)")).ok());
        QVERIFY(m_second->commit().ok());
        QCOMPARE(rows(*m_first), 2);
    }

    void aWriterOnAnotherThreadWaitsForTheTurn()
    {
        CentralStore::setSqliteWriteWait(30s);
        QVERIFY(m_first->begin(true).ok());
        bool began = false, committed = false;
        const QString url = QStringLiteral("sqlite:") + m_first->url().path;
        std::thread other([&] { // a connection belongs to the thread that opened it
            auto store = CentralStore::open(url);
            began = store.ok() && store.value()->begin(true).ok();
            committed = began && store.value()->exec(QStringLiteral("INSERT INTO numbers (v) VALUES (2)")).ok()
                && store.value()->commit().ok();
        });
        QTest::qWait(100); // the other thread is waiting for the turn by now (or soon)
        QVERIFY(m_first->exec(QStringLiteral("INSERT INTO numbers (v) VALUES (1)")).ok());
        QVERIFY(m_first->commit().ok());
        other.join();
        QVERIFY(began);
        QVERIFY(committed);
        QCOMPARE(rows(*m_first), 2);
    }
};

QTEST_GUILESS_MAIN(TestWriteTurn)
#include "tst_writeturn.moc"
