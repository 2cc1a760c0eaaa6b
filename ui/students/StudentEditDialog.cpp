#include "StudentEditDialog.h"

#include "IdDocument.h"
#include "IdNumber.h"
#include "StudentLabels.h"
#include "StudentValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cet {

namespace {
QString textOf(const QWidget *w)
{
    if (auto *edit = qobject_cast<const QLineEdit *>(w))
        return edit->text().trimmed();
    return {};
}
int intOf(const QWidget *w)
{
    if (auto *box = qobject_cast<const QSpinBox *>(w))
        return box->value();
    if (auto *combo = qobject_cast<const QComboBox *>(w))
        return combo->currentData().toInt();
    return 0;
}
void selectData(QComboBox *box, int value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}
} // namespace

StudentEditDialog::StudentEditDialog(const StudentRecord &record, QWidget *parent)
    : QDialog(parent), m_original(record), m_today(QDate::currentDate())
{
    setWindowTitle(record.name.isEmpty() ? tr("Edit Student") : tr("Edit Student — %1").arg(record.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int i = 0; i < static_cast<int>(StudentField::Count_); ++i) {
        const auto field = static_cast<StudentField>(i);
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        QWidget *editor = createEditor(field);
        editor->setParent(cell);
        editor->setAccessibleName(studentFieldLabel(field));
        auto *issue = new QLabel(cell);
        issue->setWordWrap(true);
        issue->setVisible(false);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(issue);
        m_editors.insert(i, editor);
        m_issues.insert(i, issue);
        auto *caption = new QLabel(studentFieldLabel(field), this);
        caption->setBuddy(editor);
        form->addRow(caption, cell);
    }
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StudentEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StudentEditDialog::reject);
    setMinimumWidth(520);
    validate();
}

QWidget *StudentEditDialog::createEditor(StudentField field)
{
    const StudentRecord &r = m_original;
    switch (field) {
    case StudentField::Gender: {
        auto *box = new QComboBox;
        box->addItem(tr("(not set)"), static_cast<int>(Gender::Unknown));
        for (Gender g : {Gender::Male, Gender::Female})
            box->addItem(genderDisplayName(g), static_cast<int>(g));
        selectData(box, static_cast<int>(r.gender));
        connect(box, &QComboBox::currentIndexChanged, this, &StudentEditDialog::validate);
        return box;
    }
    case StudentField::IdType: {
        auto *box = new QComboBox;
        box->addItem(tr("(not set)"), static_cast<int>(IdType::Unknown));
        for (IdType t : acceptedIdTypes())
            box->addItem(idTypeDisplayName(t), static_cast<int>(t));
        selectData(box, static_cast<int>(r.idType));
        connect(box, &QComboBox::currentIndexChanged, this, &StudentEditDialog::validate);
        return box;
    }
    case StudentField::Education: {
        auto *box = new QComboBox;
        box->addItem(tr("(not set)"), static_cast<int>(Education::Unknown));
        for (Education e : {Education::JuniorCollege, Education::Bachelor, Education::Master, Education::Doctorate})
            box->addItem(educationDisplayName(e), static_cast<int>(e));
        selectData(box, static_cast<int>(r.education));
        connect(box, &QComboBox::currentIndexChanged, this, &StudentEditDialog::validate);
        return box;
    }
    case StudentField::ProgramYears:
    case StudentField::EnrolYear: {
        auto *spin = new QSpinBox;
        spin->setRange(0, field == StudentField::ProgramYears ? 99 : 9999);
        spin->setSpecialValueText(tr("(not set)"));
        spin->setValue(field == StudentField::ProgramYears ? r.programYears : r.enrolYear);
        connect(spin, &QSpinBox::valueChanged, this, &StudentEditDialog::validate);
        return spin;
    }
    default: {
        auto *edit = new QLineEdit;
        edit->setText(r.fieldText(field));
        connect(edit, &QLineEdit::textChanged, this, &StudentEditDialog::validate);
        return edit;
    }
    }
}

StudentRecord StudentEditDialog::record() const
{
    StudentRecord r = m_original;
    auto ed = [this](StudentField f) { return editor(f); };
    r.name = textOf(ed(StudentField::Name));
    r.gender = static_cast<Gender>(intOf(ed(StudentField::Gender)));
    r.idType = static_cast<IdType>(intOf(ed(StudentField::IdType)));
    r.idNumber = normaliseIdNumber(textOf(ed(StudentField::IdNumber))).number;
    r.schoolCode = textOf(ed(StudentField::SchoolCode));
    r.campusCode = textOf(ed(StudentField::CampusCode));
    r.education = static_cast<Education>(intOf(ed(StudentField::Education)));
    r.programYears = intOf(ed(StudentField::ProgramYears));
    r.enrolYear = intOf(ed(StudentField::EnrolYear));
    r.grade = textOf(ed(StudentField::Grade));
    r.department = textOf(ed(StudentField::Department));
    r.major = textOf(ed(StudentField::Major));
    r.className = textOf(ed(StudentField::ClassName));
    // 学号 is text: keep it exactly, only trim surrounding blanks.
    r.studentNo = textOf(ed(StudentField::StudentNo));
    r.note = textOf(ed(StudentField::Note));
    return r;
}

QString StudentEditDialog::issueText(StudentField field) const
{
    const QLabel *label = m_issues.value(static_cast<int>(field));
    return label && label->isVisible() ? label->text() : QString();
}

QPushButton *StudentEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void StudentEditDialog::setToday(const QDate &today)
{
    m_today = today;
    validate();
}

void StudentEditDialog::validate()
{
    if (!m_buttons)
        return; // still building the form
    QHash<int, QStringList> errors;
    QHash<int, QStringList> warnings;
    const QList<FieldIssue> issues = validateStudent(record(), m_today);
    for (const FieldIssue &issue : issues) {
        auto &list = issue.severity == FieldIssue::Severity::Error ? errors : warnings;
        list[static_cast<int>(issue.field)].append(issue.error.message);
    }
    m_hasErrors = !errors.isEmpty();
    for (auto it = m_issues.cbegin(); it != m_issues.cend(); ++it) {
        QLabel *label = it.value();
        const QStringList fieldErrors = errors.value(it.key());
        const QStringList fieldWarnings = warnings.value(it.key());
        if (!fieldErrors.isEmpty()) {
            label->setStyleSheet(QStringLiteral("color: #c0392b;"));
            label->setText(fieldErrors.join(QLatin1Char('\n')));
        } else if (!fieldWarnings.isEmpty()) {
            label->setStyleSheet(QStringLiteral("color: #b35900;"));
            label->setText(fieldWarnings.join(QLatin1Char('\n')));
        } else {
            label->clear();
        }
        label->setVisible(!label->text().isEmpty());
    }
    m_summary->setText(m_hasErrors ? tr("Correct the fields marked in red to save.") : QString());
    m_summary->setStyleSheet(QStringLiteral("color: #c0392b;"));
    okButton()->setEnabled(!m_hasErrors);
    // Grow so that the messages just shown are not clipped.
    layout()->activate();
    if (isVisible() && sizeHint().height() > height())
        resize(width(), sizeHint().height());
}

void StudentEditDialog::accept()
{
    validate();
    if (m_hasErrors)
        return;
    QDialog::accept();
}

} // namespace cet
