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

// --- ServerView ---

Result<void> ServerView::load(const QString &serverUrl, const QString &dbUrl)
{
    records.clear();
    notices.clear();
    opResults.clear();
    opResultRows = 0;
    SyncHttp http;
    http.setRetryPolicy(3, 50, 200);
    if (auto r = http.setServer(serverUrl); !r)
        return r.error();
    QJsonObject login{{QStringLiteral("user"), kUser}, {QStringLiteral("password"), kPassword},
                      {QStringLiteral("client"), QStringLiteral("proof")}};
    auto logged = http.post(QStringLiteral("/api/v1/auth/login"), login);
    if (!logged)
        return logged.error();
    auto lr = protocol::LoginResponse::fromJson(logged.value());
    if (!lr)
        return lr.error();
    http.setToken(lr.value().token);
    qint64 since = 0;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("since"), QString::number(since));
        q.addQueryItem(QStringLiteral("limit"), QString::number(protocol::kMaxChangesLimit));
        auto page = http.get(QStringLiteral("/api/v1/sync/changes"), q);
        if (!page)
            return page.error();
        auto p = protocol::ChangesPage::fromJson(page.value());
        if (!p)
            return p.error();
        for (const protocol::Change &c : p.value().changes) {
            if (c.entity != protocol::kStudentEntity && c.entity != QLatin1String("notice"))
                return Error{QStringLiteral("proof.entity"), QStringLiteral("change of entity %1").arg(c.entity), {}};
            ServerRecord &r = c.entity == protocol::kStudentEntity ? records[c.key] : notices[c.key];
            if (c.seq < r.seq)
                return Error{QStringLiteral("proof.order"), QStringLiteral("changes out of seq order at %1").arg(c.key), {}};
            r.key = c.key;
            r.version = c.version;
            r.seq = c.seq;
            r.deleted = c.deleted;
            r.data = c.data.value_or(QJsonObject());
        }
        if (p.value().next < since)
            return Error{QStringLiteral("proof.cursor_back"), QStringLiteral("next went backwards"), {}};
        since = p.value().next;
        if (!p.value().more)
            break;
    }
    liveCount = 0;
    for (const ServerRecord &r : std::as_const(records))
        liveCount += r.deleted ? 0 : 1;
    auto digest = http.get(QStringLiteral("/api/v1/sync/digest"));
    if (!digest)
        return digest.error();
    auto d = protocol::Digest::fromJson(digest.value());
    if (!d)
        return d.error();
    const protocol::EntityDigest e = d.value().entities.value(protocol::kStudentEntity);
    digestHash = e.hash;
    digestCount = e.count;
    const protocol::EntityDigest n = d.value().entities.value(QStringLiteral("notice"));
    noticeDigestHash = n.hash;
    noticeDigestCount = n.count;
    lastSeq = d.value().lastSeq;

    // op_results straight from the server's database.
    auto url = central::DbUrl::parse(dbUrl);
    if (!url)
        return url.error();
    const QString conn = QStringLiteral("proof-view-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db;
        if (url.value().kind == central::DbUrl::Kind::Sqlite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(url.value().path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(url.value().host);
            db.setPort(url.value().port);
            db.setUserName(url.value().user);
            db.setPassword(url.value().password);
            db.setDatabaseName(url.value().database);
        }
        Result<void> result;
        if (!db.open()) {
            result = Error{QStringLiteral("proof.db"), db.lastError().text(), {}};
        } else {
            QSqlQuery q(db);
            if (!url.value().schema.isEmpty())
                q.exec(QStringLiteral("SET search_path TO ") + url.value().schema);
            if (!q.exec(QStringLiteral("SELECT op_id, result_json FROM op_results WHERE school_code = '%1'").arg(kSchool))) {
                result = Error{QStringLiteral("proof.db"), q.lastError().text(), {}};
            } else {
                while (q.next()) {
                    ++opResultRows;
                    ServerOpResult r;
                    r.opId = q.value(0).toString();
                    r.json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                    r.status = r.json.value(QStringLiteral("status")).toString();
                    r.seq = r.json.value(QStringLiteral("seq")).toInteger();
                    r.version = r.json.value(QStringLiteral("version")).toInteger();
                    opResults.insert(r.opId, r);
                }
            }
        }
        db.close();
        if (!result)
            return result;
    }
    QSqlDatabase::removeDatabase(conn);
    return {};
}

// --- Checks ---

