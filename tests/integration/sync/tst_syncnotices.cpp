// School notices between two desktops through a real cet-central, and an older CET Desk (no
// notice handler) against a server that has notices.
#include "NoticeService.h"
#include "OutboxRepository.h"
#include "StudentRepository.h"
#include "SyncEngine.h"
#include "SyncStore.h"
#include "SyncTestSupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cet;

namespace {

const QString kSchool = QStringLiteral("10001");

NoticeText text(const QString &title, const QString &body)
{
    return { title, body, QDate(2026, 1, 1) };
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestSyncNotices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    synctest::CentralProcess m_central;
    std::unique_ptr<Database> m_a, m_b;
    std::unique_ptr<SyncEngine> m_ea, m_eb;

    std::unique_ptr<SyncEngine> engineFor(Database &db)
    {
        auto e = std::make_unique<SyncEngine>(DatabaseWriter::forPath(db.path()));
        e->http().setRetryPolicy(2, 20);
        e->http().setTimeout(60000);
        e->setOptions({ 500, 1000, true });
        return e;
    }

    std::unique_ptr<Database> openDb(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name));
        if (!db)
            qFatal("open failed");
        return std::move(db.value());
    }

    static SyncSummary syncOk(SyncEngine &e)
    {
        auto r = e.sync();
        if (!r)
            qWarning("sync failed: %s %s %s", qPrintable(r.error().code), qPrintable(r.error().message),
                     qPrintable(r.error().detail));
        return r ? r.value() : SyncSummary{ -1, -1, -1, -1, -1, -1, -1, false, {} };
    }

    static QString title(Database &db, const QString &code)
    {
        auto n = NoticeService(db).find(code);
        return n && n.value() ? n.value()->text.title : QString();
    }

    QJsonObject publicNotices(const QString &school)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_central.url() + QStringLiteral("/api/v1/public/notices?school=") + school));
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

