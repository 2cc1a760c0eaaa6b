#pragma once

#include "StudentRecord.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cet {

// Edits every field of one student record. Validates with the domain rules on each change and
// shows each problem in plain words under its field; OK stays disabled while there are errors
// (warnings do not block).
class StudentEditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StudentEditDialog(const StudentRecord &record, QWidget *parent = nullptr);

    // The record as edited (id and bookkeeping of the original; ID number normalised).
    StudentRecord record() const;
    const StudentRecord &original() const { return m_original; }
    bool hasErrors() const { return m_hasErrors; }

    // For tests: the editor of a field (QLineEdit, QComboBox or QSpinBox), its problem text, OK.
    QWidget *editor(StudentField field) const { return m_editors.value(static_cast<int>(field)); }
    QString issueText(StudentField field) const;
    QPushButton *okButton() const;

    // The date that bounds birth dates and years (tests pin it).
    void setToday(const QDate &today);

    void accept() override;

private:
    QWidget *createEditor(StudentField field);
    void validate();

    StudentRecord m_original;
    QDate m_today;
    QHash<int, QWidget *> m_editors;
    QHash<int, QLabel *> m_issues;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_summary = nullptr;
    bool m_hasErrors = false;
};

} // namespace cet
