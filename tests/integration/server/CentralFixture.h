#pragma once

// Test databases for CentralService: a fresh SQLite file or a fresh PostgreSQL schema
// (in the database of CETDESK_TEST_PG_URL) per test, dropped afterwards.

#include "CentralService.h"
#include "StudentRecord.h"

#include <QTemporaryDir>

#include <memory>

namespace cet::central::test {

class TestDatabase
{
public:
    enum class Backend { Sqlite, Postgres };
    // Fails the test (QSKIP for PostgreSQL without CETDESK_TEST_PG_URL) through the return value: empty url.
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    QString url() const { return m_url; }
    QString skipReason() const { return m_skip; }
    QString schema() const { return m_schema; } // PostgreSQL
    // Ends the PostgreSQL connections of CentralService instances on this test's schema.
    int terminateConnections() const;

    static bool postgresAvailable() { return !qEnvironmentVariableIsEmpty("CETDESK_TEST_PG_URL"); }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_schema;
    QString m_skip;
};

// The rows "sqlite" and "postgres" of a test's initTestCase_data, column "backend".
void addBackendRows();
// The TestDatabase of the current "backend" row; null after QSKIP-worthy absence of PostgreSQL
// (skipReason() of the returned object says why).
std::unique_ptr<TestDatabase> backendDatabase();
// A migrated CentralService on `db` whose clock reads `*now` (a test moves time by assigning it).
// Null, with the reason logged, when it can not be opened or migrated.
std::unique_ptr<CentralService> openMigrated(const TestDatabase &db, const QDateTime *now);

// An upsert op creating `r` (every field as [null, value]).
protocol::Op createOp(const QString &opId, const StudentRecord &r);
// An upsert op changing one field.
protocol::Op changeOp(const QString &opId, const StudentRecord &r, const QString &field, const QJsonValue &oldValue,
                      const QJsonValue &newValue, qint64 baseVersion);
protocol::Op deleteOp(const QString &opId, const StudentRecord &r, qint64 baseVersion);
protocol::PushRequest pushOf(const QList<protocol::Op> &ops, const QString &epoch = {});

} // namespace cet::central::test