private slots:
    void initTestCase()
    {
        qputenv("CETDESK_NO_KEYCHAIN", "1");
        QVERIFY(m_dir.isValid());
        const QStringList args{ QStringLiteral("demo"), QStringLiteral("--db"),
                                QStringLiteral("sqlite:") + m_dir.filePath(u"central.sqlite"_qs),
                                QStringLiteral("--roster"), QStringLiteral("20") };
        QVERIFY2(m_central.start(QStringLiteral(CET_CENTRAL), args), qPrintable(m_central.output()));
        m_a = openDb(u"a.sqlite"_qs);
        m_b = openDb(u"b.sqlite"_qs);
        m_ea = engineFor(*m_a);
        m_eb = engineFor(*m_b);
        QVERIFY(m_ea->signIn(m_central.url(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator")));
        QVERIFY(m_eb->signIn(m_central.url(), QStringLiteral("coord2"), QStringLiteral("demo-coordinator")));
        QVERIFY(syncOk(*m_ea).digestMatches);
        QVERIFY(syncOk(*m_eb).digestMatches);
    }

    void noticeTravels()
    {
        NoticeService a(*m_a);
        QVERIFY(a.saveAndWait(kSchool, text(u"报名须知"_qs, u"请于三月一日前完成缴费。"_qs)));
        QVERIFY(a.saveAndWait(kSchool + u'1', text(u"校区通告"_qs, u"本校区考生请到图书馆确认照片。"_qs)));
        const SyncSummary s = syncOk(*m_ea);
        QCOMPARE(s.applied, 2);
        QVERIFY2(s.digestMatches, qPrintable(s.digestDetail));
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.pulled, 2);
        QVERIFY(b.digestMatches);
        QCOMPARE(title(*m_b, kSchool), u"报名须知"_qs);
        QCOMPARE(title(*m_b, kSchool + u'1'), u"校区通告"_qs);
    }

    void concurrentEditsBecomeOneConflictResolvedOnOne()
    {
        QVERIFY(NoticeService(*m_a).saveAndWait(kSchool, text(u"A 的标题"_qs, u"A 写的正文"_qs)));
        QVERIFY(NoticeService(*m_b).saveAndWait(kSchool, text(u"B 的标题"_qs, u"B 写的正文"_qs)));
        QCOMPARE(syncOk(*m_ea).applied, 1);
        const SyncSummary b = syncOk(*m_eb);
        QCOMPARE(b.conflicts, 1);
        QCOMPARE(b.openConflicts, 1);
        auto c = NoticeService(*m_b).conflict(kSchool);
        QVERIFY(c && c.value());
        QCOMPARE(c.value()->mine->title, u"B 的标题"_qs);
        QCOMPARE(c.value()->theirs->title, u"A 的标题"_qs);
        QCOMPARE(c.value()->theirs->body, u"A 写的正文"_qs);
        QCOMPARE(c.value()->changedBy, u"coord1"_qs);
        // B keeps its text across another sync until the user picks.
        syncOk(*m_eb);
        QCOMPARE(title(*m_b, kSchool), u"B 的标题"_qs);
        QVERIFY(NoticeService(*m_b).resolveAndWait(kSchool, ConflictChoice::Mine));
        const SyncSummary b2 = syncOk(*m_eb);
        QCOMPARE(b2.applied, 1);
        QCOMPARE(b2.openConflicts, 0);
        QVERIFY2(b2.digestMatches, qPrintable(b2.digestDetail));
        const SyncSummary a2 = syncOk(*m_ea);
        QVERIFY2(a2.digestMatches, qPrintable(a2.digestDetail));
        QCOMPARE(title(*m_a, kSchool), u"B 的标题"_qs);
        QCOMPARE(NoticeService(*m_a).list().value().size(), NoticeService(*m_b).list().value().size());

        // The candidates' page shows the resolved text.
        const QJsonObject pub = publicNotices(kSchool);
        const QJsonArray notices = pub.value(u"notices"_qs).toArray();
        QVERIFY2(!notices.isEmpty(), QJsonDocument(pub).toJson().constData());
        QCOMPARE(notices.first().toObject().value(u"title"_qs).toString(), u"B 的标题"_qs);
        QCOMPARE(notices.first().toObject().value(u"scope"_qs).toString(), u"school"_qs);

        // Theirs: A's next edit wins on B, nothing is sent from B.
        QVERIFY(NoticeService(*m_a).saveAndWait(kSchool, text(u"A 再改"_qs, u"A"_qs)));
        QVERIFY(NoticeService(*m_b).saveAndWait(kSchool, text(u"B 再改"_qs, u"B"_qs)));
        syncOk(*m_ea);
        QCOMPARE(syncOk(*m_eb).conflicts, 1);
        QVERIFY(NoticeService(*m_b).resolveAndWait(kSchool, ConflictChoice::Theirs));
        QCOMPARE(title(*m_b, kSchool), u"A 再改"_qs);
        const SyncSummary b3 = syncOk(*m_eb);
        QCOMPARE(b3.pushed, 0);
        QCOMPARE(b3.openConflicts, 0);
        QVERIFY(b3.digestMatches);
    }

    void twoEditsInARowNeedNoConflict()
    {
        QVERIFY(NoticeService(*m_a).saveAndWait(kSchool + u'1', text(u"第一版"_qs, u"1"_qs)));
        QVERIFY(NoticeService(*m_a).saveAndWait(kSchool + u'1', text(u"第二版"_qs, u"2"_qs)));
        const SyncSummary a = syncOk(*m_ea);
        QCOMPARE(a.applied, 2);
        QCOMPARE(a.conflicts, 0);
        QVERIFY(a.digestMatches);
        syncOk(*m_eb);
        QCOMPARE(title(*m_b, kSchool + u'1'), u"第二版"_qs);
    }

    void oldClientStopsBeforeNoticeAndCatchesUpAfterUpdate()
    {
        // A student change after the notices: the old client must not get past the first notice.
        auto first = StudentRepository(*m_a).fetch(StudentQuery{}, 0, 1);
        QVERIFY(first && !first.value().isEmpty());
        StudentRecord after = first.value().first();
        after.note = QStringLiteral("after the notices");
        QVERIFY(StudentRepository(*m_a).update(first.value().first(), after, u"coord1"_qs));
        syncOk(*m_ea);

        auto c = openDb(u"old.sqlite"_qs);
        auto old = engineFor(*c);
        old->setRegistry(SyncEntityRegistry::standard().without(u"notice"_qs));
        QVERIFY(old->signIn(m_central.url(), QStringLiteral("coord1"), QStringLiteral("demo-coordinator")));
        auto r = old->sync();
        QVERIFY(!r);
        QCOMPARE(r.error().code, u"sync.client_outdated"_qs);
        QVERIFY(r.error().message.contains(u"update"_qs));
        // The roster is here up to the first notice; the student changed after it (the feed has
        // each record at its latest change) and the notices are not.
        QCOMPARE(count(*c, u"SELECT count(*) FROM students WHERE deleted_at IS NULL"_qs), 19);
        QCOMPARE(count(*c, u"SELECT count(*) FROM notices"_qs), 0);
        QCOMPARE(count(*c, u"SELECT count(*) FROM students WHERE note = 'after the notices'"_qs), 0);
        const qint64 cursor = SyncStore(*c).state().value().cursor;
        QCOMPARE(SyncStore(*c).state().value().lastError, u"sync.client_outdated"_qs);
        // Again: still stopped at the same place.
        QVERIFY(!old->sync());
        QCOMPARE(SyncStore(*c).state().value().cursor, cursor);

        // Updated: the next sync gets everything.
        old->setRegistry(SyncEntityRegistry::standard());
        const SyncSummary s = syncOk(*old);
        QVERIFY(s.pulled > 0);
        QVERIFY2(s.digestMatches, qPrintable(s.digestDetail));
        QCOMPARE(count(*c, u"SELECT count(*) FROM students WHERE note = 'after the notices'"_qs), 1);
        QCOMPARE(count(*c, u"SELECT count(*) FROM students WHERE deleted_at IS NULL"_qs), 20);
        QCOMPARE(NoticeService(*c).list().value().size(), NoticeService(*m_a).list().value().size());
        QVERIFY(SyncStore(*c).state().value().cursor > cursor);
    }
};

QTEST_GUILESS_MAIN(TestSyncNotices)
#include "tst_syncnotices.moc"
