// Translations: the .qm files are embedded, the system language maps to zh_CN or en, and
// switching the language at run time changes what tr() returns.
#include "Translations.h"

#include <QCoreApplication>
#include <QtTest>

using namespace cet;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void embeddedCatalogues()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/cetdesk_zh_CN.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/cetdesk_en.qm")));
    }

    void switchesAtRunTime()
    {
        const char *context = "cet::StudentsPage";
        const char *source = "No student records yet";
        QCOMPARE(Translations::apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromUtf8("暂无学籍记录"));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));

        QCOMPARE(Translations::apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromLatin1(source));

        QCOMPARE(Translations::apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QCoreApplication::translate(context, source), QString::fromUtf8("暂无学籍记录"));
    }

    void unknownLanguageFollowsSystem()
    {
        QCOMPARE(Translations::apply(QStringLiteral("fr")), Translations::systemLanguage());
        QVERIFY(Translations::available().contains(Translations::systemLanguage()));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
