// The audit log as an auditor needs it, on SQLite and PostgreSQL: every row chained to the one
// before it (also when writers run at once), UPDATE, DELETE and TRUNCATE refused by the database,
// `cet-central audit verify` naming the first changed or missing row with exit code 3, and
// `cet-central audit export` writing a time range as JSON lines; neither the audit nor the push
// results kept for retries holding a full ID number.
#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "DemoRoster.h"
#include "IdMask.h"
#include "StudentFields.h"

#include "Audit.h"
#include "AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <thread>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;

namespace {
const QString kA = QStringLiteral("10001");
const QString kPw = QStringLiteral("secret-password");

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CETCENTRAL_TEST_BIN), args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}
} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    std::unique_ptr<CentralStore> m_raw; // plays the one with direct database access
    QDateTime m_now;

    qint64 count(const QString &where = {})
    {
        auto v = m_raw->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log ") + where);
        return v ? v.value().toLongLong() : -1;
    }

    void fillLog()
    {
        QVERIFY(m_svc->createSchool(kA, QStringLiteral("A")).ok());
        QVERIFY(m_svc->createStaff(QStringLiteral("coord1"), {}, roles::coordinator, kA, kPw).ok());
        auto login = m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), kPw, {} }, QStringLiteral("p"));
        QVERIFY(login.ok());
        auto session = m_svc->authenticate(login.value().token);
        QVERIFY(session.ok());
        QList<protocol::Op> ops;
        for (int i = 0; i < 120; ++i) // a push audits its ops in one multi-row insert
            ops << createOp(QStringLiteral("op-%1").arg(i), demoStudent(kA, i));
        QVERIFY(m_svc->push(session.value(), pushOf(ops)).ok());
        QVERIFY(!m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), QStringLiteral("wrong-pw"), {} },
                              QStringLiteral("p"))
                     .ok());
    }

    bool dropGuards()
    {
        const QStringList sql = m_raw->isPostgres()
                                    ? QStringList{ QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER") }
                                    : QStringList{ QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                                   QStringLiteral("DROP TRIGGER audit_log_no_delete") };
        for (const QString &s : sql)
            if (!m_raw->exec(s))
                return false;
        return true;
    }

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { CentralService::setFastPasswordHashing(true); }

    void init()
    {
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_svc = openMigrated(*m_db, &m_now);
        QVERIFY(m_svc);
        auto raw = CentralStore::open(m_db->url());
        QVERIFY(raw.ok());
        m_raw = std::move(raw.value());
        fillLog();
    }

    void cleanup()
    {
        m_raw.reset();
        m_svc.reset();
        m_db.reset();
    }

    // The hash is over the content as a compact JSON array (the format the verifier and any
    // outside checker rebuild): written without building a QJsonArray, it must stay byte for byte
    // what QJsonDocument writes, escapes and non-ASCII text included.
    void hashIsOverTheDocumentedJson()
    {
        const QList<QVariantList> rows = {
            { qint64(1795413600000), QStringLiteral("coord1"), QStringLiteral("coordinator"), QStringLiteral("sync.create"),
              QStringLiteral("student"), QStringLiteral("1:110101200201011018"), QStringLiteral("10001"), QVariant(),
              QStringLiteral("{\"name\":\"李伟\",\"note\":\"a \\\"quoted\\\" \\n line\"}"), QVariant() },
            { qint64(9007199254740993), QStringLiteral("tab\there"), QStringLiteral("\x01\x1f\x7f"),
              QString(QString(QChar(0xD800)) + QStringLiteral("lone")), QStringLiteral("😀 emoji"), QString(), QVariant(),
              QStringLiteral("</script>"), QStringLiteral("\\back\\slash"), QStringLiteral("\r\b\f") },
        };
        for (const QVariantList &content : rows) {
            QJsonArray values;
            for (qsizetype i = 0; i < content.size(); ++i) {
                const QVariant &v = content.at(i);
                values.append(v.isNull() ? QJsonValue() : QJsonValue(i == 0 ? QString::number(v.toLongLong()) : v.toString()));
            }
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(QByteArrayView("previous-hash\n"));
            h.addData(QJsonDocument(values).toJson(QJsonDocument::Compact));
            QCOMPARE(central::auditchain::rowHash(QStringLiteral("previous-hash"), content),
                     QString::fromLatin1(h.result().toHex()));
        }
    }

    // Whatever the text, the hash stored with a row (computed by the database itself on
    // PostgreSQL) is the one verify() computes again from the stored row.
    void awkwardTextVerifies()
    {
        AuditEntry e;
        e.at = m_now;
        e.actor = QStringLiteral("李伟 😀");
        e.role = QStringLiteral("coordinator");
        e.action = QStringLiteral("test.awkward");
        e.entity = QStringLiteral("student");
        e.entityKey = QStringLiteral("tab\there \"quoted\" \\back\\slash");
        e.school = QStringLiteral("10001");
        e.after = QStringLiteral("{\"name\":\"李伟\",\"note\":\"a \\\"quoted\\\" \\n line\"}");
        e.reason = QStringLiteral("\r\b\f </script> \x01\x1f\x7f");
        auto written = writeAudit(m_svc->store(), e);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().detail));
        auto check = m_svc->verifyAudit();
        QVERIFY(check.ok());
        QVERIFY2(!check.value().brokenId, qPrintable(check.value().problem));
        QCOMPARE(count(QStringLiteral("WHERE action = 'test.awkward'")), 1);
    }

    void chainIsIntact()
    {
        auto check = m_svc->verifyAudit();
        QVERIFY(check.ok());
        QVERIFY2(!check.value().brokenId, qPrintable(check.value().problem));
        QCOMPARE(check.value().rows, count());
        QVERIFY(check.value().rows > 120);
        const Run r = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db->url() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Sign-ins on eight connections at once each write audit rows; the chain stays one line.
    void concurrentWritersChainInTurn()
    {
        std::vector<std::thread> threads;
        const QDateTime fixed = m_now;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                auto svc = CentralService::open(m_db->url());
                if (!svc)
                    return;
                svc.value()->setClock([fixed] { return fixed; });
                for (int i = 0; i < 5; ++i)
                    (void)svc.value()->login(protocol::LoginRequest{ QStringLiteral("u%1-%2").arg(t).arg(i), kPw, {} },
                                             QStringLiteral("peer-%1").arg(t));
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(count(QStringLiteral("WHERE actor LIKE 'u%'")), 40);
        auto check = m_svc->verifyAudit();
        QVERIFY(check.ok());
        QVERIFY2(!check.value().brokenId, qPrintable(check.value().problem));
    }

    void changesAreRefused()
    {
        const qint64 before = count();
        QVERIFY(!m_raw->exec(QStringLiteral("UPDATE audit_log SET reason = 'nothing happened'")).ok());
        QVERIFY(!m_raw->exec(QStringLiteral("DELETE FROM audit_log")).ok());
        if (m_raw->isPostgres())
            QVERIFY(!m_raw->exec(QStringLiteral("TRUNCATE audit_log")).ok());
        QCOMPARE(count(), before);
        QCOMPARE(count(QStringLiteral("WHERE reason = 'nothing happened'")), 0);
    }

    // Someone who could get past the guards: a changed row and a removed row are both found.
    void tamperingIsFound()
    {
        QVERIFY(dropGuards());
        const qint64 changed = m_raw->scalar(QStringLiteral("SELECT MIN(id) + 5 FROM audit_log")).value().toLongLong();
        QVERIFY(m_raw->exec(QStringLiteral("UPDATE audit_log SET actor = 'someone-else' WHERE id = ?"), { changed }).ok());
        Run r = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db->url() });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("row %1:").arg(changed)), qPrintable(r.err));

        const qint64 removed = changed + 10;
        QVERIFY(m_raw->exec(QStringLiteral("DELETE FROM audit_log WHERE id = ? OR id = ?"), { changed, removed }).ok());
        auto check = m_svc->verifyAudit();
        QVERIFY(check.ok());
        QCOMPARE(check.value().brokenId.value_or(0), changed + 1); // the row after the first hole

        // The newest row removed: only the chain head can tell.
        QVERIFY(m_raw->exec(QStringLiteral("DELETE FROM audit_log WHERE id < ?"), { changed }).ok());
        QVERIFY(m_raw->exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")).ok());
        r = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db->url() });
        QCOMPARE(r.exitCode, 3);
    }

    // The audit holds masked ID numbers only: in the key and in before/after.
    void auditKeepsNoFullIdNumbers()
    {
        for (int i = 0; i < 120; i += 17) {
            const StudentRecord st = demoStudent(kA, i);
            QCOMPARE(count(QStringLiteral("WHERE entity_key LIKE '%%1%' OR after_json LIKE '%%1%' "
                                          "OR before_json LIKE '%%1%'")
                               .arg(st.idNumber)),
                     0);
            QCOMPARE(count(QStringLiteral("WHERE entity_key = '%1'")
                               .arg(protocol::studentKey(st.idType, maskIdNumber(st.idType, st.idNumber)))),
                     1);
        }
    }

    // The push results kept for retried op ids hold masked ID numbers; a retry still gets the
    // answer it got the first time, the full number back in its record.
    void opResultsKeepNoFullIdNumbers()
    {
        const Session coord = signIn(QStringLiteral("coord1"));
        QList<protocol::Op> ops;
        for (int i = 0; i < 10; ++i) {
            const StudentRecord st = demoStudent(kA, i);
            ops << changeOp(QStringLiteral("chg-%1").arg(i), st, QStringLiteral("name"), st.name,
                            QStringLiteral("改名%1").arg(i), 1);
            // From an older base and another old name: a conflict on the name, the server's record beside it.
            ops << changeOp(QStringLiteral("late-%1").arg(i), st, QStringLiteral("name"), QStringLiteral("旧名"),
                            QStringLiteral("又名%1").arg(i), 1);
        }
        auto first = m_svc->push(coord, pushOf(ops));
        QVERIFY(first.ok());
        int withNumber = 0;
        for (const protocol::OpResult &r : first.value().results) {
            const int i = r.opId.section(QLatin1Char('-'), 1).toInt();
            if (r.record && r.record->value(QStringLiteral("id_number")).toString() == demoStudent(kA, i).idNumber)
                ++withNumber;
        }
        QCOMPARE(withNumber, 20);
        for (int i = 0; i < 120; ++i)
            QCOMPARE(m_raw->scalar(QStringLiteral("SELECT COUNT(*) FROM op_results WHERE result_json LIKE '%%1%'")
                                       .arg(demoStudent(kA, i).idNumber))
                         .value()
                         .toLongLong(),
                     0);

        auto retried = m_svc->push(coord, pushOf(ops));
        QVERIFY(retried.ok());
        QCOMPARE(retried.value().results.size(), first.value().results.size());
        for (qsizetype i = 0; i < ops.size(); ++i)
            QCOMPARE(retried.value().results.at(i).toJson(), first.value().results.at(i).toJson());
    }

    // Recorded push results go after the retention period, and the purge is audited.
    void purgeOpResults()
    {
        const auto results = [this] { return m_raw->scalar(QStringLiteral("SELECT COUNT(*) FROM op_results")).value().toLongLong(); };
        QCOMPARE(results(), 120);
        QCOMPARE(m_svc->purgeOpResults().value(), 0);
        QCOMPARE(cli({ QStringLiteral("purge-op-results"), QStringLiteral("--db"), m_db->url(), QStringLiteral("--days"),
                       QStringLiteral("0") })
                     .exitCode,
                 1);
        QCOMPARE(results(), 120);
        m_now = m_now.addDays(CentralService::kOpResultDays).addSecs(1);
        QCOMPARE(m_svc->purgeOpResults().value(), 120);
        QCOMPARE(results(), 0);
        QCOMPARE(count(QStringLiteral("WHERE action = 'admin.purge_op_results'")), 2);
        const Run r = cli({ QStringLiteral("purge-op-results"), QStringLiteral("--db"), m_db->url() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Every change-feed page that carries rows is recorded with its reader, school, row count and
    // cursor range; an empty page is not; an admin reading a school is recorded as such.
    Session signIn(const QString &name)
    {
        auto login = m_svc->login(protocol::LoginRequest{ name, kPw, {} }, QStringLiteral("p"));
        if (!login)
            return {};
        auto session = m_svc->authenticate(login.value().token);
        return session ? session.value() : Session{};
    }

    void feedPagesAreRecorded()
    {
        const QString reads = QStringLiteral("WHERE action = 'sync.read_changes'");
        const Session coord = signIn(QStringLiteral("coord1"));
        QCOMPARE(coord.staff.name, QStringLiteral("coord1"));
        qint64 since = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            auto page = m_svc->changes(coord, since, 50, {});
            QVERIFY(page.ok());
            more = page.value().more;
            since = page.value().next;
        }
        QCOMPARE(pages, 3); // 50 + 50 + 20 students
        QCOMPARE(count(reads), 3);
        auto last = m_raw->scalar(QStringLiteral("SELECT after_json FROM audit_log ") + reads
                                  + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
        QVERIFY(last.ok());
        const QJsonObject range = QJsonDocument::fromJson(last.value().toString().toUtf8()).object();
        QCOMPARE(range.value(QStringLiteral("rows")).toInt(), 20);
        QCOMPARE(range.value(QStringLiteral("through")).toInteger(), since);
        QCOMPARE(count(reads + QStringLiteral(" AND actor = 'coord1' AND entity_key = '10001' AND school_code = '10001'")),
                 3);

        QVERIFY(m_svc->changes(coord, since, 50, {}).ok()); // nothing new: nothing read
        QCOMPARE(count(reads), 3);

        QVERIFY(m_svc->createStaff(QStringLiteral("root"), {}, roles::admin, {}, kPw).ok());
        QVERIFY(m_svc->changes(signIn(QStringLiteral("root")), 0, 10, kA).ok());
        QCOMPARE(count(QStringLiteral("WHERE action = 'sync.read_other_school' AND actor = 'root' AND role = 'admin'")),
                 1);
        auto check = m_svc->verifyAudit();
        QVERIFY(check.ok());
        QVERIFY2(!check.value().brokenId, qPrintable(check.value().problem));
    }

    // A desktop's reveal arrives as an id_reveal op: one audit row with the masked key, nothing
    // stored besides; malformed reveals are refused one by one.
    void revealOpsAreAudited()
    {
        const StudentRecord st = demoStudent(kA, 7);
        const auto reveal = [&](const QString &opId, qint64 base, const QString &student, const QString &field) {
            protocol::Op op;
            op.opId = opId;
            op.entity = QStringLiteral("id_reveal");
            op.key = opId + QStringLiteral("-reveal");
            op.baseVersion = base;
            op.changes.insert(QStringLiteral("student"), { QJsonValue(), student });
            op.changes.insert(field, { QJsonValue(), QStringLiteral("2026-11-23T09:59:00Z") });
            return op;
        };
        const QString key = protocol::studentKey(st);
        auto pushed = m_svc->push(signIn(QStringLiteral("coord1")),
                                  pushOf({ reveal(QStringLiteral("r1"), 0, key, QStringLiteral("revealed_at")),
                                           reveal(QStringLiteral("r2"), 3, key, QStringLiteral("revealed_at")),
                                           reveal(QStringLiteral("r3"), 0, QStringLiteral("nonsense"),
                                                  QStringLiteral("revealed_at")),
                                           reveal(QStringLiteral("r4"), 0, key, QStringLiteral("shown_at")) }));
        QVERIFY(pushed.ok());
        const auto &results = pushed.value().results;
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).status, protocol::OpResult::Status::Applied);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(results.at(i).status, protocol::OpResult::Status::Rejected);
            QCOMPARE(results.at(i).code, QStringLiteral("id_reveal.invalid"));
        }
        const QString masked = protocol::studentKey(st.idType, maskIdNumber(st.idType, st.idNumber));
        QCOMPARE(count(QStringLiteral("WHERE action = 'student.reveal_id'")), 1);
        QCOMPARE(count(QStringLiteral("WHERE action = 'student.reveal_id' AND actor = 'coord1' AND entity_key = '%1'")
                           .arg(masked)),
                 1);
        QCOMPARE(count(QStringLiteral("WHERE action = 'student.reveal_id' AND after_json LIKE '%2026-11-23T09:59:00%'")),
                 1);
    }

    void exportRange()
    {
        m_now = m_now.addSecs(3600);
        QVERIFY(!m_svc->login(protocol::LoginRequest{ QStringLiteral("coord1"), QStringLiteral("wrong-pw"), {} },
                              QStringLiteral("q"))
                     .ok());
        const Run r = cli({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), m_db->url(),
                            QStringLiteral("--from"), QStringLiteral("2026-11-23T10:30:00Z"), QStringLiteral("--to"),
                            QStringLiteral("2026-11-23T12:00:00Z") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject row = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(row.value(QStringLiteral("action")).toString(), QStringLiteral("login.failure"));
        QCOMPARE(row.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-23T11:00:00.000Z"));
        QCOMPARE(row.value(QStringLiteral("row_hash")).toString().size(), 64);
        QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--db"), m_db->url(),
                       QStringLiteral("--from"), QStringLiteral("yesterday"), QStringLiteral("--to"),
                       QStringLiteral("2026-11-23T12:00:00Z") })
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
