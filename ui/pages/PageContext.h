#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QWidget;

namespace cet {

class AppSettings;
class Database;
class SyncController;

// What pages share, handed to every page factory: the local database, settings, the user named
// in local audit entries, the sync actions (once the window syncs with cet-central), and the
// signals that tie pages to the shell and to sync.
class PageContext : public QObject
{
    Q_OBJECT
public:
    PageContext(Database &db, AppSettings &settings, const QString &actor, QObject *parent = nullptr);

    Database &db() const { return m_db; }
    AppSettings &settings() const { return m_settings; }
    QString actor() const { return m_actor; }
    // nullptr until the window is attached to cet-central.
    SyncController *sync() const { return m_sync; }
    void setSync(SyncController *sync) { m_sync = sync; }

    // A page's short status text, shown in the status bar while the page is current.
    void setStatusText(QWidget *page, const QString &text);
    QString statusText(QWidget *page) const { return m_status.value(page); }

Q_SIGNALS:
    void statusTextChanged(QWidget *page, const QString &text);
    // A page wrote to the local database (an edit, an import): the outbox may have grown.
    void localDataChanged();
    // Sync changed the local database under the pages (changes pulled, a conflict resolved).
    void syncedDataChanged();
    // A sync fetched the school's seats taken anew (bookings move them without any change to pull).
    void seatUsageChanged();
    // A sync fetched students' registration states that changed (candidates registered, booked, paid).
    void registrationsChanged();

private:
    Database &m_db;
    AppSettings &m_settings;
    QString m_actor;
    SyncController *m_sync = nullptr;
    QHash<QWidget *, QString> m_status;
};

} // namespace cet
