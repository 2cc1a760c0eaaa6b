#include "CampusDialog.h"

#include "OfferRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cet {

CampusDialog::CampusDialog(const QString &schoolCode, const std::optional<CampusInfo> &existing, QWidget *parent)
    : QDialog(parent), m_school(schoolCode)
{
    setWindowTitle(existing ? tr("Edit campus") : tr("Add campus"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("campusCode"));
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("%1 and one digit, e.g. %1%2").arg(schoolCode).arg(1));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("campusName"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("campusAddress"));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("campusProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        m_code->setText(existing->code);
        m_code->setReadOnly(true); // offers and students refer to the code
        m_name->setText(existing->name);
        m_address->setText(existing->address);
        m_name->setFocus();
    } else {
        m_code->setText(schoolCode);
    }
    for (QLineEdit *e : { m_code, m_name })
        connect(e, &QLineEdit::textChanged, this, &CampusDialog::check);
    check();
}

CampusInfo CampusDialog::campus() const
{
    return CampusInfo{ m_code->text().trimmed(), m_name->text().trimmed(), m_address->text().trimmed() };
}

void CampusDialog::check()
{
    const CampusInfo c = campus();
    QString problem;
    if (auto r = checkCampusCode(c.code, m_school); !r)
        problem = r.error().message;
    else if (auto n = checkCampusName(c.name); !n)
        problem = n.error().message;
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace cet
