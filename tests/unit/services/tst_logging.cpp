#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAndRotates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString logs = dir.filePath(QStringLiteral("logs"));
        QLoggingCategory::setFilterRules(QStringLiteral("cetdesk.*=true"));
        cet::installLogHandler(logs, 1024, 3);
        cet::setStderrLogLevel(QtCriticalMsg);
        for (int i = 0; i < 200; ++i)
            qCInfo(lcExport) << "message number" << i << QStringLiteral("导出");
        qInstallMessageHandler(nullptr);

        QVERIFY(QFile::exists(logs + QStringLiteral("/cetdesk.log")));
        QVERIFY(QFile::exists(logs + QStringLiteral("/cetdesk.1.log")));
        QVERIFY(QFile::exists(logs + QStringLiteral("/cetdesk.2.log")));
        QVERIFY(!QFile::exists(logs + QStringLiteral("/cetdesk.3.log")));
        for (const QString &name : QDir(logs).entryList(QDir::Files))
            QVERIFY2(QFileInfo(logs + u'/' + name).size() <= 1024, qPrintable(name));

        QFile newest(logs + QStringLiteral("/cetdesk.log"));
        QVERIFY(newest.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(newest.readAll());
        QVERIFY2(text.contains(QStringLiteral("info cetdesk.export: message number 199 \"导出\"")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
