#pragma once

#include "ReviewTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace cet {

class ReviewService;

// 登记复核: a teacher files a CET6 review for a student of the roster whose CET4 score predates
// 2005 (the candidate can not file it online) or who forgot the ticket: the student found by name
// or ID number, the score read from the paper proof, the decision and its reason. The filing is
// queued like a decision and sent by the next sync.
class FileReviewDialog : public QDialog
{
    Q_OBJECT
public:
    FileReviewDialog(const ReviewService &service, const QStringList &reasons, QWidget *parent = nullptr);

    // What the form says (valid or not), for the page and tests.
    ReviewFiling filing() const;
    // Why the form can not be sent yet; empty when it can.
    QString problem() const;

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *students() const { return m_students; }
    // The proof's scan to upload with the filing (the file picker reads it; tests set it).
    bool setScan(const QString &path);

private:
    void search();
    void check();

    const ReviewService &m_service;
    QList<ReviewPerson> m_found;
    QLineEdit *m_search;
    QListWidget *m_students;
    QLineEdit *m_name;
    QLineEdit *m_ticket;
    QSpinBox *m_year;
    QComboBox *m_month;
    QSpinBox *m_total;
    QRadioButton *m_pass;
    QRadioButton *m_fail;
    QComboBox *m_reason;
    QLineEdit *m_scanName;
    QByteArray m_scan;
    QString m_scanProblem;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cet
