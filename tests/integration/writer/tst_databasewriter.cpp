// DatabaseWriter and StudentService without a server: order, results on the caller's thread,
// yielding to queued tasks, waiting for another connection's write lock, the student use cases.
#include "DatabaseWriter.h"
#include "StudentRepository.h"
#include "StudentService.h"
#include "SyncTestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace cet;

class tst_DatabaseWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tasksRunInOrderAndReportOnTheCallersThread();
    void callFromAnotherThread();
    void longTaskYieldsToQueuedOnes();
    void waitsForAnotherConnectionsWrite();
    void editUndoRedo();
    void staleUndoIsRefused();
    void revealIsAudited();
    void oneWriterPerFile();
    void openFailureReachesEveryTask();
    void letGoByItsOwnTask();

private:
    int auditCount(const QString &action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_reader;
    QString m_path;
};

void tst_DatabaseWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("cetdesk.sqlite"));
    auto opened = Database::open(m_path);
    QVERIFY(opened);
    m_reader = std::move(opened).value();
    QList<StudentRecord> records;
    for (int i = 0; i < 5; ++i)
        records << synctest::student(QStringLiteral("10001"), i);
    QVERIFY(StudentRepository(*m_reader).insert(records));
}

void tst_DatabaseWriter::cleanup()
{
    m_reader.reset();
    m_dir.reset();
}

