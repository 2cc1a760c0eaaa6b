#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QString>

#include <memory>

class QSettings;

namespace cet {

// The one typed settings object of CET Desk (KeePassXC's Config): every key with its default in
// one place, and a settings version so that a later release can migrate old files.
class AppSettings
{
public:
    static constexpr int CurrentVersion = 1;

    // Organisation and application names (and version) shared by cetdesk and cetdesk-cli, so
    // that both find the same settings and the same default database. Call before anything else.
    static void setApplicationIdentity();

    // The user's settings in the platform's usual place (organisation / application name).
    AppSettings();
    // Settings in a given INI file (tests, portable installs).
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    int version() const;

    // "" = follow the system, "zh_CN" or "en".
    QString language() const;
    void setLanguage(const QString &language);

    // "" = Database::defaultPath().
    QString databasePath() const;
    void setDatabasePath(const QString &path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The reasons a coordinator picks from when deciding a CET6 review (editable by the school);
    // a few common ones until the school sets its own.
    QStringList reviewReasonTemplates() const;
    void setReviewReasonTemplates(const QStringList &reasons);
    // When the school's review window closes, for the queue's "time left" when the server's
    // records do not say; invalid: not set.
    QDateTime reviewWindowClosesAt() const;
    void setReviewWindowClosesAt(const QDateTime &at);

    void sync();
    QString fileName() const;

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace cet
