#include "Database.h"
#include "Migrations.h"
#include "StoreTestSql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

    static QSqlDatabase rawOpen(const QString &path, const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("can not open %s", qPrintable(path));
        return db;
    }

    static QStringList tables(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    static int userVersion(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static QStringList columns(const QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

    static QStringList v4Tables()
    {
        return { QStringLiteral("audit_log"),     QStringLiteral("import_batch_rows"), QStringLiteral("import_batches"),
                 QStringLiteral("outbox"),        QStringLiteral("student_base"),      QStringLiteral("student_photos"),
                 QStringLiteral("students"),      QStringLiteral("students_state"),    QStringLiteral("sync_conflicts"),
                 QStringLiteral("sync_import_keys"), QStringLiteral("sync_log"),       QStringLiteral("sync_state") };
    }

    static QStringList v6Tables()
    {
        QStringList t = v4Tables();
        t << QStringLiteral("notices") << QStringLiteral("sync_base");
        t.sort();
        return t;
    }

    static QStringList v7Tables()
    {
        QStringList t = v6Tables();
        t << QStringLiteral("cet6_reviews");
        t.sort();
        return t;
    }
    static QStringList v8Tables()
    {
        QStringList t = v7Tables();
        t << QStringLiteral("campuses") << QStringLiteral("offers");
        t.sort();
        return t;
    }
    static QStringList v9Tables()
    {
        QStringList t = v8Tables();
        t << QStringLiteral("offer_booking_hours") << QStringLiteral("offer_usage")
          << QStringLiteral("offer_usage_state");
        t.sort();
        return t;
    }

    static QStringList v10Tables()
    {
        QStringList t = v9Tables();
        t << QStringLiteral("review_uploads");
        t.sort();
        return t;
    }
    static QStringList v11Tables()
    {
        QStringList t = v10Tables();
        t << QStringLiteral("registration_states") << QStringLiteral("registration_fetch");
        t.sort();
        return t;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void latestIsEleven() { QCOMPARE(Migrations::latestVersion(), 11); }

    void eachVersionFromEmpty_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("v1") << 1 << QStringList{ QStringLiteral("import_batches"), QStringLiteral("students") };
        QTest::newRow("v2") << 2
                            << QStringList{ QStringLiteral("audit_log"), QStringLiteral("import_batches"),
                                            QStringLiteral("outbox"), QStringLiteral("students") };
        QTest::newRow("v3") << 3
                            << QStringList{ QStringLiteral("audit_log"), QStringLiteral("import_batch_rows"),
                                            QStringLiteral("import_batches"), QStringLiteral("outbox"),
                                            QStringLiteral("student_photos"), QStringLiteral("students"),
                                            QStringLiteral("students_state") };
        QTest::newRow("v4") << 4 << v4Tables();
        QTest::newRow("v5") << 5 << v4Tables();
        QTest::newRow("v6") << 6 << v6Tables();
        QTest::newRow("v7") << 7 << v7Tables();
        QTest::newRow("v8") << 8 << v8Tables();
        QTest::newRow("v9") << 9 << v9Tables();
        QTest::newRow("v10") << 10 << v10Tables();
        QTest::newRow("v11") << 11 << v11Tables();
    }
    void eachVersionFromEmpty()
    {
        QFETCH(int, target);
        QFETCH(QStringList, expected);
        const QString path = newPath();
        {
            QSqlDatabase db = rawOpen(path, QStringLiteral("raw"));
            auto r = Migrations::migrate(db, target);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
            QCOMPARE(userVersion(db), target);
            QCOMPARE(tables(db), expected);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void fromPreviousVersionKeepsData()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = rawOpen(path, QStringLiteral("raw"));
            QVERIFY(Migrations::migrate(db, 1).ok());
            QCOMPARE(userVersion(db), 1);
            QVERIFY(!tables(db).contains(QStringLiteral("outbox")));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO import_batches (actor, started_at) VALUES ('t', 'x')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO students (name, id_type, id_number, campus_code, import_batch_id, created_at, updated_at) "
                "VALUES ('Zhang San', 1, '11010119900307001X', '100011', 1, 'x', 'x'), "
                "('Li Si', 1, '110101199003070028', '100012', NULL, 'x', 'x')")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
        Database &database = *opened.value();
        QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
        QSqlDatabase db = database.connection();
        QCOMPARE(tables(db), v11Tables());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM students")), 2);
        // Rows from before v3 have no content hash yet ("compute it").
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM students WHERE content_hash IS NULL")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT rows_deleted + rows_unchanged FROM import_batches")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batches WHERE undone_at IS NULL")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT import_batch_id FROM students WHERE name = 'Zhang San'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM import_batches")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        // v4: one sync_state row, nothing synced yet; the outbox's retry columns.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sync_state WHERE id = 1 AND cursor = 0 AND epoch = ''")), 1);
        for (const char *column : { "attempts", "last_error", "next_try_at", "acked_at", "kind" })
            QVERIFY2(columns(db, QStringLiteral("outbox")).contains(QLatin1String(column)), column);
        // v5: a random client id (16 hex digits).
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT client_id FROM sync_state WHERE id = 1")) && q.next());
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(q.value(0).toString()).hasMatch(),
                 qPrintable(q.value(0).toString()));
    }

    // Two databases get different client ids (they are part of the op ids).
    void clientIdsDiffer()
    {
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            auto opened = Database::open(newPath());
            QVERIFY(opened.ok());
            QSqlQuery q(opened.value()->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT client_id FROM sync_state WHERE id = 1")) && q.next());
            ids << q.value(0).toString();
        }
        QVERIFY(!ids.at(0).isEmpty());
        QVERIFY(ids.at(0) != ids.at(1));
    }

    // v3's triggers: every write to students moves students_state; an UPDATE of student data that
    // leaves content_hash as it was clears it; a student's photo goes with the student.
    void v3TriggersAndPhotos()
    {
        auto opened = Database::open(newPath());
        QVERIFY(opened.ok());
        QSqlDatabase db = opened.value()->connection();
        QSqlQuery q(db);
        const auto state = [&] { return scalar(db, QStringLiteral("SELECT changes FROM students_state")); };
        QCOMPARE(state(), 0);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO students (name, id_type, id_number, created_at, updated_at, "
                                      "content_hash) VALUES ('Zhang San', 1, '11010119900307001X', 'x', 'x', 42)")));
        QCOMPARE(state(), 1);
        QVERIFY(q.exec(QStringLiteral("UPDATE students SET content_hash = 43, note = 'n'")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT content_hash FROM students")), 43);
        QCOMPARE(state(), 2);
        QVERIFY(q.exec(QStringLiteral("UPDATE students SET note = 'changed by a writer that knows no hash'")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM students WHERE content_hash IS NULL")), 1);
        QVERIFY(state() >= 3);
        QVERIFY(q.exec(QStringLiteral("UPDATE students SET row_version = row_version + 1, content_hash = 7")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT content_hash FROM students")), 7); // no data column set
        QVERIFY(q.exec(QStringLiteral("INSERT INTO student_photos (student_id, jpeg, sha256, width, height, bytes, "
                                      "updated_at) SELECT id, x'FFD8FFD9', 'h', 144, 192, 4, 'x' FROM students")));
        const qint64 before = state();
        QVERIFY(q.exec(QStringLiteral("DELETE FROM students")));
        QCOMPARE(state(), before + 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM student_photos")), 0);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO import_batch_rows (batch_id, student_id, action, before_json, "
                                       "after_row_version) VALUES (1, 1, 'insert', '{}', 1)")));
    }

    void idempotent()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = rawOpen(path, QStringLiteral("raw"));
            QVERIFY(Migrations::migrate(db).ok());
            QVERIFY(Migrations::migrate(db).ok());
            QVERIFY(Migrations::migrate(db, 1).ok()); // lower target: nothing to do, nothing undone
            QCOMPARE(userVersion(db), Migrations::latestVersion());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        // Opening twice runs the migrations twice.
        for (int i = 0; i < 2; ++i) {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            QCOMPARE(opened.value()->schemaVersion(), Migrations::latestVersion());
        }
    }

    void tooNewRefused()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = rawOpen(path, QStringLiteral("raw"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            q.finish();
            auto r = Migrations::migrate(db);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("store.too_new"));
            QVERIFY(!r.error().message.isEmpty());
            QCOMPARE(userVersion(db), Migrations::latestVersion() + 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto rw = Database::open(path);
        QVERIFY(!rw.ok());
        QCOMPARE(rw.error().code, QStringLiteral("store.too_new"));
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!ro.ok());
        QCOMPARE(ro.error().code, QStringLiteral("store.too_new"));
    }

    void readOnlyRefusesOldSchemaAndCanNotWrite()
    {
        const QString path = newPath();
        {
            QSqlDatabase db = rawOpen(path, QStringLiteral("raw"));
            QVERIFY(Migrations::migrate(db, 1).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto ro = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(!ro.ok());
        QCOMPARE(ro.error().code, QStringLiteral("store.schema_mismatch"));

        QVERIFY(Database::open(path).ok()); // upgrade
        auto ro2 = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(ro2.ok());
        QSqlQuery q(ro2.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO import_batches (started_at) VALUES ('x')")));
    }

    void pragmasAndUniqueConnections()
    {
        const QString path = newPath();
        auto a = Database::open(path);
        auto b = Database::open(path);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value()->connection().connectionName() != b.value()->connection().connectionName());
        QSqlDatabase db = a.value()->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);
    }

    void destructorRemovesConnection()
    {
        QString name;
        {
            auto a = Database::open(newPath());
            QVERIFY(a.ok());
            name = a.value()->connection().connectionName();
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void defaultPathFollowsEnvironment()
    {
        qputenv("CETDESK_DB", "/tmp/somewhere/x.sqlite");
        QCOMPARE(Database::defaultPath(), QStringLiteral("/tmp/somewhere/x.sqlite"));
        qunsetenv("CETDESK_DB");
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("/cetdesk.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
