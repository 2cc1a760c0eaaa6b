#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cet {

namespace {
std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}
} // namespace

QString Translations::systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &language : languages) {
        if (language.startsWith(u"zh"))
            return QStringLiteral("zh_CN");
        if (language.startsWith(u"en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("zh_CN");
}

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translations::apply(const QString &language)
{
    const QString lang = available().contains(language) ? language : systemLanguage();

    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/cetdesk_%1.qm").arg(lang)))
        app.reset();
    replace(appTranslator(), std::move(app));

    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    replace(qtTranslator(), std::move(qt));

    QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace cet