int tst_DatabaseWriter::auditCount(const QString &action)
{
    QSqlQuery q(m_reader->connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

void tst_DatabaseWriter::tasksRunInOrderAndReportOnTheCallersThread()
{
    DatabaseWriter writer(m_path);
    QObject receiver;
    QList<int> order;
    for (int i = 0; i < 20; ++i) {
        writer.submit<int>(
            &receiver, [i](Database &) -> Result<int> { return i; },
            [&order, &receiver](Result<int> &r) {
                QCOMPARE(QThread::currentThread(), receiver.thread());
                order << r.value();
            });
    }
    QTRY_COMPARE(order.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(order.at(i), i);
}

void tst_DatabaseWriter::callFromAnotherThread()
{
    DatabaseWriter writer(m_path);
    std::atomic<int> sum = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&writer, &sum, t] {
            for (int i = 0; i < 10; ++i) {
                auto r = writer.call<int>(
                    [t, i](Database &db) -> Result<int> { return db.schemaVersion() > 0 ? t * 10 + i : -1000; });
                sum += r ? r.value() : -1000;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(sum.load(), 4 * 45 + 10 * (0 + 10 + 20 + 30));
}

void tst_DatabaseWriter::longTaskYieldsToQueuedOnes()
{
    DatabaseWriter writer(m_path);
    QObject receiver;
    QStringList events;
    std::atomic<bool> started = false;
    std::atomic<bool> queued = false;
    writer.submit<void>(
        &receiver,
        [&](Database &) -> Result<void> {
            started = true;
            while (!queued)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            writer.yieldToQueued(); // the short task runs here, in the middle of the long one
            return {};
        },
        [&](Result<void> &) { events << QStringLiteral("long"); });
    QTRY_VERIFY(started.load());
    writer.submit<void>(
        &receiver, [](Database &) -> Result<void> { return {}; },
        [&](Result<void> &) { events << QStringLiteral("short"); });
    queued = true;
    QTRY_COMPARE(events.size(), 2);
    QCOMPARE(events, (QStringList { QStringLiteral("short"), QStringLiteral("long") }));
}

void tst_DatabaseWriter::waitsForAnotherConnectionsWrite()
{
    // Another connection (a sync worker) holds the write lock for a while: the edit waits for
    // it on the writer's thread and then lands.
    QSqlQuery lock(m_reader->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    StudentService service(std::make_shared<DatabaseWriter>(m_path));
    const StudentRecord before = *StudentRepository(*m_reader).byId(1).value();
    StudentRecord after = before;
    after.note = QStringLiteral("after the lock");
    QObject receiver;
    std::optional<Result<StudentRecord>> result;
    service.store(&receiver, std::make_shared<StudentEdit>(before, after), StudentEdit::Side::After,
        QStringLiteral("tester"), [&](Result<StudentRecord> &r) { result = r; });
    QTest::qWait(300);
    QVERIFY(!result); // still waiting, and this thread was free to run its event loop
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().detail));
    QCOMPARE(StudentRepository(*m_reader).byId(1).value()->note, QStringLiteral("after the lock"));
}

void tst_DatabaseWriter::editUndoRedo()
{
    StudentService service = StudentService::forDatabase(m_path);
    const StudentRecord before = *StudentRepository(*m_reader).byId(2).value();
    StudentRecord after = before;
    after.major = QStringLiteral("物理学");
    auto edit = std::make_shared<StudentEdit>(before, after);
    // Queued back to back: each store starts from the version the previous one left.
    QObject receiver;
    QStringList majors;
    const auto record = [&](Result<StudentRecord> &r) { majors << (r ? r.value().major : r.error().code); };
    service.store(&receiver, edit, StudentEdit::Side::After, QStringLiteral("tester"), record);
    service.store(&receiver, edit, StudentEdit::Side::Before, QStringLiteral("tester"), record);
    service.store(&receiver, edit, StudentEdit::Side::After, QStringLiteral("tester"), record);
    QTRY_COMPARE(majors.size(), 3);
    QCOMPARE(majors, (QStringList { QStringLiteral("物理学"), before.major, QStringLiteral("物理学") }));
    QCOMPARE(StudentRepository(*m_reader).byId(2).value()->major, QStringLiteral("物理学"));
    QCOMPARE(edit->after().rowVersion, StudentRepository(*m_reader).byId(2).value()->rowVersion);
}

void tst_DatabaseWriter::staleUndoIsRefused()
{
    StudentService service = StudentService::forDatabase(m_path);
    StudentRepository repo(*m_reader);
    const StudentRecord before = *repo.byId(3).value();
    StudentRecord after = before;
    after.note = QStringLiteral("mine");
    auto edit = std::make_shared<StudentEdit>(before, after);
    QVERIFY(service.storeAndWait(edit, StudentEdit::Side::After, QStringLiteral("tester")));
    StudentRecord current = *repo.byId(3).value();
    StudentRecord other = current;
    other.note = QStringLiteral("someone else's");
    QVERIFY(repo.update(current, other, QStringLiteral("someone")));
    auto undone = service.storeAndWait(edit, StudentEdit::Side::Before, QStringLiteral("tester"));
    QVERIFY(!undone);
    QCOMPARE(undone.error().code, QStringLiteral("store.stale"));
    QCOMPARE(repo.byId(3).value()->note, QStringLiteral("someone else's"));
}

void tst_DatabaseWriter::revealIsAudited()
{
    StudentService service = StudentService::forDatabase(m_path);
    const int before = auditCount(QStringLiteral("student.reveal_id"));
    QVERIFY(service.logRevealAndWait(4, QStringLiteral("tester")));
    QCOMPARE(auditCount(QStringLiteral("student.reveal_id")), before + 1);
}

void tst_DatabaseWriter::oneWriterPerFile()
{
    auto a = DatabaseWriter::forPath(m_path);
    auto b = DatabaseWriter::forPath(m_dir->filePath(QStringLiteral("./cetdesk.sqlite")));
    QCOMPARE(a.get(), b.get());
    auto other = DatabaseWriter::forPath(m_dir->filePath(QStringLiteral("other.sqlite")));
    QVERIFY(other.get() != a.get());
}

void tst_DatabaseWriter::openFailureReachesEveryTask()
{
    // A folder where the file should be: the writer can not open it.
    const QString path = m_dir->filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkpath(path));
    DatabaseWriter writer(path);
    auto r = writer.call<int>([](Database &) -> Result<int> { return 1; });
    QVERIFY(!r);
    QVERIFY(r.error().code.startsWith(QStringLiteral("store.")));
}

void tst_DatabaseWriter::letGoByItsOwnTask()
{
    // The last reference goes with a task on the writer's thread: the loop ends by itself.
    auto writer = std::make_shared<DatabaseWriter>(m_path);
    QObject receiver;
    bool done = false;
    DatabaseWriter *raw = writer.get();
    raw->submit<void>(
        &receiver, [holder = std::move(writer)](Database &) -> Result<void> { return {}; },
        [&done](Result<void> &r) { done = r.ok(); });
    QTRY_VERIFY(done);
}

QTEST_GUILESS_MAIN(tst_DatabaseWriter)
#include "tst_databasewriter.moc"
