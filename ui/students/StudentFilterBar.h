#pragma once

#include "StudentQuery.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cet {

// Instant search and filters above the Students table: a search field (debounced), campus,
// department (院系), grade (年级), education (学历) and registration (报名) choices, and "Clear filters". Two rows: the
// search with the page's actions beside it (setActions()), the choices below, so that a small
// screen never pushes the actions out of view.
class StudentFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 150;

    explicit StudentFilterBar(QWidget *parent = nullptr);

    // The choices of the campus, department and grade boxes ("All" is always first). Keeps the
    // current choice if it is still offered.
    void setChoices(const QStringList &campuses, const QStringList &departments, const QStringList &grades);

    // Puts `actions` (the page's toolbar) at the end of the search row, at full width.
    void setActions(QWidget *actions);

    StudentFilter filter() const;
    // Shows only the students at `state` of registration (the summary's links).
    void setRegistration(RegistrationState state);
    void clearFilters();
    void focusSearch();

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *campusBox() const { return m_campus; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *gradeBox() const { return m_grade; }
    QComboBox *educationBox() const { return m_education; }
    QComboBox *registrationBox() const { return m_registration; }

Q_SIGNALS:
    void filterChanged(const cet::StudentFilter &filter);

private:
    QComboBox *addChoiceBox(QLayout *row, const QString &label, const QString &objectName);
    void emitChanged();
    static void fillBox(QComboBox *box, const QStringList &values);

    QLayout *m_searchRow = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_campus = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_grade = nullptr;
    QComboBox *m_education = nullptr;
    QComboBox *m_registration = nullptr;
    QPushButton *m_clear = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_updating = false;
    StudentFilter m_lastEmitted;
};

} // namespace cet
