// The merge policies as pure functions: whole-object compare-and-set and first decision stands.
#include "MergePolicies.h"

#include <QTest>

using namespace cet;
using namespace cet::central;

namespace {

QJsonObject record(const QString &title)
{
    return QJsonObject{ { QStringLiteral("title"), title }, { QStringLiteral("body"), QStringLiteral("b") } };
}

protocol::Op upsert(const QString &oldTitle, const QString &newTitle, qint64 base)
{
    protocol::Op op;
    op.opId = QStringLiteral("op");
    op.entity = QStringLiteral("notice");
    op.key = QStringLiteral("10001");
    op.baseVersion = base;
    op.changes.insert(QStringLiteral("title"),
                      { oldTitle.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(oldTitle), newTitle });
    op.changes.insert(QStringLiteral("body"), { QStringLiteral("b"), QStringLiteral("b") });
    return op;
}

} // namespace

Q_DECLARE_METATYPE(std::optional<cet::central::ObjectRow>)
Q_DECLARE_METATYPE(cet::central::ObjectVerdict)

class TestMergePolicies : public QObject
{
    Q_OBJECT

private slots:
    void wholeObjectUpsert_data()
    {
        QTest::addColumn<std::optional<ObjectRow>>("row");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<ObjectVerdict>("verdict");
        const std::optional<ObjectRow> none;
        const std::optional<ObjectRow> live = ObjectRow{ record(QStringLiteral("A")), 3, false };
        const std::optional<ObjectRow> tombstone = ObjectRow{ record(QStringLiteral("A")), 4, true };
        QTest::newRow("create") << none << qint64(0) << QStringLiteral("B") << ObjectVerdict::Create;
        QTest::newRow("edit of nothing") << none << qint64(2) << QStringLiteral("B") << ObjectVerdict::Conflict;
        QTest::newRow("create over tombstone") << tombstone << qint64(0) << QStringLiteral("B") << ObjectVerdict::Create;
        QTest::newRow("edit of tombstone") << tombstone << qint64(4) << QStringLiteral("B") << ObjectVerdict::Conflict;
        QTest::newRow("update") << live << qint64(3) << QStringLiteral("B") << ObjectVerdict::Update;
        QTest::newRow("stale") << live << qint64(2) << QStringLiteral("B") << ObjectVerdict::Conflict;
        QTest::newRow("create of existing") << live << qint64(0) << QStringLiteral("B") << ObjectVerdict::Conflict;
        QTest::newRow("same content, stale") << live << qint64(1) << QStringLiteral("A") << ObjectVerdict::Unchanged;
        QTest::newRow("same content, create") << live << qint64(0) << QStringLiteral("A") << ObjectVerdict::Unchanged;
    }
    void wholeObjectUpsert()
    {
        QFETCH(std::optional<ObjectRow>, row);
        QFETCH(qint64, base);
        QFETCH(QString, proposed);
        QFETCH(ObjectVerdict, verdict);
        QCOMPARE(int(cet::central::wholeObjectUpsert(row, base, record(proposed))), int(verdict));
    }

    void wholeObjectDelete()
    {
        const ObjectRow live{ record(QStringLiteral("A")), 3, false };
        QCOMPARE(int(cet::central::wholeObjectDelete(std::nullopt, 0)), int(ObjectVerdict::Unchanged));
        QCOMPARE(int(cet::central::wholeObjectDelete(ObjectRow{ live.data, 4, true }, 1)), int(ObjectVerdict::Unchanged));
        QCOMPARE(int(cet::central::wholeObjectDelete(live, 3)), int(ObjectVerdict::Delete));
        QCOMPARE(int(cet::central::wholeObjectDelete(live, 2)), int(ObjectVerdict::Conflict));
    }

    void conflicts()
    {
        const ObjectRow live{ record(QStringLiteral("Server")), 3, false };
        // Only the fields whose server value differs from the op's new value.
        auto c = wholeObjectConflicts(live, upsert(QStringLiteral("Old"), QStringLiteral("Mine"), 2));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].field, QStringLiteral("title"));
        QCOMPARE(c[0].mine, QJsonValue(QStringLiteral("Mine")));
        QCOMPARE(c[0].base, QJsonValue(QStringLiteral("Old")));
        QCOMPARE(c[0].theirs, QJsonValue(QStringLiteral("Server")));
        // A tombstone: theirs null for every field of the op.
        c = wholeObjectConflicts(ObjectRow{ live.data, 4, true }, upsert(QStringLiteral("Old"), QStringLiteral("Mine"), 2));
        QCOMPARE(c.size(), 2);
        for (const auto &f : c)
            QVERIFY(f.theirs.isNull());
        // A delete without changes: null proposed for every field of the server's record.
        protocol::Op del = upsert({}, {}, 1);
        del.kind = protocol::Op::Kind::Delete;
        del.changes.clear();
        c = wholeObjectConflicts(live, del);
        QCOMPARE(c.size(), 2);
        for (const auto &f : c) {
            QVERIFY(f.mine.isNull());
            QCOMPARE(f.theirs, live.data.value(f.field));
        }
    }

    void firstDecisionStands()
    {
        const QJsonValue accept(QStringLiteral("accept")), refuse(QStringLiteral("refuse"));
        QCOMPARE(int(cet::central::firstDecisionStands(QJsonValue(), accept)), int(DecisionVerdict::Take));
        QCOMPARE(int(cet::central::firstDecisionStands(QJsonValue(QJsonValue::Undefined), refuse)),
                 int(DecisionVerdict::Take));
        QCOMPARE(int(cet::central::firstDecisionStands(accept, accept)), int(DecisionVerdict::Same));
        QCOMPARE(int(cet::central::firstDecisionStands(accept, refuse)), int(DecisionVerdict::Conflict));
        QCOMPARE(int(cet::central::firstDecisionStands(QJsonObject{ { QStringLiteral("d"), 1 } },
                                                       QJsonObject{ { QStringLiteral("d"), 1 } })),
                 int(DecisionVerdict::Same));
    }
};

QTEST_GUILESS_MAIN(TestMergePolicies)
#include "tst_mergepolicies.moc"
