#pragma once

#include "StudentRecord.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
namespace cet { class StudentPhotoView; }
class QPushButton;

namespace cet {

// The selected student's fields, read-only, beside the table. The ID number is masked; "Reveal"
// asks (revealRequested) to show the full number, which the page logs before calling
// setRevealed(true). "Edit…" asks to edit the record.
class StudentDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StudentDetailPanel(QWidget *parent = nullptr);

    void setRecord(const std::optional<StudentRecord> &record, bool revealed);
    void setRevealed(bool revealed);
    // The student's registration on the candidate site and its subjects, as the page shows them
    // (empty when not known).
    void setRegistration(const QString &text);
    QString registrationText() const;
    const std::optional<StudentRecord> &record() const { return m_record; }
    bool isRevealed() const { return m_revealed; }

    // The text shown for `field` (tests and accessibility).
    QString fieldText(StudentField field) const;
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *editButton() const { return m_edit; }
    StudentPhotoView *photoView() const { return m_photo; }

Q_SIGNALS:
    void revealRequested(qint64 id);
    void hideRequested(qint64 id);
    void editRequested();

private:
    void refresh();

    std::optional<StudentRecord> m_record;
    bool m_revealed = false;
    QLabel *m_title = nullptr;
    StudentPhotoView *m_photo = nullptr;
    QHash<int, QLabel *> m_values;
    QLabel *m_registration = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace cet
