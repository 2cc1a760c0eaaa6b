#pragma once

#include "OfferService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace cet {

class Database;
class OfferGridModel;
class SeatsView;

// 考点与容量: a coordinator sets up the school's campuses and, per campus and subject, whether it is
// offered, its seats, fee, registration window, exam time and whether other schools may book it
// (Configuration), and watches the seats fill (Seats). Edits are checked as typed, undoable, and
// saved offline in one step (the next sync sends them); the readiness list says what is still
// missing before registration opens and jumps to it.
class OffersPage : public QWidget
{
    Q_OBJECT

public:
    // Reads on `db` (read-only will do); writes go through OfferService to the database's writer.
    explicit OffersPage(Database &db, QWidget *parent = nullptr);

    QUndoStack *undoStack() const;
    QList<QAction *> editActions() const { return { m_copyDownAction, m_pasteAction }; }
    OfferGridModel *grid() const { return m_grid; }
    SeatsView *seats() const { return m_seats; }
    // When set, the page asks for a sync every 30 s while its Seats tab is shown.
    void setSyncNow(std::function<void()> syncNow) { m_syncNow = std::move(syncNow); }
    bool isWatchingSeats() const;
    // Writes the XLSX export (the button asks for the file); the outcome is shown on the page.
    bool exportTo(const QString &path);

public slots:
    // Reads campuses and offers again (after a sync); unsaved grid edits are kept.
    void refresh();
    void save();

signals:
    // Something was written to the local database (the outbox grew).
    void changed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void addCampus();
    void editCampus();
    void openCampusDialog(const std::optional<CampusInfo> &existing);
    void sameAsLastSitting();
    void copyDown();
    void paste();
    void discard();
    void resolveConflict();
    void raiseSeats(const Offer &offer);
    void jumpTo(const ReadinessFinding &finding);
    void updateState();
    void updateWatch();
    void showMessage(const QString &text, bool error);
    void saveOffers(const QList<OfferSettings> &offers, const QString &done);

    OfferService m_service;
    QList<Campus> m_campuses;
    QList<ReadinessFinding> m_findings;
    std::function<void()> m_syncNow;
    bool m_busy = false;
    OfferGridModel *m_grid;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QLabel *m_heading, *m_message, *m_state, *m_readinessTitle;
    QListWidget *m_readiness;
    QPushButton *m_addCampus, *m_editCampus, *m_same, *m_copyDown, *m_paste, *m_resolve, *m_save, *m_discard, *m_export;
    QAction *m_copyDownAction, *m_pasteAction, *m_saveAction;
    SeatsView *m_seats;
    QTimer *m_watch;
};

} // namespace cet