namespace {

QString stateFor(const QString &serverStatus)
{
    if (serverStatus == QLatin1String("applied"))
        return QStringLiteral("acked");
    return serverStatus; // conflict | rejected
}

bool sameValue(const QString &field, const QJsonValue &a, const QJsonValue &b)
{
    const auto f = protocol::studentFieldFromName(field);
    if (!f)
        return a == b;
    return protocol::sameFieldValue(*f, a, b);
}

QString show(const QJsonValue &v)
{
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

QStringList verifyConverged(const ServerView &server, const QList<Client *> &clients)
{
    QStringList failures;
    if (server.opResultRows != server.opResults.size())
        failures << QStringLiteral("server: %1 op_results rows for %2 op ids (an op stored twice)")
                        .arg(server.opResultRows)
                        .arg(server.opResults.size());
    if (server.liveCount != server.digestCount)
        failures << QStringLiteral("server: %1 live records in the changes feed, digest says %2")
                        .arg(server.liveCount)
                        .arg(server.digestCount);

    QSet<QString> clientOps;
    for (Client *c : clients) {
        const QString who = c->name();
        // 1. Nothing pending; every op's outcome is the server's.
        QSet<QString> openConflictFields; // key|field
        QSet<QString> surfaced;           // op|field
        for (const Client::ConflictRow &k : c->conflicts()) {
            surfaced.insert(k.opId + QLatin1Char('|') + k.field);
            if (!k.resolved)
                openConflictFields.insert(k.key + QLatin1Char('|') + k.field);
        }
        for (const Client::OutboxRow &op : c->outbox()) {
            if (op.entity == QLatin1String("student_import")) {
                if (op.state != QLatin1String("expanded"))
                    failures << QStringLiteral("%1: import entry %2 still %3").arg(who, op.opId, op.state);
                continue;
            }
            if (clientOps.contains(op.opId))
                failures << QStringLiteral("%1: op id %2 also made by another client").arg(who, op.opId);
            clientOps.insert(op.opId);
            if (op.entity == QLatin1String("notice"))
                continue; // verifyNotices
            if (op.state != QLatin1String("acked") && op.state != QLatin1String("conflict")
                && op.state != QLatin1String("rejected")) {
                failures << QStringLiteral("%1: op %2 (%3) still %4").arg(who, op.opId, op.key, op.state);
                continue;
            }
            const auto it = server.opResults.constFind(op.opId);
            if (it == server.opResults.constEnd()) {
                failures << QStringLiteral("%1: op %2 is %3 but the server has no result for it")
                                .arg(who, op.opId, op.state);
                continue;
            }
            if (stateFor(it->status) != op.state)
                failures << QStringLiteral("%1: op %2 is %3 locally, %4 on the server").arg(who, op.opId, op.state, it->status);
            // 2. Every conflict the server reported is surfaced.
            const QJsonArray conflicts = it->json.value(QStringLiteral("conflicts")).toArray();
            for (const QJsonValue &v : conflicts) {
                const QString field = v.toObject().value(QStringLiteral("field")).toString();
                if (!surfaced.contains(op.opId + QLatin1Char('|') + field))
                    failures << QStringLiteral("%1: conflict on %2.%3 (op %4) not in sync_conflicts")
                                    .arg(who, op.key, field, op.opId);
            }
        }
        // 3. Same records as the server.
        const auto digest = SyncStore(c->db()).digest();
        if (!digest.ok()) {
            failures << QStringLiteral("%1: digest: %2").arg(who, digest.error().message);
        } else if (digest.value().count != server.digestCount || digest.value().hash != server.digestHash) {
            failures << QStringLiteral("%1: digest %2/%3, server %4/%5")
                            .arg(who)
                            .arg(digest.value().count)
                            .arg(digest.value().hash)
                            .arg(server.digestCount)
                            .arg(server.digestHash);
        }
        for (const QString &dup : c->duplicateKeys())
            failures << QStringLiteral("%1: natural key %2 twice").arg(who, dup);
        QHash<QString, StudentRecord> local;
        for (const StudentRecord &r : c->liveRecords())
            local.insert(protocol::studentKey(r), r);
        for (const ServerRecord &s : server.records) {
            if (s.deleted) {
                if (local.contains(s.key))
                    failures << QStringLiteral("%1: %2 deleted on the server, live here").arg(who, s.key);
                continue;
            }
            const auto l = local.constFind(s.key);
            if (l == local.constEnd()) {
                failures << QStringLiteral("%1: %2 missing").arg(who, s.key);
                continue;
            }
            if (l->serverVersion != s.version)
                failures << QStringLiteral("%1: %2 at server version %3, server %4").arg(who, s.key).arg(l->serverVersion).arg(s.version);
            const QJsonObject mine = protocol::studentToJson(*l);
            for (const QString &field : protocol::studentFieldNames()) {
                if (openConflictFields.contains(s.key + QLatin1Char('|') + field))
                    continue;
                if (!sameValue(field, mine.value(field), s.data.value(field)))
                    failures << QStringLiteral("%1: %2.%3 = %4, server %5")
                                    .arg(who, s.key, field, show(mine.value(field)), show(s.data.value(field)));
            }
        }
        for (auto it = local.constBegin(); it != local.constEnd(); ++it) {
            const auto s = server.records.constFind(it.key());
            if (s == server.records.constEnd())
                failures << QStringLiteral("%1: %2 is not on the server").arg(who, it.key());
        }
    }
    failures += verifyNotices(server, clients);
    // 4. No op the server knows that no client made.
    for (auto it = server.opResults.constBegin(); it != server.opResults.constEnd(); ++it) {
        if (!clientOps.contains(it.key()))
            failures << QStringLiteral("server: result for op %1 that no client has").arg(it.key());
    }
    return failures;
}

QStringList verifyReplay(const ServerView &server, const QList<Client *> &clients, const QHash<QString, QJsonObject> &initial)
{
    QStringList failures;
    struct Applied
    {
        qint64 seq;
        Client::OutboxRow op;
        QString client;
    };
    QList<Applied> applied;
    for (Client *c : clients) {
        for (const Client::OutboxRow &op : c->outbox()) {
            if (op.entity != QLatin1String("student"))
                continue;
            const auto it = server.opResults.constFind(op.opId);
            if (it == server.opResults.constEnd() || it->seq <= 0)
                continue;
            applied.append({it->seq, op, c->name()});
        }
    }
    std::sort(applied.begin(), applied.end(), [](const Applied &a, const Applied &b) { return a.seq < b.seq; });
    for (int i = 1; i < applied.size(); ++i) {
        if (applied[i].seq == applied[i - 1].seq)
            failures << QStringLiteral("replay: ops %1 and %2 share seq %3")
                            .arg(applied[i - 1].op.opId, applied[i].op.opId)
                            .arg(applied[i].seq);
    }
    QHash<QString, QJsonObject> model = initial;
    QHash<QString, QJsonObject> graves; // deleted records' last data: an upsert brings them back from it
    for (const Applied &a : std::as_const(applied)) {
        const Client::OutboxRow &op = a.op;
        if (op.kind == QLatin1String("delete")) {
            if (model.contains(op.key))
                graves.insert(op.key, model.take(op.key));
            continue;
        }
        const bool exists = model.contains(op.key);
        QJsonObject &row = model[op.key];
        if (!exists)
            row = graves.value(op.key);
        const QJsonArray conflicts = server.opResults.value(op.opId).json.value(QStringLiteral("conflicts")).toArray();
        QSet<QString> conflictFields;
        for (const QJsonValue &v : conflicts)
            conflictFields.insert(v.toObject().value(QStringLiteral("field")).toString());
        for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            const QJsonValue oldValue = pair.at(0);
            const QJsonValue newValue = pair.at(1);
            if (!exists) {
                row.insert(it.key(), newValue);
            } else if (sameValue(it.key(), row.value(it.key()), oldValue)) {
                if (conflictFields.contains(it.key()))
                    failures << QStringLiteral("replay: op %1 (%2) field %3 reported as conflict but the base matched")
                                    .arg(op.opId, a.client, it.key());
                row.insert(it.key(), newValue);
            } else if (!sameValue(it.key(), row.value(it.key()), newValue) && !conflictFields.contains(it.key())) {
                failures << QStringLiteral("replay: op %1 (%2) field %3: server had %4, op expected %5, not reported as conflict")
                                .arg(op.opId, a.client, it.key(), show(row.value(it.key())), show(oldValue));
            }
        }
        if (!exists) {
            // A create: the key gives the identity; fields it does not name are empty.
            if (auto k = protocol::parseStudentKey(op.key); k.ok()) {
                row.insert(QStringLiteral("id_type"), int(k.value().idType));
                row.insert(QStringLiteral("id_number"), k.value().idNumber);
            }
            for (const QString &field : protocol::studentFieldNames()) {
                if (!row.contains(field))
                    row.insert(field, QJsonValue());
            }
        }
    }
    int live = 0;
    for (const ServerRecord &s : server.records) {
        if (s.deleted) {
            if (model.contains(s.key))
                failures << QStringLiteral("replay: %1 deleted on the server, live in the replay").arg(s.key);
            continue;
        }
        ++live;
        const auto m = model.constFind(s.key);
        if (m == model.constEnd()) {
            failures << QStringLiteral("replay: %1 on the server, not in the replay").arg(s.key);
            continue;
        }
        for (const QString &field : protocol::studentFieldNames()) {
            if (!sameValue(field, m->value(field), s.data.value(field)))
                failures << QStringLiteral("replay: %1.%2 = %3 on the server, %4 by replay")
                                .arg(s.key, field, show(s.data.value(field)), show(m->value(field)));
        }
    }
    if (live != model.size())
        failures << QStringLiteral("replay: %1 live records by replay, %2 on the server").arg(model.size()).arg(live);
    return failures;
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
