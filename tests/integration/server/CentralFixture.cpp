#include "CentralFixture.h"

#include "StudentFields.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <atomic>

namespace cet::central::test {

namespace {
std::atomic<int> g_counter{ 0 };

// Runs statements on a connection of its own; returns the first column of the last row of the last one.
QVariant adminQuery(const QString &pgUrl, const QStringList &statements)
{
    const QUrl u(pgUrl);
    const QString name = QStringLiteral("admin-%1").arg(++g_counter);
    QVariant last;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        d.setHostName(u.host());
        d.setPort(u.port(5432));
        d.setUserName(u.userName());
        d.setPassword(u.password());
        d.setDatabaseName(u.path().mid(1));
        if (d.open()) {
            QSqlQuery(d).exec(QStringLiteral("SET client_min_messages TO warning"));
            for (const QString &sql : statements) {
                QSqlQuery q(d);
                q.exec(sql);
                while (q.next())
                    last = q.value(0);
            }
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
    return last;
}

void dropSchema(const QString &pgUrl, const QString &schema)
{
    adminQuery(pgUrl, { QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema) });
}
} // namespace

TestDatabase::TestDatabase(Backend backend) : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("central.db"));
        return;
    }
    const QString base = qEnvironmentVariable("CETDESK_TEST_PG_URL");
    if (base.isEmpty()) {
        m_skip = QStringLiteral("CETDESK_TEST_PG_URL is not set (eval \"$(scripts/test-postgres.sh)\")");
        return;
    }
    m_schema = QStringLiteral("t_%1_%2_%3")
                   .arg(QCoreApplication::applicationPid())
                   .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                   .arg(++g_counter);
    m_url = base + (base.contains(QLatin1Char('?')) ? QStringLiteral("&schema=") : QStringLiteral("?schema=")) + m_schema;
}

TestDatabase::~TestDatabase()
{
    if (m_backend == Backend::Postgres && !m_schema.isEmpty())
        dropSchema(qEnvironmentVariable("CETDESK_TEST_PG_URL"), m_schema);
}

int TestDatabase::terminateConnections() const
{
    if (m_schema.isEmpty())
        return 0;
    return adminQuery(qEnvironmentVariable("CETDESK_TEST_PG_URL"),
                      { QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                       "WHERE application_name = 'cet-central.%1'")
                            .arg(m_schema) })
        .toInt();
}

protocol::Op createOp(const QString &opId, const StudentRecord &r)
{
    protocol::Op op;
    op.opId = opId;
    op.entity = protocol::kStudentEntity;
    op.key = protocol::studentKey(r);
    op.baseVersion = 0;
    op.kind = protocol::Op::Kind::Upsert;
    for (int i = 0; i < int(StudentField::Count_); ++i)
        op.changes.insert(protocol::studentFieldName(StudentField(i)),
                          protocol::FieldChange{ QJsonValue(), protocol::studentFieldValue(r, StudentField(i)) });
    return op;
}

protocol::Op changeOp(const QString &opId, const StudentRecord &r, const QString &field, const QJsonValue &oldValue,
                      const QJsonValue &newValue, qint64 baseVersion)
{
    protocol::Op op;
    op.opId = opId;
    op.entity = protocol::kStudentEntity;
    op.key = protocol::studentKey(r);
    op.baseVersion = baseVersion;
    op.kind = protocol::Op::Kind::Upsert;
    op.changes.insert(field, protocol::FieldChange{ oldValue, newValue });
    return op;
}

protocol::Op deleteOp(const QString &opId, const StudentRecord &r, qint64 baseVersion)
{
    protocol::Op op;
    op.opId = opId;
    op.entity = protocol::kStudentEntity;
    op.key = protocol::studentKey(r);
    op.baseVersion = baseVersion;
    op.kind = protocol::Op::Kind::Delete;
    return op;
}

protocol::PushRequest pushOf(const QList<protocol::Op> &ops, const QString &epoch)
{
    return protocol::PushRequest{ epoch, ops };
}

void addBackendRows()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("sqlite") << int(TestDatabase::Backend::Sqlite);
    QTest::newRow("postgres") << int(TestDatabase::Backend::Postgres);
}

std::unique_ptr<TestDatabase> backendDatabase()
{
    QFETCH_GLOBAL(int, backend);
    return std::make_unique<TestDatabase>(TestDatabase::Backend(backend));
}

std::unique_ptr<CentralService> openMigrated(const TestDatabase &db, const QDateTime *now)
{
    auto svc = CentralService::open(db.url());
    if (!svc) {
        qWarning().noquote() << "open:" << svc.error().message << svc.error().detail;
        return nullptr;
    }
    std::unique_ptr<CentralService> out = std::move(svc).value();
    out->setClock([now] { return *now; });
    if (auto m = out->migrate(); !m) {
        qWarning().noquote() << "migrate:" << m.error().message << m.error().detail;
        return nullptr;
    }
    return out;
}

} // namespace cet::central::test
