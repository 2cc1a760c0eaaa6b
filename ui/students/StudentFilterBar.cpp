#include "StudentFilterBar.h"

#include "StudentLabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace cet {

StudentFilterBar::StudentFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_searchRow = searchRow;
    auto *layout = new QHBoxLayout;
    rows->addLayout(searchRow);
    rows->addLayout(layout);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("studentSearch"));
    m_search->setPlaceholderText(tr("Search name, ID number or student no."));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(160);
    m_search->setMaximumWidth(420);
    m_search->setAccessibleName(tr("Search students"));
    searchRow->addWidget(m_search, 1);

    m_campus = addChoiceBox(layout, tr("Campus"), QStringLiteral("campusFilter"));
    m_department = addChoiceBox(layout, tr("Department"), QStringLiteral("departmentFilter"));
    m_grade = addChoiceBox(layout, tr("Grade"), QStringLiteral("gradeFilter"));
    m_education = addChoiceBox(layout, tr("Education"), QStringLiteral("educationFilter"));
    m_education->addItem(tr("All"));
    for (Education e : {Education::JuniorCollege, Education::Bachelor, Education::Master, Education::Doctorate})
        m_education->addItem(educationDisplayName(e), static_cast<int>(e));
    // Beside the search: the choices' row is as wide as a laptop's window already.
    m_registration = addChoiceBox(searchRow, tr("Registration"), QStringLiteral("registrationFilter"));
    m_registration->addItem(tr("All"));
    for (RegistrationState r : kRegistrationStates)
        m_registration->addItem(registrationStateDisplayName(r), static_cast<int>(r));
    searchRow->addStretch(1);
    fillBox(m_campus, {});
    fillBox(m_department, {});
    fillBox(m_grade, {});

    m_clear = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear")), QString(), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    layout->addWidget(m_clear);
    layout->addStretch(1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &StudentFilterBar::emitChanged);
    for (QComboBox *box : {m_campus, m_department, m_grade, m_education, m_registration})
        connect(box, &QComboBox::currentIndexChanged, this, &StudentFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &StudentFilterBar::clearFilters);
}

QComboBox *StudentFilterBar::addChoiceBox(QLayout *row, const QString &label, const QString &objectName)
{
    auto *caption = new QLabel(label, this);
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    // A fixed width: long department names would otherwise widen the page beyond a small
    // screen; the list shows them in full.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    box->setAccessibleName(label);
    caption->setBuddy(box);
    row->addWidget(caption);
    row->addWidget(box);
    return box;
}

void StudentFilterBar::setActions(QWidget *actions)
{
    m_searchRow->addWidget(actions);
}

void StudentFilterBar::fillBox(QComboBox *box, const QStringList &values)
{
    const QString current = box->currentIndex() > 0 ? box->currentData().toString() : QString();
    box->clear();
    box->addItem(tr("All"));
    for (const QString &value : values)
        box->addItem(value, value);
    const int keep = current.isEmpty() ? 0 : box->findData(current);
    box->setCurrentIndex(keep < 0 ? 0 : keep);
}

void StudentFilterBar::setChoices(const QStringList &campuses, const QStringList &departments,
                                  const QStringList &grades)
{
    {
        m_updating = true;
        fillBox(m_campus, campuses);
        fillBox(m_department, departments);
        fillBox(m_grade, grades);
        m_updating = false;
    }
    emitChanged();
}

StudentFilter StudentFilterBar::filter() const
{
    StudentFilter f;
    f.search = m_search->text().trimmed();
    f.campusCode = m_campus->currentData().toString();
    f.department = m_department->currentData().toString();
    f.grade = m_grade->currentData().toString();
    if (m_education->currentIndex() > 0)
        f.education = static_cast<Education>(m_education->currentData().toInt());
    if (m_registration->currentIndex() > 0)
        f.registration = static_cast<RegistrationState>(m_registration->currentData().toInt());
    return f;
}

void StudentFilterBar::setRegistration(RegistrationState state)
{
    const int at = m_registration->findData(static_cast<int>(state));
    if (at >= 0)
        m_registration->setCurrentIndex(at); // emits through currentIndexChanged
}

void StudentFilterBar::clearFilters()
{
    m_updating = true;
    m_search->clear();
    for (QComboBox *box : {m_campus, m_department, m_grade, m_education, m_registration})
        box->setCurrentIndex(0);
    m_updating = false;
    m_debounce->stop();
    emitChanged();
}

void StudentFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StudentFilterBar::emitChanged()
{
    if (m_updating)
        return;
    const StudentFilter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    Q_EMIT filterChanged(current);
}

} // namespace cet
