#pragma once

#include <QString>
#include <QStringList>

namespace cet {

// The user-interface language. CET Desk speaks Chinese first (zh_CN) and English second.
class Translations
{
public:
    // "zh_CN" or "en": what the system locale asks for (any Chinese locale gives zh_CN).
    static QString systemLanguage();
    static QStringList available(); // {"zh_CN", "en"}
    // Installs the translators of CET Desk and Qt for `language` ("" = follow the system),
    // replacing any installed before. Returns the language now in use.
    static QString apply(const QString &language);
};

} // namespace cet
