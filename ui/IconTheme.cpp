#include "IconTheme.h"

#include "Logging.h"
#include "ResourcePaths.h"

#include <QFile>
#include <QIcon>
#include <QResource>

namespace cet {

QString setupIconTheme(const QString &applicationDir)
{
    static QString source;
    if (!source.isEmpty())
        return source;

    // breeze-icons.rcc holds the theme at its root (/index.theme, /actions/16/...).
    for (const QString &candidate : breezeRccCandidates(applicationDir)) {
        if (QFile::exists(candidate)
            && QResource::registerResource(candidate, QStringLiteral("/icons/breeze"))) {
            source = QStringLiteral("rcc:") + candidate;
            break;
        }
    }
    if (source.isEmpty() && QFile::exists(QStringLiteral(":/icons/breeze/index.theme")))
        source = QStringLiteral("compiled");

    if (source.isEmpty()) {
        qCWarning(lcUi) << "no Breeze icon theme found; using the platform's icons";
        return source;
    }
    QIcon::setThemeSearchPaths({QStringLiteral(":/icons")});
    QIcon::setThemeName(QStringLiteral("breeze"));
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    qCInfo(lcUi) << "icon theme:" << source;
    return source;
}

} // namespace cet
