// The wire bodies cet-central reads and writes without QJsonDocument, against QJsonDocument:
// - PushRequest::fromBody (FastPushParser) against parseObject + PushRequest::fromJson: what the
//   fast path accepts, the general path accepts with the same value; what it refuses goes to the
//   general path (same errors). Valid bodies of many shapes, then random mutations of them.
// - JsonWriter / writeStudentJson: byte for byte what QJsonDocument writes, and read back.
#include "FastPushParser.h"
#include "JsonWriter.h"
#include "StudentFields.h"
#include "Wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace cet;
using namespace cet::protocol;

namespace {

Result<PushRequest> generalPath(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return o.error();
    return PushRequest::fromJson(o.value());
}

// Equal down to the JSON value types (an integer stays an integer).
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    return a.type() == b.type() && a == b && a.toVariant().typeId() == b.toVariant().typeId();
}

QString differences(const PushRequest &a, const PushRequest &b)
{
    if (a.epoch != b.epoch || a.epoch.isNull() != b.epoch.isNull())
        return QStringLiteral("epoch");
    if (a.ops.size() != b.ops.size())
        return QStringLiteral("op count");
    for (qsizetype i = 0; i < a.ops.size(); ++i) {
        const Op &x = a.ops.at(i), &y = b.ops.at(i);
        if (x.opId != y.opId || x.entity != y.entity || x.key != y.key || x.baseVersion != y.baseVersion
            || x.kind != y.kind || x.changes.keys() != y.changes.keys())
            return QStringLiteral("op %1").arg(i);
        for (auto it = x.changes.constBegin(); it != x.changes.constEnd(); ++it) {
            const FieldChange &other = y.changes.value(it.key());
            if (!sameValue(it->oldValue, other.oldValue) || !sameValue(it->newValue, other.newValue))
                return QStringLiteral("op %1 field %2").arg(i).arg(it.key());
        }
    }
    return {};
}

// Checks one body; returns whether the fast path took it.
bool check(const QByteArray &body)
{
    const auto fast = wire::parsePushFast(body);
    const auto slow = generalPath(body);
    const auto viaBody = PushRequest::fromBody(body);
    if (viaBody.ok() != slow.ok())
        qFatal("fromBody and the general path disagree on %s", body.constData());
    if (!slow.ok()) {
        if (viaBody.error().code != slow.error().code || viaBody.error().message != slow.error().message)
            qFatal("different errors for %s", body.constData());
    }
    if (!fast)
        return false;
    if (!slow.ok())
        qFatal("fast path accepted what the general path refuses (%s): %s", qPrintable(slow.error().message),
               body.constData());
    const QString diff = differences(*fast, slow.value());
    if (!diff.isEmpty())
        qFatal("fast path differs (%s) on %s", qPrintable(diff), body.constData());
    return true;
}

QJsonObject op(int i, const QString &name, const QString &note, const QString &kind = QStringLiteral("upsert"))
{
    QJsonObject changes{
        { QStringLiteral("name"), QJsonArray{ QJsonValue(), name } },
        { QStringLiteral("gender"), QJsonArray{ QJsonValue(), 1 + i % 2 } },
        { QStringLiteral("school_code"), QJsonArray{ QJsonValue(), QStringLiteral("10001") } },
        { QStringLiteral("enrol_year"), QJsonArray{ 2022, 2023 } },
        { QStringLiteral("note"), QJsonArray{ QStringLiteral("old"), note } },
    };
    QJsonObject o{ { QStringLiteral("op_id"), QStringLiteral("op-%1").arg(i) },
                   { QStringLiteral("entity"), QStringLiteral("student") },
                   { QStringLiteral("key"), QStringLiteral("1:11010120000101%1").arg(1000 + i) },
                   { QStringLiteral("base_version"), i % 3 },
                   { QStringLiteral("kind"), kind } };
    if (kind == QLatin1String("upsert") || i % 2 == 0)
        o.insert(QStringLiteral("changes"), changes);
    return o;
}

QByteArray body(const QJsonArray &ops, const QJsonValue &epoch = QJsonValue())
{
    return QJsonDocument(QJsonObject{ { QStringLiteral("epoch"), epoch }, { QStringLiteral("ops"), ops } })
        .toJson(QJsonDocument::Compact);
}

