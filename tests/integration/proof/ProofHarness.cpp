#include "ProofHarness.h"

#include "../store/PackedStudentRows.h"

#include "DbUrl.h"
#include "IdNumber.h"
#include "StudentFields.h"
#include "StudentImportRepository.h"
#include "StudentRepository.h"
#include "SyncHttp.h"
#include "SyncStore.h"
#include "Wire.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace cet;

namespace proof {

QStringList backendNames()
{
    QStringList names{QStringLiteral("sqlite")};
    if (!qEnvironmentVariableIsEmpty("CETDESK_TEST_PG_URL"))
        names << QStringLiteral("postgres");
    return names;
}

QString makeDbUrl(const QString &backend, const QString &dir, const QString &tag)
{
    if (backend == QLatin1String("postgres"))
        return test::TestServer::scratchPostgresUrl(QStringLiteral("proof_") + tag);
    return QStringLiteral("sqlite:") + QDir(dir).filePath(tag + QStringLiteral("-central.sqlite"));
}

StudentRecord makeStudent(int n, int variant)
{
    static const char16_t *const surnames = u"王李张刘陈杨黄赵吴周";
    static const char16_t *const given = u"伟芳娜敏静丽强磊军洋";
    static const char *const departments[] = {"计算机学院", "外国语学院", "数学科学学院"};
    static const char *const majors[] = {"软件工程", "英语", "数学与应用数学"};
    StudentRecord r;
    const bool male = n % 2 == 1;
    const QDate birth = QDate(2003, 1, 1).addDays(n / 400);
    const QString first17 = QStringLiteral("110101") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(100 + (n % 400) * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    r.idType = IdType::ResidentId;
    r.idNumber = first17 + residentIdCheckChar(first17);
    r.gender = male ? Gender::Male : Gender::Female;
    r.name = QString(QChar(surnames[n % 10])) + QChar(given[(n / 10 + variant) % 10]);
    r.schoolCode = kSchool;
    r.campusCode = kSchool + QString::number(1 + n % 2);
    r.education = Education::Bachelor;
    r.programYears = 4;
    r.enrolYear = 2023;
    r.grade = QStringLiteral("2023");
    r.department = QString::fromUtf8(departments[(n + variant) % 3]);
    r.major = QString::fromUtf8(majors[n % 3]);
    r.className = QStringLiteral("%1班").arg(1 + (n + variant) % 4);
    r.studentNo = QStringLiteral("S%1").arg(n, 5, 10, QLatin1Char('0'));
    r.note = variant ? QStringLiteral("v%1").arg(variant) : QString();
    return r;
}

// --- Client ---

Client::Client(const QString &name, const QString &dbPath) : m_name(name), m_path(dbPath)
{
    reopen();
}

Client::~Client() = default;

void Client::reopen()
{
    m_engine.reset();
    m_db.reset();
    auto db = Database::open(m_path);
    if (!db)
        qFatal("%s: cannot open %s: %s", qPrintable(m_name), qPrintable(m_path), qPrintable(db.error().message));
    m_db = std::move(db.value());
    m_engine = std::make_unique<SyncEngine>(DatabaseWriter::forPath(m_path));
    // Imports are expanded in pieces of a few records, so that runs cut by faults leave imports
    // expanded in part (the default pieces are thousands of records, more than these imports).
    SyncEngine::Options options;
    options.firstExpansionPiece = 2;
    options.expansionPiece = 3;
    m_engine->setOptions(options);
    if (m_attempts > 0)
        setFastRetries(m_attempts, m_timeoutMs);
    if (!m_server.isEmpty())
        (void)signIn(m_server); // the token lives in memory only (no keychain in tests)
}

void Client::setFastRetries(int attempts, int timeoutMs)
{
    m_attempts = attempts;
    m_timeoutMs = timeoutMs;
    m_engine->http().setRetryPolicy(attempts, 10, 40);
    m_engine->http().setTimeout(timeoutMs);
}

Result<SyncAccount> Client::signIn(const QString &serverUrl)
{
    m_server = serverUrl;
    return m_engine->signIn(serverUrl, kUser, kPassword);
}

Result<SyncSummary> Client::sync()
{
    return m_engine->sync();
}

Result<SyncSummary> Client::syncUntilClean(int tries)
{
    Result<SyncSummary> last = Error{QStringLiteral("proof.not_run"), QStringLiteral("not run"), {}};
    for (int i = 0; i < tries; ++i) {
        last = m_engine->sync();
        if (!last.ok() && last.error().code == QLatin1String("sync.sign_in_needed") && !m_server.isEmpty())
            (void)signIn(m_server);
        if (last.ok() && last.value().pendingAfter == 0)
            return last;
    }
    return last;
}

QList<StudentRecord> Client::liveRecords()
{
    QList<StudentRecord> out;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id FROM students WHERE deleted_at IS NULL ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    StudentRepository repo(*m_db);
    for (qint64 id : ids) {
        auto r = repo.byId(id);
        if (r.ok() && r.value())
            out << *r.value();
    }
    return out;
}

QList<int> Client::liveKeyNumbers()
{
    // Key numbers are recoverable from the 学号 the tests give ("S00042"); records that came from
    // the demo roster have other numbers and are left out.
    QList<int> out;
    for (const StudentRecord &r : liveRecords()) {
        if (r.studentNo.startsWith(QLatin1Char('S')))
            out << r.studentNo.mid(1).toInt();
    }
    return out;
}

bool Client::editRandom(QRandomGenerator &rng, QString *what)
{
    const QList<StudentRecord> live = liveRecords();
    if (live.isEmpty())
        return false;
    const StudentRecord before = live.at(rng.bounded(int(live.size())));
    StudentRecord after = before;
    static const char16_t *const names = u"甲乙丙丁";
    const int n = 1 + rng.bounded(3);
    QStringList fields;
    for (int i = 0; i < n; ++i) {
        switch (rng.bounded(5)) {
        case 0:
            after.name = before.name.left(1) + QChar(names[rng.bounded(4)]);
            fields << QStringLiteral("name");
            break;
        case 1:
            after.note = QStringLiteral("n%1").arg(rng.bounded(4));
            fields << QStringLiteral("note");
            break;
        case 2:
            after.className = QStringLiteral("%1班").arg(1 + rng.bounded(4));
            fields << QStringLiteral("class_name");
            break;
        case 3:
            after.major = rng.bounded(2) ? QStringLiteral("英语") : QStringLiteral("会计");
            fields << QStringLiteral("major");
            break;
        default:
            after.department = QStringLiteral("学院%1").arg(rng.bounded(3));
            fields << QStringLiteral("department");
            break;
        }
    }
    auto r = StudentRepository(*m_db).update(before, after, m_name);
    if (what)
        *what = QStringLiteral("edit %1 %2 → %3").arg(before.studentNo, fields.join(QLatin1Char(',')),
                                                     r.ok() ? QStringLiteral("ok") : r.error().code);
    return r.ok();
}

Result<ImportCommitResult> Client::importKeys(const QList<int> &keys, int variant, const QList<int> &deleteKeys)
{
    StudentImportRepository repo(*m_db);
    auto snapshot = repo.identitySnapshot();
    if (!snapshot)
        return snapshot.error();
    PackedStudentRows rows;
    for (int k : keys)
        rows.append(makeStudent(k, variant));
    std::vector<PlanRow> plan = planFor(snapshot.value(), rows);
    StudentRepository students(*m_db);
    for (int k : deleteKeys) {
        const StudentRecord s = makeStudent(k);
        auto found = students.byIdentity(s.idType, s.idNumber);
        if (found.ok() && found.value() && !keys.contains(k))
            plan.push_back({0, -1, PlanAction::Delete, found.value()->id, 0});
    }
    ImportBatch batch;
    batch.actor = m_name;
    batch.fileName = QStringLiteral("%1-%2.csv").arg(m_name).arg(++m_importCount);
    batch.fileSha256 = QString::fromLatin1(
        QCryptographicHash::hash((m_name + QUuid::createUuid().toString()).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
    batch.rowsRead = int(rows.size());
    ImportProgress progress;
    return repo.commit(batch, snapshot.value(), plan, rows, progress);
}

Result<void> Client::undoLastImport()
{
    StudentImportRepository repo(*m_db);
    auto history = repo.history(5);
    if (!history)
        return history.error();
    for (const ImportHistoryEntry &e : history.value()) {
        if (!e.undone)
            return repo.undo(e.batch.id, m_name);
    }
    return Error{QStringLiteral("proof.nothing_to_undo"), QStringLiteral("nothing to undo"), {}};
}

QList<Client::OutboxRow> Client::outbox()
{
    QList<OutboxRow> out;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT seq, op_id, entity, entity_key, kind, state, changes, last_error FROM outbox"
                          " ORDER BY seq"));
    while (q.next()) {
        OutboxRow r;
        r.seq = q.value(0).toLongLong();
        r.opId = q.value(1).toString();
        r.entity = q.value(2).toString();
        r.key = q.value(3).toString();
        r.kind = q.value(4).toString();
        r.state = q.value(5).toString();
        r.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        r.lastError = q.value(7).toString();
        out << r;
    }
    return out;
}

QList<Client::ConflictRow> Client::conflicts()
{
    QList<ConflictRow> out;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT entity_key, field, op_id, resolved_at IS NOT NULL FROM sync_conflicts ORDER BY id"));
    while (q.next())
        out << ConflictRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    return out;
}

SyncState Client::syncState()
{
    auto s = SyncStore(*m_db).state();
    return s.ok() ? s.value() : SyncState{};
}

QStringList Client::duplicateKeys()
{
    QStringList out;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT id_type, id_number, COUNT(*) FROM students WHERE deleted_at IS NULL "
                          "GROUP BY id_type, id_number HAVING COUNT(*) > 1"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    return out;
}

// --- Rig ---

Result<void> Rig::start(const QString &dbUrl, int roster)
{
    server.setDatabaseUrl(dbUrl);
    server.setArguments({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--listen"),
                         QStringLiteral("{listen}"), QStringLiteral("--roster"), QString::number(roster)});
    if (!server.start())
        return Error{QStringLiteral("proof.server"), server.errorString() + QLatin1Char('\n') + server.output(), {}};
    if (!proxy.listen(server.port()))
        return Error{QStringLiteral("proof.proxy"), QStringLiteral("proxy did not listen"), {}};
    ServerView view;
    if (auto r = view.load(server.baseUrl(), dbUrl); !r)
        return r.error();
    initial.clear();
    for (const ServerRecord &r : std::as_const(view.records)) {
        if (!r.deleted)
            initial.insert(r.key, r.data);
    }
    return {};
}

Rig::~Rig()
{
    server.kill();
    auto url = central::DbUrl::parse(server.databaseUrl());
    if (!url.ok() || url.value().kind != central::DbUrl::Kind::Postgres || url.value().schema.isEmpty()
        || qEnvironmentVariableIsSet("CETDESK_SYNC_KEEP"))
        return;
    const QString conn = QStringLiteral("proof-drop-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
        db.setHostName(url.value().host);
        db.setPort(url.value().port);
        db.setUserName(url.value().user);
        db.setPassword(url.value().password);
        db.setDatabaseName(url.value().database);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(url.value().schema));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
}

bool Rig::restartServer()
{
    if (!server.restart())
        return false;
    proxy.setUpstreamPort(server.port());
    return true;
}

} // namespace proof
