#pragma once

#include "OfferTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cet {

// Adds a campus (校区) of the school or edits one: code (school code + one digit, fixed once the
// campus exists), name and address. The code and name are checked as typed (OfferRules), so OK
// stays disabled while the campus could not be saved.
class CampusDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` empty: a new campus of `schoolCode`.
    CampusDialog(const QString &schoolCode, const std::optional<CampusInfo> &existing, QWidget *parent = nullptr);

    CampusInfo campus() const;

private:
    void check();

    QString m_school;
    QLineEdit *m_code, *m_name, *m_address;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace cet
