// NoticeService: the rules of a notice's text, the scopes a coordinator may post for, and the
// edit use cases on a local database.
#include "NoticeService.h"
#include "StudentRepository.h"
#include "SyncStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cet;

class TestNoticeService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Database> open(const QString &school)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)));
        if (!db)
            qFatal("open failed");
        if (!school.isEmpty()
            && !SyncStore(*db.value()).saveAccount(u"http://127.0.0.1:9"_qs, u"c"_qs, u"C"_qs, u"coordinator"_qs, school))
            qFatal("account failed");
        return std::move(db.value());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lengthCountsCodePoints()
    {
        QCOMPARE(NoticeService::length(u"考试"_qs), 2);
        QCOMPARE(NoticeService::length(u"a😀b"_qs), 3);
        QCOMPARE(NoticeService::length(QString()), 0);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("bodyLength");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("ok") << u"须知"_qs << 2000 << QDate(2026, 1, 1) << QString();
        QTest::newRow("blank title") << u"   "_qs << 0 << QDate(2026, 1, 1) << u"title"_qs;
        QTest::newRow("long title") << QString(101, u'题') << 0 << QDate(2026, 1, 1) << u"title"_qs;
        QTest::newRow("100 with spaces") << u"  "_qs + QString(100, u'题') + u"  "_qs << 0 << QDate(2026, 1, 1) << QString();
        QTest::newRow("long body") << u"须知"_qs << 2001 << QDate(2026, 1, 1) << u"body"_qs;
        QTest::newRow("no date") << u"须知"_qs << 0 << QDate() << u"shown_from"_qs;
    }
    void validate()
    {
        QFETCH(QString, title);
        QFETCH(int, bodyLength);
        QFETCH(QDate, date);
        QFETCH(QString, field);
        auto r = NoticeService::validate({ title, QString(bodyLength, u'字'), date });
        QCOMPARE(r.ok(), field.isEmpty());
        if (!r) {
            QCOMPARE(r.error().code, u"notice.invalid"_qs);
            QCOMPARE(r.error().detail, field);
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void scopesAreSchoolThenCampuses()
    {
        auto db = open(u"10001"_qs);
        StudentRecord s;
        s.name = u"张三"_qs;
        s.idType = IdType::Passport;
        s.idNumber = u"E1234567"_qs;
        s.schoolCode = u"10001"_qs;
        s.campusCode = u"100013"_qs;
        QList<StudentRecord> records{ s };
        QVERIFY(StudentRepository(*db).insert(records));
        NoticeService service(*db);
        QVERIFY(service.saveAndWait(u"100011"_qs, { u"一校区"_qs, QString(), QDate(2026, 1, 1) }));
        auto scopes = service.scopes();
        QVERIFY(scopes);
        QStringList codes;
        for (const NoticeScope &sc : scopes.value())
            codes << sc.code;
        QCOMPARE(codes, (QStringList{ u"10001"_qs, u"100011"_qs, u"100013"_qs }));
        QVERIFY(scopes.value().first().isSchool);
        QVERIFY(scopes.value().at(1).notice);
        QVERIFY(!scopes.value().at(2).notice);
    }

    void saveChecksScopeAndTrimsTitle()
    {
        auto db = open(u"10001"_qs);
        NoticeService service(*db);
        auto other = service.saveAndWait(u"10002"_qs, { u"别校"_qs, QString(), QDate(2026, 1, 1) });
        QVERIFY(!other);
        QCOMPARE(other.error().code, u"notice.wrong_scope"_qs);
        QVERIFY(!service.saveAndWait(u"1000112"_qs, { u"x"_qs, QString(), QDate(2026, 1, 1) }));
        QVERIFY(service.saveAndWait(u"10001"_qs, { u"  须知  "_qs, u"正文"_qs, QDate(2026, 1, 1) }).value());
        QCOMPARE(service.find(u"10001"_qs).value()->text.title, u"须知"_qs);
        QCOMPARE(service.saveAndWait(u"10001"_qs, { u"须知"_qs, u"正文"_qs, QDate(2026, 1, 1) }).value(), false);
        QVERIFY(service.removeAndWait(u"10001"_qs).value());
        QVERIFY(!service.find(u"10001"_qs).value());
        auto none = service.resolveAndWait(u"10001"_qs, ConflictChoice::Mine);
        QCOMPARE(none.error().code, u"sync.conflict_not_found"_qs);
    }

    void withoutSchoolNothingIsPosted()
    {
        auto db = open(QString());
        NoticeService service(*db);
        QCOMPARE(service.scopes().error().code, u"notice.no_school"_qs);
        QCOMPARE(service.saveAndWait(u"10001"_qs, { u"须知"_qs, QString(), QDate(2026, 1, 1) }).error().code,
                 u"notice.no_school"_qs);
    }
};

QTEST_GUILESS_MAIN(TestNoticeService)
#include "tst_noticeservice.moc"
