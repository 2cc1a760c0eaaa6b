#pragma once

#include "ReviewTypes.h"

#include <QWidget>

class QLabel;

namespace cet {

// One review side by side: what the candidate typed, the student record (学籍) and the CET4
// score record the ticket points to, with the differing characters of the ID numbers
// highlighted; the evidence files, the candidate's earlier reviews, disputes, and the notice the
// candidate is sent once the decision is synced.
class ReviewCaseView : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewCaseView(QWidget *parent = nullptr);

    void clear();
    void show(const ReviewRow &row, const ReviewRecord &record, const QList<ReviewRow> &earlier,
              const QString &timeLeft);

    // The text of the cells, for tests: typed / student / score.
    QString typedText() const;
    QString studentText() const;
    QString scoreText() const;

    // The notice the candidate reads about a decision (what the server's mail says).
    static QString noticeText(const QString &name, const QString &decision, const QString &reason);

Q_SIGNALS:
    // A file of the evidence list was clicked (1-based).
    void evidenceRequested(int n);

private:
    QLabel *m_heading, *m_typed, *m_student, *m_score, *m_evidence, *m_history, *m_notice;
};

} // namespace cet
