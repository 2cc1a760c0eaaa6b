#pragma once

#include "CsTypes.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cet {

class CsRequestForm;
class CsService;

// The agent's account lookup: ID type, ID number, name and the reason (all required; the server
// records the reason with the lookup), then the result card (masked email and mobile, school,
// registration, earlier rebindings), the guided answer for the caller's case and, when the case
// is a rebinding, the request form for that candidate.
class CsLookupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CsLookupPanel(CsService &service, QWidget *parent = nullptr);

    // Parts, for tests.
    QComboBox *idTypeCombo() const { return m_idType; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *lookupButton() const { return m_lookup; }
    CsRequestForm *requestForm() const { return m_form; }
    QString resultText() const;
    QString guidanceText() const;
    QString messageText() const;

signals:
    void requestFiled(const cet::CsRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();
    void lookup();
    void showResult(const CsLookupResult &r);

    CsService &m_service;
    QComboBox *m_idType = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_lookup = nullptr;
    QLabel *m_labels[4] = {};
    QLabel *m_message = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_guidance = nullptr;
    CsRequestForm *m_form = nullptr;
    std::optional<CsLookupResult> m_last;
    bool m_busy = false;
};

} // namespace cet
