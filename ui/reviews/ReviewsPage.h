#pragma once

#include "ReviewService.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cet {

class AppSettings;
class EvidenceViewer;
class ReviewCaseView;
class ReviewQueueModel;
class ReviewSummaryView;

// 复核: the school's CET6 qualification reviews. A queue (pending first, oldest first; filters
// and search), the case side by side, and decisions by keyboard: P passes, F fails with the reason
// in the reason box (picked from the school's templates or typed), N or J goes to the next
// undecided review, E shows the case's next evidence file, Ctrl+Z withdraws a decision not yet
// synced. With several rows selected, P and F decide them all with one reason. Decisions queue
// offline; the next sync sends them, with the evidence files the teacher opened.
class ReviewsPage : public QWidget
{
    Q_OBJECT

public:
    // Reads on `db`; decisions go through ReviewService to the database's writer.
    // `actor`: the signed-in teacher, shown on reviews filed here until the server's record comes.
    ReviewsPage(Database &db, AppSettings &settings, const QString &actor = {}, QWidget *parent = nullptr);
    static QString title();

    // The clock for "time left" (tests set it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    ReviewQueueModel *model() const { return m_model; }
    QTableView *queueView() const { return m_view; }
    ReviewCaseView *caseView() const { return m_case; }
    EvidenceViewer *evidenceViewer() const { return m_evidence; }
    // Shows the summary tab (and reads it).
    void showSummary();
    QString currentKey() const;
    QString messageText() const;

public slots:
    // Reads the queue again (after a sync or a decision), keeping the current review.
    void refresh();
    void decide(const QString &decision);
    void next();
    void undo();
    // 登记复核: opens the filing form (a pre-2005 score, a forgotten ticket).
    void fileReview();

signals:
    // A decision was written (the outbox grew).
    void decided();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showCurrent();
    void fillFilters();
    void showMessage(const QString &text, bool error);
    ReviewFilter filter() const;
    QStringList selectedKeys() const;
    QDateTime windowClosesAt(const ReviewRecord &record) const;
    QDateTime windowClosesAt() const;

    ReviewService m_service;
    AppSettings &m_settings;
    QString m_actor;
    std::function<QDateTime()> m_now;
    bool m_loaded = false;
    QString m_key; // the review shown
    ReviewQueueModel *m_model;
    QTableView *m_view;
    ReviewCaseView *m_case;
    EvidenceViewer *m_evidence;
    ReviewSummaryView *m_summary;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_state, *m_campus, *m_department, *m_reason;
    QDateEdit *m_from, *m_to;
    QLineEdit *m_search;
    QLabel *m_count, *m_message;
    QPushButton *m_pass, *m_fail, *m_next, *m_undo, *m_file;
};

} // namespace cet
