#pragma once

#include "CsTypes.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cet {

class CsService;

// The rebinding request form of the agent's page: the new passport ID (checked as typed: 32
// hexadecimal characters), the new email the caller gives, how the identity was verified, notes.
// Files for the candidate of the last lookup; the server checks the rest (the passport exists, is
// free, has that email; one open request per candidate).
class CsRequestForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit CsRequestForm(CsService &service, QWidget *parent = nullptr);

    // The candidate the request is for (from the lookup): id type, ID number and name as typed.
    void setCandidate(int idType, const QString &idNumber, const QString &name);
    void clear();

    // Parts, for tests.
    QLineEdit *passportEdit() const { return m_passport; }
    QLineEdit *emailEdit() const { return m_email; }
    QList<QCheckBox *> checkBoxes() const { return m_checks; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *submitButton() const { return m_submit; }
    QString messageText() const;

signals:
    void filed(const cet::CsRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void submit();
    void showMessage(const QString &text, bool error);

    CsService &m_service;
    int m_idType = 1;
    QString m_idNumber, m_name;
    QLineEdit *m_passport = nullptr;
    QLineEdit *m_email = nullptr;
    QList<QCheckBox *> m_checks;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_submit = nullptr;
    QLabel *m_passportHint = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_labels[4] = {};
    bool m_busy = false;
};

} // namespace cet
