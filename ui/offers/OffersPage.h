#pragma once

#include "OfferService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace cet {

class Database;
class OfferGridModel;
class CapacityDashboard;

// 考点与容量: the school's campuses (code, name, address) and, per campus and subject, what it
// offers (seats, fee, window, exam, other schools), edited offline in a grid with copy-down,
// paste from Excel and undo; the offer rules are checked as the user types, a readiness check
// lists what is missing before registration opens, and a conflict shows both versions. The
// dashboard tab watches the seats fill.
class OffersPage : public QWidget
{
    Q_OBJECT

public:
    // Reads on `db` (read-only will do); writes go through OfferService to the database's writer.
    explicit OffersPage(Database &db, QWidget *parent = nullptr);
    static QString title();

    OfferGridModel *grid() const { return m_model; }
    QTableView *gridView() const { return m_view; }
    CapacityDashboard *dashboard() const { return m_dashboard; }
    QString message() const;

public slots:
    // Reads campuses and offers again (after a sync); unsaved grid edits are kept when any.
    void refresh();
    void save();
    void copyDown();
    void paste();
    void checkReadiness();
    // Selects the record a readiness finding names (a campus, an offer cell or the notice hint).
    void jumpTo(int finding);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void saveCampus();
    void sameAsLastSitting();
    void showConflictOfCurrent();
    void resolve(ConflictChoice choice);
    void showMessage(const QString &text, bool error);
    void updateButtons();

    OfferService m_service;
    QList<Campus> m_campuses;
    QList<ReadinessFinding> m_findings;
    QTabWidget *m_tabs;
    QTableWidget *m_campusTable;
    QLineEdit *m_code, *m_name, *m_address;
    OfferGridModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QListWidget *m_readiness;
    QWidget *m_conflictBox;
    QLabel *m_conflictIntro;
    QTextBrowser *m_mine, *m_theirs;
    QPushButton *m_save, *m_undo, *m_redo;
    CapacityDashboard *m_dashboard;
};

} // namespace cet