QList<QByteArray> validBodies()
{
    const QStringList texts = { QStringLiteral("张三"), QStringLiteral("a\"b\\c/d\n\t\r\b\f"), QStringLiteral("😀 ü"),
                                QString(), QStringLiteral("x").repeated(1000), QString(QChar(0x7f)) + QChar(0xfffe),
                                QString(QChar(0x01)) + QChar(0x1f) };
    QList<QByteArray> out;
    for (int i = 0; i < texts.size(); ++i) {
        QJsonArray ops;
        for (int j = 0; j < 3; ++j)
            ops.append(op(i * 3 + j, texts.at(i), texts.at((i + j) % texts.size()),
                          j == 2 ? QStringLiteral("delete") : QStringLiteral("upsert")));
        out << body(ops, i % 2 ? QJsonValue(QStringLiteral("ep-%1").arg(i)) : QJsonValue());
    }
    // Written by hand: spacing, escapes, key orders, no epoch.
    out << QByteArray(" \r\n{ \"ops\" : [ {\"kind\":\"upsert\",\"changes\":{ \"note\" : [ null , \"a\\/b\\u0041\" ] },"
                      "\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"2:A1\",\"base_version\":0 } ] }\t")
        << QByteArray("{\"epoch\":null,\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\","
                      "\"base_version\":7,\"kind\":\"delete\"}]}")
        << QByteArray("{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,"
                      "\"kind\":\"upsert\",\"changes\":{}}],\"epoch\":\"e\"}")
        << QByteArray("{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,"
                      "\"kind\":\"upsert\",\"changes\":{\"gender\":[0,100000],\"program_years\":[null,4]}}]}")
        // Ops of other entities: any field name, values not checked against the student fields.
        << QByteArray("{\"epoch\":null,\"ops\":[{\"base_version\":0,\"changes\":{\"body\":[null,\"正文\\n\"],"
                      "\"shown_from\":[null,\"2026-12-01\"],\"title\":[null,\"通告\"]},\"entity\":\"notice\",\"key\":"
                      "\"10001\",\"kind\":\"upsert\",\"op_id\":\"n1\"},{\"base_version\":2,\"entity\":\"notice\","
                      "\"key\":\"100011\",\"kind\":\"delete\",\"op_id\":\"n2\"}]}")
        << QByteArray("{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,"
                      "\"kind\":\"delete\"},{\"op_id\":\"p\",\"entity\":\"offer_seat\",\"key\":\"any key\","
                      "\"base_version\":4,\"kind\":\"upsert\",\"changes\":{\"gender\":[\"x\",99999999],\"seats\":[1,null]}}]}");
    return out;
}

} // namespace

class TestWireBodies : public QObject
{
    Q_OBJECT

private slots:
    void validBodiesAgree()
    {
        int fast = 0, withoutUnicodeEscapes = 0;
        const QList<QByteArray> bodies = validBodies();
        for (const QByteArray &b : bodies) {
            QVERIFY2(generalPath(b).ok(), b.constData());
            fast += check(b) ? 1 : 0;
            withoutUnicodeEscapes += b.contains("\\u") ? 0 : 1;
        }
        // All but those with a \u escape are read by the fast path.
        QCOMPARE(fast, withoutUnicodeEscapes);
        QVERIFY(fast >= bodies.size() - 4);
    }

    void invalidBodiesGoTheGeneralWay()
    {
        const QList<QByteArray> bad = {
            "", "{}", "[]", "{\"ops\":[]}", "{\"ops\":[{}]}", "{\"ops\":[1]}", "{\"ops\":{}}", "{\"epoch\":1,\"ops\":[]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"upsert\"}]}",
            "{\"ops\":[{\"op_id\":\"\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"teacher\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"9:x\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"Notice\",\"key\":\"1\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"notice\",\"key\":\"\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"notice\",\"key\":\"1\",\"base_version\":0,\"kind\":\"upsert\","
            "\"changes\":{\"title\":[null,\"a\"],\"title\":[null,\"b\"]}}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":-1,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":1.5,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"move\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\",\"x\":1}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"upsert\","
            "\"changes\":{\"gender\":[null,\"1\"]}}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"upsert\","
            "\"changes\":{\"gender\":[null,100001]}}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"upsert\","
            "\"changes\":{\"nick\":[null,\"a\"]}}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"upsert\","
            "\"changes\":{\"name\":[null]}}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"upsert\","
            "\"changes\":{\"name\":[null,\"a\",\"b\"]}}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]} x",
            "{\"ops\":[{\"op_id\":\"o\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]",
            "{\"ops\":[{\"op_id\":\"o\xff\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\xed\xa0\x80\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\xc0\xaf\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]}",
            "{\"ops\":[{\"op_id\":\"o\",\"op_id\":\"p\",\"entity\":\"student\",\"key\":\"1:x\",\"base_version\":0,\"kind\":\"delete\"}]}",
        };
        for (const QByteArray &b : bad)
            QVERIFY2(!check(b) || generalPath(b).ok(), b.constData());
        // Over 500 ops: too large, by the general path.
        QJsonArray many;
        for (int i = 0; i < kMaxOpsPerPush + 1; ++i)
            many.append(op(i, QStringLiteral("n"), QStringLiteral("m"), QStringLiteral("delete")));
        const QByteArray tooMany = body(many);
        QVERIFY(!check(tooMany));
        QCOMPARE(PushRequest::fromBody(tooMany).error().code, codes::tooLarge);
        many.removeLast();
        QVERIFY(check(body(many)));
    }

