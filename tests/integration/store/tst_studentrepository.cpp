#include "Database.h"
#include "StoreTestSql.h"
#include "ImportBatchRepository.h"
#include "StudentRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cet;

Q_DECLARE_METATYPE(cet::StudentQuery)

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Deterministic test data with small value sets, so every filter and search has hits.
QList<StudentRecord> makeRecords(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList surnames = { u("王"), u("李"), u("张"), u("刘"), u("陈") };
    const QStringList given = { u("伟"), u("芳"), u("娜"), u("敏"), u("静"), u("小明") };
    const QStringList latin = { QStringLiteral("John Smith"), QStringLiteral("jane doe"), QStringLiteral("JOHNNY"),
                                QStringLiteral("Zoe") };
    const QStringList campuses = { QStringLiteral("100011"), QStringLiteral("100012"), QStringLiteral("100013"),
                                   QString() };
    const QStringList departments = { u("计算机学院"), u("外国语学院"), u("数学学院"), QString() };
    const QStringList grades = { QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021") };
    const QStringList regions = { QStringLiteral("110101"), QStringLiteral("110102"), QStringLiteral("320102"),
                                  QStringLiteral("440305") };
    QList<StudentRecord> out;
    for (int i = 0; i < n; ++i) {
        StudentRecord r;
        r.name = rng.bounded(10) == 0 ? latin.at(rng.bounded(latin.size()))
                                      : surnames.at(rng.bounded(surnames.size())) + given.at(rng.bounded(given.size()));
        r.gender = static_cast<Gender>(rng.bounded(3));
        r.idType = rng.bounded(20) == 0 ? IdType::Passport : IdType::ResidentId;
        r.idNumber = regions.at(rng.bounded(regions.size())) + QStringLiteral("%1").arg(i, 11, 10, QLatin1Char('0'))
            + (i % 7 == 0 ? QStringLiteral("X") : QStringLiteral("1"));
        r.schoolCode = QStringLiteral("10001");
        r.campusCode = campuses.at(rng.bounded(campuses.size()));
        r.education = static_cast<Education>(rng.bounded(5));
        r.programYears = 4;
        r.enrolYear = 2019 + rng.bounded(3);
        r.grade = grades.at(rng.bounded(grades.size()));
        r.department = departments.at(rng.bounded(departments.size()));
        r.major = u("专业") + QString::number(rng.bounded(3));
        r.className = QStringLiteral("C%1").arg(rng.bounded(5));
        r.studentNo = QStringLiteral("%1").arg(rng.bounded(3000), 10, 10, QLatin1Char('0'));
        r.note = QString();
        out.append(r);
    }
    return out;
}

QString asciiLower(QString s)
{
    for (QChar &c : s) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    }
    return s;
}

bool matches(const StudentRecord &r, const StudentFilter &f)
{
    if (!f.campusCode.isEmpty() && r.campusCode != f.campusCode)
        return false;
    if (!f.department.isEmpty() && r.department != f.department)
        return false;
    if (!f.grade.isEmpty() && r.grade != f.grade)
        return false;
    if (f.education && r.education != *f.education)
        return false;
    const QString s = f.search.trimmed();
    if (s.isEmpty())
        return true;
    bool number = true;
    for (int i = 0; i < s.size(); ++i) {
        const bool digit = s.at(i).isDigit();
        const bool trailingX = i == s.size() - 1 && i > 0 && s.at(i).toUpper() == QLatin1Char('X');
        number = number && (digit || trailingX);
    }
    if (number)
        return r.idNumber.startsWith(s.toUpper()) || r.studentNo.startsWith(s.toUpper());
    return asciiLower(r.name).startsWith(asciiLower(s));
}

