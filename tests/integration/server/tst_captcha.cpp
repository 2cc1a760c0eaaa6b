// Image captchas on SQLite and PostgreSQL: the PNG decodes (drawn in a QCoreApplication, as in the
// server), an answer works once, wrong and expired answers are refused and use the captcha up, and
// the database keeps only a hash of the answer.
#include "CandidateMessages.h"
#include "CaptchaGlyphs.h"
#include "CaptchaImage.h"
#include "CaptchaService.h"
#include "CentralFixture.h"
#include "CentralService.h"
#include "CentralStore.h"

#include <QImage>
#include <QTest>

using namespace cet;
using namespace cet::central;
using namespace cet::central::test;

class TestCaptcha : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<CentralService> m_svc;
    std::unique_ptr<CaptchaService> m_captchas;
    QDateTime m_now;

    IssuedCaptcha issue()
    {
        auto r = m_captchas->issue();
        if (!r)
            qFatal("issue: %s %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        return r.value();
    }

    int storedCount() { return m_svc->store().scalar(QStringLiteral("SELECT COUNT(*) FROM captchas")).value().toInt(); }

private slots:
    void initTestCase_data() { addBackendRows(); }

    void init()
    {
        m_db = backendDatabase();
        if (!m_db->skipReason().isEmpty())
            QSKIP(qPrintable(m_db->skipReason()));
        m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
        m_svc = openMigrated(*m_db, &m_now);
        QVERIFY(m_svc);
        m_captchas = std::make_unique<CaptchaService>(m_svc->store(), [this] { return m_now; });
    }

    void cleanup()
    {
        m_captchas.reset();
        m_svc.reset();
        m_db.reset();
    }

    void pngDecodes()
    {
        const IssuedCaptcha c = issue();
        QCOMPARE(c.id.size(), 32);
        QCOMPARE(c.code.size(), CaptchaService::kCodeLength);
        for (QChar ch : c.code)
            QVERIFY2(captcha::alphabet().contains(ch), qPrintable(c.code));
        QCOMPARE(c.expiresAt, m_now.addSecs(CaptchaService::kLifetimeSeconds));
        QVERIFY(c.png.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage image = QImage::fromData(c.png, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(captcha::kImageWidth, captcha::kImageHeight));
        // Something was drawn: many pixels far darker than the light background.
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 150 ? 1 : 0;
        QVERIFY2(dark > 800, qPrintable(QString::number(dark)));

        const IssuedCaptcha other = issue();
        QVERIFY(other.id != c.id);
        QVERIFY(other.png != c.png);
    }

    void everyGlyphIsDrawn()
    {
        // A character without strokes would leave a blank cell that no one could read.
        for (QChar ch : captcha::alphabet())
            QVERIFY2(!captcha::glyphStrokes(ch).isEmpty(), qPrintable(QString(ch)));
        QVERIFY(captcha::glyphStrokes(u'O').isEmpty());
        QRandomGenerator a(7), b(7);
        QCOMPARE(captcha::renderPng(QStringLiteral("ACDEF"), a), captcha::renderPng(QStringLiteral("ACDEF"), b));
    }

    void answerWorksOnce()
    {
        const IssuedCaptcha c = issue();
        QCOMPARE(storedCount(), 1);
        auto first = m_captchas->verify(c.id, QStringLiteral(" ") + c.code.toLower() + QStringLiteral(" "));
        QVERIFY2(first.ok(), qPrintable(first.error().code));
        QCOMPARE(storedCount(), 0);
        auto again = m_captchas->verify(c.id, c.code);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("captcha.unknown"));
    }

    void wrongAnswerUsesItUp()
    {
        const IssuedCaptcha c = issue();
        QString wrong = c.code;
        wrong[0] = c.code.at(0) == u'A' ? u'C' : u'A';
        auto r = m_captchas->verify(c.id, wrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("captcha.wrong"));
        auto right = m_captchas->verify(c.id, c.code);
        QVERIFY(!right.ok());
        QCOMPARE(right.error().code, QStringLiteral("captcha.unknown"));

        QCOMPARE(m_captchas->verify(QStringLiteral("no-such-captcha"), c.code).error().code,
            QStringLiteral("captcha.unknown"));
        const IssuedCaptcha empty = issue();
        QCOMPARE(m_captchas->verify(empty.id, QString()).error().code, QStringLiteral("captcha.wrong"));
    }

    void expiredRefused()
    {
        const IssuedCaptcha c = issue();
        const IssuedCaptcha young = issue();
        m_now = m_now.addSecs(CaptchaService::kLifetimeSeconds);
        auto r = m_captchas->verify(c.id, c.code);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("captcha.expired"));

        // One second short of its lifetime a captcha still works.
        m_now = m_now.addSecs(-1);
        QVERIFY(m_captchas->verify(young.id, young.code).ok());
    }

    void refusalsSpeakChinese()
    {
        // The candidate API answers in the catalogue's words: every refusal code must be in it.
        const IssuedCaptcha c = issue();
        const IssuedCaptcha d = issue();
        QList<Error> refusals
            = { m_captchas->verify(c.id, QStringLiteral("?????")).error(), m_captchas->verify(c.id, c.code).error() };
        m_now = m_now.addSecs(CaptchaService::kLifetimeSeconds);
        refusals.append(m_captchas->verify(d.id, d.code).error());
        QCOMPARE(refusals.at(0).code, candidate::codes::captchaWrong);
        QCOMPARE(refusals.at(1).code, candidate::codes::captchaUnknown);
        QCOMPARE(refusals.at(2).code, candidate::codes::captchaExpired);
        for (const Error &e : refusals) {
            QVERIFY2(candidate::isKnown(e.code), qPrintable(e.code));
            QCOMPARE(candidate::httpStatus(e.code), 400);
            QVERIFY(candidate::message(e, candidate::Language::Chinese).contains(QStringLiteral("验证码")));
        }
    }

    void expiredOnesAreCleared()
    {
        issue();
        issue();
        m_now = m_now.addSecs(CaptchaService::kLifetimeSeconds + 1);
        issue();
        QCOMPARE(storedCount(), 1);
    }

    void onlyAHashIsStored()
    {
        const IssuedCaptcha c = issue();
        auto q = m_svc->store().exec(QStringLiteral("SELECT answer_hash FROM captchas WHERE id = ?"), { c.id });
        QVERIFY(q.ok() && q.value().next());
        const QString stored = q.value().value(0).toString();
        QVERIFY(!stored.contains(c.code, Qt::CaseInsensitive));
        QCOMPARE(stored, CaptchaService::answerHash(c.id, c.code));
    }
};

QTEST_GUILESS_MAIN(TestCaptcha)
#include "tst_captcha.moc"