    void mutationsAgree()
    {
        static const char interesting[] = "{}[],:\"\\/ \n0123456789-.eEnulltruefasx\x01\x7f\x80\xbf\xc3\xa9\xe4\xb8\xad\xff";
        QRandomGenerator rng(20261123);
        const QList<QByteArray> bodies = validBodies();
        int accepted = 0;
        for (int round = 0; round < 30000; ++round) {
            QByteArray b = bodies.at(rng.bounded(int(bodies.size())));
            const int edits = 1 + rng.bounded(3);
            for (int e = 0; e < edits && !b.isEmpty(); ++e) {
                const int at = rng.bounded(int(b.size()));
                switch (rng.bounded(4)) {
                case 0: b[at] = interesting[rng.bounded(int(sizeof interesting - 1))]; break;
                case 1: b.insert(at, interesting[rng.bounded(int(sizeof interesting - 1))]); break;
                case 2: b.remove(at, 1 + rng.bounded(4)); break;
                default: b.insert(at, b.mid(rng.bounded(int(b.size())), rng.bounded(12))); break;
                }
            }
            accepted += check(b) ? 1 : 0;
        }
        qInfo("%d of 30000 mutated bodies read by the fast path (all as the general path reads them)", accepted);
    }

    // The hand-written JSON (JsonWriter, writeStudentJson) is byte for byte QJsonDocument's and reads
    // back through studentFromJson, for every UTF-16 code unit, surrogate pairs and lone surrogates.
    void jsonWriterIsExact()
    {
        const auto qtBytes = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        StudentRecord r;
        r.idType = IdType::ResidentId;
        r.idNumber = QStringLiteral("11010120000101123X");
        r.gender = Gender::Female;
        r.schoolCode = QStringLiteral("10001");
        r.programYears = 4;
        r.enrolYear = 2023;
        QList<QString> texts = { QStringLiteral("a\"b\\c/d\n\r\t\b\f"), QStringLiteral("名字 ü é 😀"),
                                 QString(QChar(0)) + QStringLiteral("x") + QChar(0x1f) + QChar(0x7f),
                                 QString(QChar(0xd800)), QString(QChar(0xdc00)) + QStringLiteral("z"),
                                 QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00), QString() };
        for (int start = 0; start < 0x10000; start += 1000) {
            QString chunk;
            for (int u = start; u < std::min(start + 1000, 0x10000); ++u)
                chunk.append(QChar(char16_t(u)));
            texts << chunk;
        }
        for (const QString &text : texts) {
            r.name = text;
            r.note = text.left(1000);
            protocol::JsonWriter w;
            protocol::writeStudentJson(w, r);
            QCOMPARE(w.bytes(), qtBytes(protocol::studentToJson(r)));
            auto back = protocol::studentFromJson(protocol::parseObject(w.bytes()).value());
            QVERIFY(back.ok());
            QCOMPARE(back.value().name, text);
            QVERIFY(back.value().sameContent(r));
        }
        // Any value, as QJsonDocument writes it.
        const QJsonObject any{ { QStringLiteral("i"), 7 },       { QStringLiteral("d"), 1.5 },
                               { QStringLiteral("big"), 1e17 },  { QStringLiteral("neg"), -42 },
                               { QStringLiteral("n"), QJsonValue() }, { QStringLiteral("t"), true },
                               { QStringLiteral("f"), false },
                               { QStringLiteral("a"), QJsonArray{ 1, QStringLiteral("\u0001"), QJsonObject{} } },
                               { QStringLiteral("键\""), QJsonObject{ { QStringLiteral("x"), QJsonArray{} } } } };
        protocol::JsonWriter w;
        w.value(any);
        QCOMPARE(w.bytes(), qtBytes(any));
    }
};

QTEST_GUILESS_MAIN(TestWireBodies)
#include "tst_wirebodies.moc"
