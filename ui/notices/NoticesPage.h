#pragma once

#include "NoticeService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace cet {

class Database;
class NoticeConflictView;
class NoticeEditor;

// 通告: the school's notice and one per campus, as candidates read them on the registration
// site. Coordinators edit them offline (the next sync sends the change), see a preview, and pick
// a version when two desktops changed the same notice.
class NoticesPage : public QWidget
{
    Q_OBJECT

public:
    // Reads on `db` (read-only will do); writes go through NoticeService to the database's writer.
    explicit NoticesPage(Database &db, QWidget *parent = nullptr);
    static QString title();

public slots:
    // Reads the notices again (after a sync); keeps the selection and unsaved edits of it.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void select(const QString &code);
    void save();
    void revert();
    void resolve(ConflictChoice choice);
    void setBusy(bool busy);
    void updateButtons();
    void showMessage(const QString &text, bool error);
    QString scopeName(const NoticeScope &scope) const;
    const NoticeScope *current() const;

    NoticeService m_service;
    QList<NoticeScope> m_scopes;
    QString m_code; // the scope shown in the editor
    bool m_busy = false; // a save or a resolution is on its way to the writer
    QListWidget *m_list;
    QLabel *m_heading, *m_message;
    NoticeEditor *m_editor;
    NoticeConflictView *m_conflict;
    QPushButton *m_save, *m_revert;
};

} // namespace cet
