#include "StudentDetailPanel.h"

#include "StudentPhotoView.h"

#include "StudentTableModel.h"
#include "StudentLabels.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cet {

StudentDetailPanel::StudentDetailPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_photo = new StudentPhotoView(this);
    layout->addWidget(m_photo, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_registration = new QLabel(this);
    m_registration->setObjectName(QStringLiteral("registrationState"));
    m_registration->setWordWrap(true);
    m_registration->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Registration"), m_registration);
    for (int i = 0; i < static_cast<int>(StudentField::Count_); ++i) {
        const auto field = static_cast<StudentField>(i);
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        m_values.insert(i, value);
        if (field == StudentField::IdNumber) {
            auto *row = new QHBoxLayout;
            row->addWidget(value, 1);
            m_reveal = new QPushButton(this);
            m_reveal->setObjectName(QStringLiteral("revealIdNumber"));
            row->addWidget(m_reveal);
            form->addRow(studentFieldLabel(field), row);
        } else {
            form->addRow(studentFieldLabel(field), value);
        }
    }
    layout->addLayout(form);

    m_edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editStudent"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (!m_record)
            return;
        if (m_revealed)
            Q_EMIT hideRequested(m_record->id);
        else
            Q_EMIT revealRequested(m_record->id);
    });
    connect(m_edit, &QPushButton::clicked, this, &StudentDetailPanel::editRequested);
    refresh();
}

void StudentDetailPanel::setRecord(const std::optional<StudentRecord> &record, bool revealed)
{
    m_record = record;
    m_revealed = record && revealed;
    refresh();
}

void StudentDetailPanel::setRevealed(bool revealed)
{
    m_revealed = m_record && revealed;
    refresh();
}

void StudentDetailPanel::setRegistration(const QString &text)
{
    m_registration->setText(text);
}

QString StudentDetailPanel::registrationText() const
{
    return m_registration->text();
}

QString StudentDetailPanel::fieldText(StudentField field) const
{
    const QLabel *label = m_values.value(static_cast<int>(field));
    return label ? label->text() : QString();
}

void StudentDetailPanel::refresh()
{
    m_title->setText(m_record ? m_record->name : tr("No student selected"));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const auto field = static_cast<StudentField>(it.key());
        it.value()->setText(m_record ? StudentTableModel::displayText(*m_record, field, m_revealed) : QString());
    }
    m_reveal->setEnabled(m_record.has_value());
    m_edit->setEnabled(m_record.has_value());
    if (m_revealed) {
        m_reveal->setText(tr("Hide"));
        m_reveal->setIcon(QIcon::fromTheme(QStringLiteral("view-hidden")));
        m_reveal->setToolTip(tr("Mask the ID number again"));
    } else {
        m_reveal->setText(tr("Reveal"));
        m_reveal->setIcon(QIcon::fromTheme(QStringLiteral("view-visible")));
        m_reveal->setToolTip(tr("Show the full ID number (this is recorded in the audit log)"));
    }
}

} // namespace cet
