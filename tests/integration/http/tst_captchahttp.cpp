// GET /api/v1/captcha on the real executable: JSON with an id and a PNG that decodes, a new
// captcha on every call, and JSON errors for parameters and other methods.

#include "TestApiClient.h"
#include "CentralProcess.h"

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cet::test;

namespace {
const QString kCaptcha = QStringLiteral("/api/v1/captcha");
}

class TstCaptchaHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(m_dir.path(), &error), qPrintable(error));
        QVERIFY2(m_server.start({ QStringLiteral("serve"), QStringLiteral("--db"), m_db.url() }),
            qPrintable(m_server.output()));
        m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    }
    void cleanupTestCase() { m_server.kill(); }

    void imageAndId()
    {
        const ApiResponse first = m_api->get(kCaptcha);
        QVERIFY2(first.status == 200 && first.isJson, qPrintable(first.describe()));
        const QString id = first.json.value(QStringLiteral("captcha_id")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(first.json.value(QStringLiteral("image_type")).toString(), QStringLiteral("image/png"));
        QVERIFY(!first.json.value(QStringLiteral("expires_at")).toString().isEmpty());
        const QByteArray png = QByteArray::fromBase64(
            first.json.value(QStringLiteral("image")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        const QImage image = QImage::fromData(png, "PNG");
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 40);
        QCOMPARE(first.headers.value("cache-control"), QByteArray("no-store"));

        const ApiResponse second = m_api->get(kCaptcha);
        QCOMPARE(second.status, 200);
        QVERIFY(second.json.value(QStringLiteral("captcha_id")).toString() != id);
    }

    void errors()
    {
        const ApiResponse withParam = m_api->get(kCaptcha + QStringLiteral("?size=big"));
        QCOMPARE(withParam.status, 400);
        QCOMPARE(withParam.errorCode(), QStringLiteral("request.bad_shape"));
        const ApiResponse posted = m_api->post(kCaptcha, "{}");
        QCOMPARE(posted.status, 405);
    }

private:
    QTemporaryDir m_dir;
    TestDatabase m_db;
    CentralProcess m_server;
    std::unique_ptr<ApiClient> m_api;
};

QTEST_GUILESS_MAIN(TstCaptchaHttp)
#include "tst_captchahttp.moc"