// The sort contract: the field, then (for the filter columns) the other filter columns, then id.
QVariantList sortKey(const StudentRecord &r, const std::optional<StudentField> &field)
{
    QVariantList k;
    if (field) {
        switch (*field) {
        case StudentField::Name: k << asciiLower(r.name); break;
        case StudentField::CampusCode: k << r.campusCode << r.department << r.grade << int(r.education); break;
        case StudentField::Department: k << r.department << r.grade << int(r.education) << r.campusCode; break;
        case StudentField::Grade: k << r.grade << int(r.education) << r.campusCode << r.department; break;
        case StudentField::Education: k << int(r.education) << r.campusCode << r.department << r.grade; break;
        case StudentField::IdNumber: k << r.idNumber; break;
        case StudentField::StudentNo: k << r.studentNo; break;
        case StudentField::Major: k << r.major; break;
        case StudentField::EnrolYear: k << r.enrolYear; break;
        default: qFatal("field not covered by the test");
        }
    }
    k << r.id;
    return k;
}

bool keyLess(const QVariantList &a, const QVariantList &b)
{
    for (int i = 0; i < a.size(); ++i) {
        const auto c = QVariant::compare(a.at(i), b.at(i));
        if (c != QPartialOrdering::Equivalent)
            return c == QPartialOrdering::Less;
    }
    return false;
}

QList<qint64> expectedIds(const QList<StudentRecord> &all, const StudentQuery &q)
{
    QList<StudentRecord> hits;
    std::copy_if(all.begin(), all.end(), std::back_inserter(hits), [&](const auto &r) { return matches(r, q.filter); });
    std::sort(hits.begin(), hits.end(), [&](const StudentRecord &a, const StudentRecord &b) {
        return q.descending ? keyLess(sortKey(b, q.sortField), sortKey(a, q.sortField))
                            : keyLess(sortKey(a, q.sortField), sortKey(b, q.sortField));
    });
    QList<qint64> ids;
    for (const auto &r : std::as_const(hits))
        ids << r.id;
    return ids;
}

qint64 scalar(Database &db, const QString &sql)
{
    return scalar(db.connection(), sql);
}

} // namespace

class TestStudentRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<StudentRecord> m_records;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("students.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        m_db = std::move(db).value();
        m_records = makeRecords(1500, 42);
        ImportBatchRepository batches(*m_db);
        ImportBatch batch;
        batch.actor = QStringLiteral("tester");
        batch.fileName = QStringLiteral("roster.xlsx");
        auto batchId = batches.create(batch);
        QVERIFY2(batchId.ok(), qPrintable(batchId.ok() ? QString() : batchId.error().detail));
        StudentRepository repo(*m_db);
        auto r = repo.insert(m_records, batchId.value());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        for (const auto &rec : std::as_const(m_records)) {
            QVERIFY(rec.id > 0);
            QCOMPARE(rec.rowVersion, 1);
        }
        batch.id = batchId.value();
        batch.rowsInserted = int(m_records.size());
        QVERIFY(batches.finish(batch).ok());
        auto stored = batches.byId(batch.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().rowsInserted, 1500);
        QCOMPARE(stored.value().fileName, QStringLiteral("roster.xlsx"));
        QVERIFY(stored.value().finishedAt.isValid());
    }

    void cleanupTestCase() { m_db.reset(); }

    void byIdAndIdentity()
    {
        StudentRepository repo(*m_db);
        const StudentRecord &want = m_records.at(17);
        auto got = repo.byId(want.id);
        QVERIFY(got.ok() && got.value().has_value());
        const StudentRecord &r = *got.value();
        QCOMPARE(r.name, want.name);
        QCOMPARE(r.idNumber, want.idNumber);
        QCOMPARE(r.studentNo, want.studentNo);
        QCOMPARE(r.department, want.department);
        QCOMPARE(r.education, want.education);
        QCOMPARE(r.enrolYear, want.enrolYear);
        QCOMPARE(r.rowVersion, 1);
        QVERIFY(r.updatedAt.isValid());
        auto byKey = repo.byIdentity(want.idType, want.idNumber);
        QVERIFY(byKey.ok() && byKey.value().has_value());
        QCOMPARE(byKey.value()->id, want.id);
        auto none = repo.byIdentity(want.idType == IdType::Passport ? IdType::ResidentId : IdType::Passport,
                                    want.idNumber);
        QVERIFY(none.ok() && !none.value().has_value());
        auto missing = repo.byId(999999);
        QVERIFY(missing.ok() && !missing.value().has_value());
    }

    void duplicateIdentityRefusedAllOrNothing()
    {
        StudentRepository repo(*m_db);
        const qint64 before = repo.count().value();
        QList<StudentRecord> batch = makeRecords(3, 7);
        for (int i = 0; i < batch.size(); ++i)
            batch[i].idNumber = QStringLiteral("99999919990101%1").arg(i, 4, 10, QLatin1Char('0'));
        batch.append(m_records.at(3)); // already stored
        auto r = repo.insert(batch);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("store.duplicate"));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().message.contains(m_records.at(3).idNumber)); // masked
        QCOMPARE(repo.count().value(), before);
        QVERIFY(!repo.byIdentity(batch.at(0).idType, batch.at(0).idNumber).value().has_value());
        QCOMPARE(batch.at(0).id, 0);

        // A duplicate inside one batch is refused too.
        QList<StudentRecord> twice = { batch.at(0), batch.at(0) };
        auto r2 = repo.insert(twice);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().code, QStringLiteral("store.duplicate"));
        QCOMPARE(repo.count().value(), before);
    }

    // A duplicate's message names the number the way lists show it (IdMask), short passport
    // numbers included, whether the duplicate comes from an insert or from an edit.
    void duplicateMessageMasksTheNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("masked");
        QTest::newRow("passport, 5") << QStringLiteral("X1234") << QStringLiteral("X***4");
        QTest::newRow("passport, 8") << QStringLiteral("G1234567") << QStringLiteral("G*****67");
        QTest::newRow("passport, 9") << QStringLiteral("E12345678") << QStringLiteral("E1*****78");
    }
    void duplicateMessageMasksTheNumber()
    {
        QFETCH(QString, number);
        QFETCH(QString, masked);
        // A database of its own: the other functions count the shared one's records.
        auto db = Database::open(m_dir.filePath(QStringLiteral("mask-%1.sqlite").arg(number)));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        StudentRepository repo(*db.value());
        QList<StudentRecord> first = makeRecords(2, 11);
        first[0].idType = IdType::Passport;
        first[0].idNumber = number;
        first[1].idType = IdType::Passport;
        first[1].idNumber = number + QStringLiteral("Z");
        QVERIFY(repo.insert(first).ok());

        QList<StudentRecord> again = {first.at(0)};
        again[0].id = 0;
        const auto inserted = repo.insert(again);
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.error().code, QStringLiteral("store.duplicate"));
        QVERIFY2(inserted.error().message.contains(masked), qPrintable(inserted.error().message));
        QVERIFY2(!inserted.error().message.contains(number), qPrintable(inserted.error().message));

        const StudentRecord before = *repo.byId(first.at(1).id).value();
        StudentRecord after = before;
        after.idNumber = number;
        const auto updated = repo.update(before, after, QStringLiteral("alice"));
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, QStringLiteral("store.duplicate"));
        QVERIFY2(updated.error().message.contains(masked), qPrintable(updated.error().message));
        QVERIFY2(!updated.error().message.contains(number), qPrintable(updated.error().message));
    }

    void updateWritesOutboxAndAudit()
    {
        StudentRepository repo(*m_db);
        const qint64 outboxBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox"));
        const StudentRecord before = *repo.byId(m_records.at(5).id).value();
        StudentRecord after = before;
        after.name = u("赵六");
        after.note = QStringLiteral("moved");
        after.education = before.education == Education::Master ? Education::Doctorate : Education::Master;
        auto r = repo.update(before, after, QStringLiteral("alice"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r.value().rowVersion, before.rowVersion + 1);
        QCOMPARE(r.value().name, u("赵六"));
        QCOMPARE(r.value().education, after.education);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT op_id, entity, entity_key, base_version, changes, state, created_at "
                                      "FROM outbox ORDER BY seq DESC LIMIT 1")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
        QCOMPARE(q.value(1).toString(), QStringLiteral("student"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("%1:%2").arg(int(before.idType)).arg(before.idNumber));
        QCOMPARE(q.value(3).toLongLong(), before.serverVersion);
        const QJsonObject changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        QCOMPARE(changes.keys(), (QStringList{ QStringLiteral("education"), QStringLiteral("name"),
                                              QStringLiteral("note") }));
        QCOMPARE(changes.value(QStringLiteral("name")).toArray(), (QJsonArray{ before.name, u("赵六") }));
        QCOMPARE(changes.value(QStringLiteral("education")).toArray(),
                 (QJsonArray{ int(before.education), int(after.education) }));
        QCOMPARE(q.value(5).toString(), QStringLiteral("queued"));
        QVERIFY(!q.value(6).toString().isEmpty());

        QVERIFY(q.exec(QStringLiteral("SELECT actor, action, entity_key, before_json, after_json FROM audit_log "
                                      "ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("alice"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("student.update"));
        QVERIFY(q.value(3).toString().contains(before.name));
        QVERIFY(q.value(4).toString().contains(u("赵六")));
        q.finish();

        // Stale: the same `before` again.
        StudentRecord again = before;
        again.note = QStringLiteral("other");
        auto stale = repo.update(before, again, QStringLiteral("bob"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, QStringLiteral("store.stale"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
        QCOMPARE(repo.byId(before.id).value()->note, QStringLiteral("moved"));

        // A failing update (identity taken) leaves neither outbox nor audit rows behind.
        const qint64 auditBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        StudentRecord current = r.value();
        StudentRecord clash = current;
        clash.idType = m_records.at(6).idType;
        clash.idNumber = m_records.at(6).idNumber;
        clash.note = QStringLiteral("clash");
        auto dup = repo.update(current, clash, QStringLiteral("alice"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("store.duplicate"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QCOMPARE(repo.byId(before.id).value()->note, QStringLiteral("moved"));

        // Nothing changed: nothing queued.
        auto same = repo.update(current, current, QStringLiteral("alice"));
        QVERIFY(same.ok());
        QCOMPARE(same.value().rowVersion, current.rowVersion);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);

        for (auto &rec : m_records) {
            if (rec.id == r.value().id)
                rec = r.value();
        }
    }

    void logReveal()
    {
        StudentRepository repo(*m_db);
        QVERIFY(repo.logReveal(m_records.at(2).id, QStringLiteral("carol")).ok());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'student.reveal_id' "
                                              "AND actor = 'carol'")),
                 1);
        QVERIFY(!repo.logReveal(987654, QStringLiteral("carol")).ok());
    }

    void queries_data()
    {
        QTest::addColumn<StudentQuery>("query");
        const QList<std::optional<StudentField>> sorts = {
            std::nullopt,           StudentField::Name,      StudentField::CampusCode, StudentField::Department,
            StudentField::Grade,    StudentField::Education, StudentField::IdNumber,   StudentField::StudentNo,
            StudentField::Major,    StudentField::EnrolYear,
        };
        QList<QPair<const char *, StudentFilter>> filters;
        auto add = [&](const char *tag, StudentFilter f) { filters.append({ tag, f }); };
        add("all", {});
        add("surname", { u("王"), {}, {}, {}, {} });
        add("two chars", { u("李芳"), {}, {}, {}, {} });
        add("three chars", { u("张小明"), {}, {}, {}, {} });
        add("latin any case", { QStringLiteral("JOH"), {}, {}, {}, {} });
        add("latin lower", { QStringLiteral("z"), {}, {}, {}, {} });
        add("no hit", { u("欧阳"), {}, {}, {}, {} });
        add("id prefix", { QStringLiteral("110101"), {}, {}, {}, {} });
        add("id long prefix", { QStringLiteral("32010200000000"), {}, {}, {}, {} });
        add("id with x", { QStringLiteral("110101000000000x"), {}, {}, {}, {} });
        add("student no", { QStringLiteral("00000001"), {}, {}, {}, {} });
        add("campus", { {}, QStringLiteral("100012"), {}, {}, {} });
        add("department", { {}, {}, u("计算机学院"), {}, {} });
        add("grade", { {}, {}, {}, QStringLiteral("2020"), {} });
        add("education", { {}, {}, {}, {}, Education::Bachelor });
        add("dept+grade", { {}, {}, u("数学学院"), QStringLiteral("2019"), {} });
        add("campus+edu", { {}, QStringLiteral("100011"), {}, {}, Education::Master });
        add("all four", { {}, QStringLiteral("100013"), u("外国语学院"), QStringLiteral("2021"), Education::Unknown });
        add("search+campus", { u("陈"), QStringLiteral("100011"), {}, {}, {} });
        add("number+grade", { QStringLiteral("4403"), {}, {}, QStringLiteral("2021"), {} });
        for (const auto &[tag, filter] : std::as_const(filters)) {
            for (const auto &sort : sorts) {
                for (bool desc : { false, true }) {
                    if (!sort && desc && QByteArray(tag) != "all" && QByteArray(tag) != "campus")
                        continue;
                    StudentQuery q{ filter, sort, desc };
                    QTest::addRow("%s/%d/%s", tag, sort ? int(*sort) : -1, desc ? "desc" : "asc") << q;
                }
            }
        }
    }
    void queries()
    {
        QFETCH(StudentQuery, query);
        StudentRepository repo(*m_db);
        const QList<qint64> expected = expectedIds(m_records, query);
        auto n = repo.count(query.filter);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().detail));
        QCOMPARE(n.value(), qint64(expected.size()));
        // Windows of several sizes, so that both plans (ordered scan and filter-then-sort) run, each
        // with windows read directly and through the ids-first path of deep offsets.
        for (qint64 deepOffset : { qint64(2000), qint64(0) })
        for (int window : { 7, 200 }) {
            repo.setDeepOffset(deepOffset);
            QList<qint64> got;
            for (qint64 offset = 0; offset < expected.size() + window; offset += window) {
                auto rows = repo.fetch(query, offset, window);
                QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().detail));
                QVERIFY(rows.value().size() <= window);
                for (const auto &r : rows.value())
                    got << r.id;
            }
            QCOMPARE(got, expected);
        }
        QList<qint64> streamed;
        QVERIFY(repo.forEach(query, [&](const StudentRecord &r) { streamed << r.id; return true; }).ok());
        QCOMPARE(streamed, expected);
    }

    void forEachStops()
    {
        StudentRepository repo(*m_db);
        int seen = 0;
        QVERIFY(repo.forEach({}, [&](const StudentRecord &) { return ++seen < 5; }).ok());
        QCOMPARE(seen, 5);
    }

    void distinctValues_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("campus") << int(StudentField::CampusCode);
        QTest::newRow("department") << int(StudentField::Department);
        QTest::newRow("grade") << int(StudentField::Grade);
    }
    void distinctValues()
    {
        QFETCH(int, field);
        StudentRepository repo(*m_db);
        QStringList expected;
        for (const auto &r : std::as_const(m_records)) {
            const QString v = field == int(StudentField::CampusCode)   ? r.campusCode
                : field == int(StudentField::Department) ? r.department
                                                          : r.grade;
            if (!v.isEmpty() && !expected.contains(v))
                expected << v;
        }
        std::sort(expected.begin(), expected.end());
        auto got = repo.distinctValues(static_cast<StudentField>(field));
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().detail));
        QCOMPARE(got.value(), expected);
        QVERIFY(!repo.distinctValues(StudentField::Note).ok());
    }

    void countFollowsWrites()
    {
        StudentRepository repo(*m_db);
        const StudentFilter campus{ {}, QStringLiteral("100012"), {}, {}, {} };
        const qint64 before = repo.count(campus).value();
        // Written through a second connection: the first one's cached counts must notice.
        auto other = Database::open(m_db->path());
        QVERIFY(other.ok());
        QList<StudentRecord> more = makeRecords(1, 99);
        more[0].idNumber = QStringLiteral("888888200001010011");
        more[0].campusCode = QStringLiteral("100012");
        QVERIFY(StudentRepository(*other.value()).insert(more).ok());
        QCOMPARE(repo.count(campus).value(), before + 1);
        // And through the same connection.
        more[0].idNumber = QStringLiteral("888888200001010022");
        more[0].id = 0;
        QVERIFY(repo.insert(more).ok());
        QCOMPARE(repo.count(campus).value(), before + 2);
    }
};

QTEST_GUILESS_MAIN(TestStudentRepository)
#include "tst_studentrepository.moc"
