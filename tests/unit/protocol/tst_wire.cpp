#include "Digest.h"
#include "StudentFields.h"
#include "Wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace cet;
using namespace cet::protocol;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject validOp(int i = 0)
{
    return QJsonObject{ { QStringLiteral("op_id"), QStringLiteral("op-%1").arg(i) },
                        { QStringLiteral("entity"), QStringLiteral("student") },
                        { QStringLiteral("key"), QStringLiteral("1:11010519491231002X") },
                        { QStringLiteral("base_version"), 0 },
                        { QStringLiteral("kind"), QStringLiteral("upsert") },
                        { QStringLiteral("changes"),
                          QJsonObject{ { QStringLiteral("name"), QJsonArray{ QJsonValue(), QStringLiteral("张三") } },
                                       { QStringLiteral("gender"), QJsonArray{ QJsonValue(), 1 } } } } };
}

QJsonObject pushWith(const QJsonArray &ops)
{
    return QJsonObject{ { QStringLiteral("epoch"), QJsonValue() }, { QStringLiteral("ops"), ops } };
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void loginRequest_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message"); // empty = accepted
        QTest::newRow("ok") << QByteArray(R"({"user":"coord1","password":"pw","client":"cetdesk"})") << QString();
        QTest::newRow("no client") << QByteArray(R"({"user":"coord1","password":"pw"})") << QString();
        QTest::newRow("unknown field") << QByteArray(R"({"user":"a","password":"b","admin":true})")
                                       << QStringLiteral("admin: unknown field");
        QTest::newRow("missing password") << QByteArray(R"({"user":"a"})") << QStringLiteral("password: missing");
        QTest::newRow("wrong type") << QByteArray(R"({"user":5,"password":"b"})")
                                    << QStringLiteral("user: expected a string");
        QTest::newRow("empty user") << QByteArray(R"({"user":"","password":"b"})")
                                    << QStringLiteral("user: expected 1..100 characters");
    }
    void loginRequest()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        auto o = parseObject(body);
        QVERIFY(o.ok());
        auto r = LoginRequest::fromJson(o.value());
        QCOMPARE(r.ok(), message.isEmpty());
        if (!r.ok()) {
            QCOMPARE(r.error().code, QStringLiteral("request.bad_shape"));
            QCOMPARE(r.error().message, message);
        }
    }

    void badJson()
    {
        QCOMPARE(parseObject("{\"a\":").error().code, QStringLiteral("request.bad_json"));
        QCOMPARE(parseObject("[1,2]").error().code, QStringLiteral("request.bad_json"));
        QCOMPARE(parseObject("").error().code, QStringLiteral("request.bad_json"));
        QByteArray huge(kMaxBodyBytes + 1, ' ');
        QCOMPARE(parseObject(huge).error().code, QStringLiteral("request.too_large"));
    }

    void pushRequestValid()
    {
        auto r = PushRequest::fromJson(pushWith({ validOp() }));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().ops.size(), 1);
        const Op &op = r.value().ops.first();
        QCOMPARE(op.kind, Op::Kind::Upsert);
        QCOMPARE(op.changes.value(QStringLiteral("name")).newValue.toString(), QStringLiteral("张三"));
        QVERIFY(op.changes.value(QStringLiteral("name")).oldValue.isNull());
        // Round trip.
        auto again = PushRequest::fromJson(r.value().toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value().toJson(), r.value().toJson());
    }

    void pushRequestErrors_data()
    {
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString shape = QStringLiteral("request.bad_shape");

        QJsonObject o = validOp();
        o.insert(QStringLiteral("extra"), 1);
        QTest::newRow("unknown op field") << pushWith({ validOp(), o }) << shape << QStringLiteral("ops[1].extra: unknown field");

        QJsonObject top = pushWith({ validOp() });
        top.insert(QStringLiteral("school"), QStringLiteral("10001"));
        QTest::newRow("unknown top field") << top << shape << QStringLiteral("school: unknown field");

        o = validOp();
        o.remove(QStringLiteral("base_version"));
        QTest::newRow("missing base_version") << pushWith({ o }) << shape << QStringLiteral("ops[0].base_version: missing");

        o = validOp();
        o.insert(QStringLiteral("base_version"), QStringLiteral("3"));
        QTest::newRow("string base_version") << pushWith({ o }) << shape
                                             << QStringLiteral("ops[0].base_version: expected an integer");

        o = validOp();
        o.insert(QStringLiteral("base_version"), 1.5);
        QTest::newRow("fraction") << pushWith({ o }) << shape << QStringLiteral("ops[0].base_version: expected an integer");

        o = validOp();
        o.insert(QStringLiteral("changes"), QJsonObject{ { QStringLiteral("name"), QStringLiteral("x") } });
        QTest::newRow("change not a pair") << pushWith({ o }) << shape
                                           << QStringLiteral("ops[0].changes.name: expected [old, new]");

        o = validOp();
        o.insert(QStringLiteral("changes"),
                 QJsonObject{ { QStringLiteral("gender"), QJsonArray{ 1, QStringLiteral("male") } } });
        QTest::newRow("wrong value type") << pushWith({ o }) << shape
                                          << QStringLiteral("ops[0].changes.gender[1]: expected an integer 0..100000 or null");

        o = validOp();
        o.insert(QStringLiteral("changes"), QJsonObject{ { QStringLiteral("colour"), QJsonArray{ 1, 2 } } });
        QTest::newRow("unknown student field") << pushWith({ o }) << shape
                                               << QStringLiteral("ops[0].changes.colour: unknown field");

        o = validOp();
        o.insert(QStringLiteral("kind"), QStringLiteral("replace"));
        QTest::newRow("bad kind") << pushWith({ o }) << shape
                                  << QStringLiteral("ops[0].kind: expected \"upsert\" or \"delete\"");

        o = validOp();
        o.insert(QStringLiteral("key"), QStringLiteral("11010519491231002X"));
        QTest::newRow("bad key") << pushWith({ o }) << shape
                                 << QStringLiteral("ops[0].key: expected \"<id_type 1..8>:<id_number>\"");

        o = validOp();
        o.insert(QStringLiteral("op_id"), QString(101, QLatin1Char('x')));
        QTest::newRow("long op id") << pushWith({ o }) << shape << QStringLiteral("ops[0].op_id: expected 1..100 characters");

        o = validOp();
        o.insert(QStringLiteral("entity"), QStringLiteral("Capacity"));
        QTest::newRow("entity not a name") << pushWith({ o }) << shape
                                           << QStringLiteral("ops[0].entity: expected 1..32 characters of a-z, 0-9 and _, a letter first");

        o = validOp();
        o.insert(QStringLiteral("entity"), QStringLiteral("6review"));
        QTest::newRow("entity starts with a digit")
            << pushWith({ o }) << shape
            << QStringLiteral("ops[0].entity: expected 1..32 characters of a-z, 0-9 and _, a letter first");

        o = validOp();
        o.insert(QStringLiteral("entity"), QString(33, QLatin1Char('x')));
        QTest::newRow("entity too long") << pushWith({ o }) << shape
                                         << QStringLiteral("ops[0].entity: expected 1..32 characters of a-z, 0-9 and _, a letter first");

        o = validOp();
        o.insert(QStringLiteral("entity"), QStringLiteral("notice"));
        o.insert(QStringLiteral("key"), QString());
        QTest::newRow("empty key of another entity") << pushWith({ o }) << shape
                                                     << QStringLiteral("ops[0].key: expected 1..200 characters");

        o = validOp();
        o.insert(QStringLiteral("entity"), QStringLiteral("notice"));
        o.insert(QStringLiteral("key"), QStringLiteral("10001"));
        o.insert(QStringLiteral("changes"), QJsonObject{ { QStringLiteral("title"), QStringLiteral("x") } });
        QTest::newRow("change of another entity not a pair")
            << pushWith({ o }) << shape << QStringLiteral("ops[0].changes.title: expected [old, new]");

        QTest::newRow("op not an object") << pushWith({ validOp(), 7 }) << shape
                                          << QStringLiteral("ops[1]: expected an object");
        QTest::newRow("no ops") << pushWith({}) << shape << QStringLiteral("ops: expected 1..500 ops");
        QTest::newRow("ops not an array") << QJsonObject{ { QStringLiteral("ops"), QJsonObject() } } << shape
                                          << QStringLiteral("ops: expected an array");
        QTest::newRow("epoch wrong type") << QJsonObject{ { QStringLiteral("epoch"), 5 },
                                                          { QStringLiteral("ops"), QJsonArray{ validOp() } } }
                                          << shape << QStringLiteral("epoch: expected a string or null");

        QJsonArray many;
        for (int i = 0; i < kMaxOpsPerPush + 1; ++i)
            many.append(validOp(i));
        QTest::newRow("501 ops") << pushWith(many) << QStringLiteral("request.too_large")
                                 << QStringLiteral("ops: more than 500 ops");
    }
    void pushRequestErrors()
    {
        QFETCH(QJsonObject, request);
        QFETCH(QString, code);
        QFETCH(QString, message);
        auto r = PushRequest::fromJson(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().message, message);
    }

    void fiveHundredOpsAccepted()
    {
        QJsonArray ops;
        for (int i = 0; i < kMaxOpsPerPush; ++i)
            ops.append(validOp(i));
        auto r = PushRequest::fromJson(pushWith(ops));
        QVERIFY(r.ok());
        QCOMPARE(r.value().ops.size(), kMaxOpsPerPush);
    }

    // A body written from stored changes is byte for byte what toJson() of the parsed ops gives.
    void bodyOfStoredOps()
    {
        QList<QJsonObject> ops{ validOp() };
        QJsonObject del = validOp();
        del.insert(QStringLiteral("op_id"), QStringLiteral("op-del"));
        del.insert(QStringLiteral("kind"), QStringLiteral("delete"));
        del.remove(QStringLiteral("changes"));
        ops << del;
        QJsonObject odd = validOp();
        odd.insert(QStringLiteral("op_id"), QStringLiteral("op-\"odd\"\n"));
        odd.insert(QStringLiteral("base_version"), 7);
        odd.insert(QStringLiteral("changes"),
                   QJsonObject{ { QStringLiteral("name"), QJsonArray{ QStringLiteral("旧\t"), QStringLiteral("新 😀") } },
                                { QStringLiteral("note"), QJsonArray{ QJsonValue(), QStringLiteral("a\\b") } } });
        ops << odd;
        for (const QString &epoch : { QString(), QStringLiteral("e-1") }) {
            QJsonArray list;
            for (const QJsonObject &o : std::as_const(ops))
                list.append(o);
            QJsonObject request = pushWith(list);
            request.insert(QStringLiteral("epoch"), epoch.isEmpty() ? QJsonValue() : QJsonValue(epoch));
            auto parsed = PushRequest::fromJson(request);
            QVERIFY(parsed);
            QList<QByteArray> changes;
            QList<PushRequest::StoredOp> stored;
            for (const QJsonObject &o : std::as_const(ops))
                changes << (o.contains(QStringLiteral("changes"))
                                ? QJsonDocument(o.value(QStringLiteral("changes")).toObject()).toJson(QJsonDocument::Compact)
                                : QByteArray());
            for (qsizetype i = 0; i < ops.size(); ++i) {
                const Op &op = parsed.value().ops.at(i);
                stored.append({ op.opId, op.entity, op.key, op.baseVersion, op.kind == Op::Kind::Delete, changes.at(i) });
            }
            QCOMPARE(PushRequest::bodyOf(epoch, stored),
                     QJsonDocument(parsed.value().toJson()).toJson(QJsonDocument::Compact));
        }
    }

    // An op of any entity is read; its changes are [old, new] of any JSON values, not checked
    // against the student fields.
    void otherEntityOp()
    {
        const QJsonObject o = json(R"({"op_id":"n1","entity":"notice","key":"10001","base_version":3,"kind":"upsert",
            "changes":{"title":[null,"报名须知"],"body":["a","b"],"shown_from":[null,"2026-12-01"],
                       "extra":[[1,2],{"x":true}],"name":[5,6]}})");
        auto r = Op::fromJson(o);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().entity, QStringLiteral("notice"));
        QCOMPARE(r.value().key, QStringLiteral("10001"));
        QCOMPARE(r.value().baseVersion, 3);
        QCOMPARE(r.value().changes.size(), 5);
        QCOMPARE(r.value().changes.value(QStringLiteral("title")).newValue.toString(), QStringLiteral("报名须知"));
        QVERIFY(r.value().changes.value(QStringLiteral("title")).oldValue.isNull());
        QCOMPARE(r.value().changes.value(QStringLiteral("extra")).oldValue, QJsonValue(QJsonArray{ 1, 2 }));
        QCOMPARE(r.value().changes.value(QStringLiteral("name")).newValue, QJsonValue(6)); // not a student's name
        QCOMPARE(r.value().toJson(), o);

        // The whole request, student and notice ops mixed: the body path gives the same ops.
        const QJsonObject push = pushWith({ validOp(1), o });
        auto fromJson = PushRequest::fromJson(push);
        QVERIFY(fromJson.ok());
        auto fromBody = PushRequest::fromBody(QJsonDocument(push).toJson(QJsonDocument::Compact));
        QVERIFY(fromBody.ok());
        QCOMPARE(fromBody.value().toJson(), fromJson.value().toJson());
    }

    void entityNames()
    {
        QVERIFY(isEntityName(u"student"));
        QVERIFY(isEntityName(u"student_import"));
        QVERIFY(isEntityName(QString(32, QLatin1Char('a'))));
        QVERIFY(!isEntityName(u""));
        QVERIFY(!isEntityName(QString(33, QLatin1Char('a'))));
        QVERIFY(!isEntityName(u"Notice"));
        QVERIFY(isEntityName(u"cet6_review")); // digits after the first letter
        QVERIFY(!isEntityName(u"6review"));
        QVERIFY(!isEntityName(u"no-tice"));
    }

    void deleteWithoutChanges()
    {
        QJsonObject o = validOp();
        o.remove(QStringLiteral("changes"));
        o.insert(QStringLiteral("kind"), QStringLiteral("delete"));
        auto r = Op::fromJson(o);
        QVERIFY(r.ok());
        QCOMPARE(r.value().kind, Op::Kind::Delete);
        // An upsert needs its changes.
        o.insert(QStringLiteral("kind"), QStringLiteral("upsert"));
        QCOMPARE(Op::fromJson(o).error().message, QStringLiteral("changes: missing"));
    }

    void responsesIgnoreUnknownFields()
    {
        auto page = ChangesPage::fromJson(json(R"({"epoch":"e","changes":[{"seq":3,"entity":"student","key":"1:x",
            "version":2,"deleted":true,"origin_op_id":null,"changed_by":"c","changed_at":"2026-11-23T12:00:00Z",
            "data":null,"future":1}],"next":3,"more":false,"min_cursor":0,"also_future":[]})"));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page.value().changes.size(), 1);
        QVERIFY(page.value().changes.first().deleted);
        QVERIFY(!page.value().changes.first().data);
        QCOMPARE(page.value().changes.first().changedAt,
                 QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        // ...but still refuse wrong types, naming the path.
        auto bad = ChangesPage::fromJson(json(R"({"epoch":"e","changes":[{"seq":"3"}],"next":3,"more":false,"min_cursor":0})"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message, QStringLiteral("changes[0].seq: expected an integer"));
    }

    // The school's activity stamps: absent from an older server (fetch every time), null while a
    // change is too recent to be settled (fetch), else integers; anything else is refused.
    void schoolActivityStamps()
    {
        const auto page = [](const char *activity) {
            QByteArray body(R"({"epoch":"e","changes":[],"next":0,"more":false,"min_cursor":0)");
            if (activity)
                body += QByteArray(R"(,"school_activity":)") + activity;
            return ChangesPage::fromJson(parseObject(body + '}').value());
        };
        QVERIFY(!page(nullptr).value().activity);
        const auto both = page(R"({"registrations":1765000000123,"seats":0})");
        QVERIFY(both.ok());
        QCOMPARE(both.value().activity->registrations, std::optional<qint64>(1765000000123));
        QCOMPARE(both.value().activity->seats, std::optional<qint64>(0));
        QCOMPARE(parseObject(toBody(both.value().toJson())).value(), both.value().toJson());
        const auto unsettled = page(R"({"registrations":null,"seats":7,"later":true})");
        QVERIFY(unsettled.ok());
        QVERIFY(!unsettled.value().activity->registrations);
        QCOMPARE(unsettled.value().activity->seats, std::optional<qint64>(7));
        const auto wrong = page(R"({"registrations":"7","seats":7})");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message,
                 QStringLiteral("school_activity.registrations: expected an integer ≥ 0 or null"));
        QVERIFY(!page(R"({"seats":7})").ok());
        QVERIFY(!page("[]").ok());
    }

    void roundTrips()
    {
        StudentRecord s;
        s.name = QStringLiteral("李四");
        s.gender = Gender::Female;
        s.idType = IdType::ResidentId;
        s.idNumber = QStringLiteral("11010519491231002X");
        s.schoolCode = QStringLiteral("10001");
        s.campusCode = QStringLiteral("100011");
        s.education = Education::Bachelor;
        s.programYears = 4;
        s.enrolYear = 2024;
        s.grade = QStringLiteral("2024");
        s.studentNo = QStringLiteral("007");
        const QJsonObject data = studentToJson(s);
        QCOMPARE(data.size(), 15);
        QCOMPARE(data.value(QStringLiteral("student_no")).toString(), QStringLiteral("007"));
        QCOMPARE(data.value(QStringLiteral("gender")).toInt(), 2);
        auto back = studentFromJson(data);
        QVERIFY(back.ok());
        QVERIFY(back.value().sameContent(s));
        QCOMPARE(studentKey(s), QStringLiteral("1:11010519491231002X"));

        QJsonObject missing = data;
        missing.remove(QStringLiteral("note"));
        QCOMPARE(studentFromJson(missing).error().message, QStringLiteral("data.note: missing"));

        OpResult res;
        res.opId = QStringLiteral("a");
        res.status = OpResult::Status::Conflict;
        res.version = 4;
        res.seq = 99;
        FieldConflict fc;
        fc.field = QStringLiteral("name");
        fc.mine = QStringLiteral("新");
        fc.base = QStringLiteral("旧");
        fc.theirs = QStringLiteral("他");
        fc.changedBy = QStringLiteral("coord2");
        fc.changedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 600), Qt::UTC);
        res.conflicts = { fc };
        res.record = data;
        PushResponse pr{ QStringLiteral("ep"), { res } };
        auto prBack = PushResponse::fromJson(pr.toJson());
        QVERIFY(prBack.ok());
        QCOMPARE(prBack.value().toJson(), pr.toJson());
        QCOMPARE(prBack.value().results.first().conflicts.first().changedAt, fc.changedAt);

        Digest d;
        d.epoch = QStringLiteral("ep");
        d.lastSeq = 7;
        d.entities.insert(QStringLiteral("student"), EntityDigest{ 3, 7, QStringLiteral("0123456789abcdef") });
        auto dBack = Digest::fromJson(d.toJson());
        QVERIFY(dBack.ok());
        QCOMPARE(dBack.value().toJson(), d.toJson());

        LoginResponse lr{ QStringLiteral("tok"), QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC),
                          UserInfo{ QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("admin"), QString() } };
        QVERIFY(lr.toJson().value(QStringLiteral("user")).toObject().value(QStringLiteral("school")).isNull());
        QCOMPARE(lr.toJson().value(QStringLiteral("expires_at")).toString(), QStringLiteral("2026-11-23T12:00:00Z"));
        auto lrBack = LoginResponse::fromJson(lr.toJson());
        QVERIFY(lrBack.ok());
        QCOMPARE(lrBack.value().toJson(), lr.toJson());

        ApiError e{ QStringLiteral("auth.locked"), QStringLiteral("wait"), 4 };
        auto eBack = ApiError::fromJson(e.toJson());
        QVERIFY(eBack.ok());
        QCOMPARE(eBack.value().retryAfter.value_or(0), 4);
        QCOMPARE(httpStatusFor(QStringLiteral("auth.locked")), 429);
        QCOMPARE(httpStatusFor(QStringLiteral("request.too_large")), 413);
        QCOMPARE(httpStatusFor(QStringLiteral("sync.cursor_too_old")), 410);
    }

    void changesQuery()
    {
        auto q = ChangesQuery::fromQuery(QUrlQuery(QStringLiteral("since=12&limit=5000")));
        QVERIFY(q.ok());
        QCOMPARE(q.value().since, 12);
        QCOMPARE(q.value().limit, 5000);
        auto d = ChangesQuery::fromQuery(QUrlQuery());
        QCOMPARE(d.value().limit, kDefaultChangesLimit);
        QCOMPARE(ChangesQuery::fromQuery(QUrlQuery(QStringLiteral("limit=5001"))).error().code,
                 QStringLiteral("request.bad_shape"));
        QCOMPARE(ChangesQuery::fromQuery(QUrlQuery(QStringLiteral("since=-1"))).error().code,
                 QStringLiteral("request.bad_shape"));
        QCOMPARE(ChangesQuery::fromQuery(QUrlQuery(QStringLiteral("since=1&x=2"))).error().message,
                 QStringLiteral("x: unknown parameter"));
    }

    void digestHash()
    {
        DigestBuilder empty;
        QCOMPARE(empty.hash(), QStringLiteral("cbf29ce484222325"));
        DigestBuilder a, b;
        a.add(QStringLiteral("1:A"), 1);
        a.add(QStringLiteral("1:B"), 2);
        b.add(QStringLiteral("1:B"), 2);
        b.add(QStringLiteral("1:A"), 1);
        QCOMPARE(a.hash(), b.hash());
        QCOMPARE(a.hash().size(), 16);
        DigestBuilder c;
        c.add(QStringLiteral("1:A"), 1);
        c.add(QStringLiteral("1:B"), 3);
        QVERIFY(a.hash() != c.hash());
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
