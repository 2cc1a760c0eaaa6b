#include "AppSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStringList>

namespace cet {

namespace {
const QString kVersion = QStringLiteral("settingsVersion");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDatabasePath = QStringLiteral("store/databasePath");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kReviewReasons = QStringLiteral("reviews/reasonTemplates");
const QString kReviewWindow = QStringLiteral("reviews/windowClosesAt");
} // namespace

void AppSettings::setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CETDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cetdesk.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("cetdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CETDESK_VERSION));
}

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("CETDesk"), QStringLiteral("cetdesk")))
{
    migrate();
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings() = default;

void AppSettings::migrate()
{
    // Version 0 = no file yet, or written before versions existed: nothing to convert so far.
    if (m_settings->value(kVersion, 0).toInt() != CurrentVersion)
        m_settings->setValue(kVersion, CurrentVersion);
}

int AppSettings::version() const
{
    return m_settings->value(kVersion, CurrentVersion).toInt();
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    const QStringList known{QStringLiteral("zh_CN"), QStringLiteral("en")};
    return known.contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString AppSettings::databasePath() const
{
    return m_settings->value(kDatabasePath).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    m_settings->setValue(kDatabasePath, path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QStringList AppSettings::reviewReasonTemplates() const
{
    if (m_settings->contains(kReviewReasons))
        return m_settings->value(kReviewReasons).toStringList();
    return { QCoreApplication::translate("cet::AppSettings", "The proof shows the ID number was changed; passed."),
             QCoreApplication::translate("cet::AppSettings", "No proof of the ID number change was provided."),
             QCoreApplication::translate("cet::AppSettings", "The proof is unreadable; please upload a clear scan."),
             QCoreApplication::translate("cet::AppSettings",
                                         "The CET4 score record belongs to another person.") };
}

void AppSettings::setReviewReasonTemplates(const QStringList &reasons)
{
    m_settings->setValue(kReviewReasons, reasons);
}

QDateTime AppSettings::reviewWindowClosesAt() const
{
    return QDateTime::fromString(m_settings->value(kReviewWindow).toString(), Qt::ISODate);
}

void AppSettings::setReviewWindowClosesAt(const QDateTime &at)
{
    if (at.isValid())
        m_settings->setValue(kReviewWindow, at.toUTC().toString(Qt::ISODate));
    else
        m_settings->remove(kReviewWindow);
}

} // namespace cet
