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

namespace cet {

StudentFilterBar::StudentFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("studentSearch"));
    m_search->setPlaceholderText(tr("Search name, ID number or student no."));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(260);
    m_search->setAccessibleName(tr("Search students"));
    layout->addWidget(m_search, 2);

    m_campus = addChoiceBox(tr("Campus"), QStringLiteral("campusFilter"));
    m_department = addChoiceBox(tr("Department"), QStringLiteral("departmentFilter"));
    m_grade = addChoiceBox(tr("Grade"), QStringLiteral("gradeFilter"));
    m_education = addChoiceBox(tr("Education"), QStringLiteral("educationFilter"));
    m_education->addItem(tr("All"));
    for (Education e : {Education::JuniorCollege, Education::Bachelor, Education::Master, Education::Doctorate})
        m_education->addItem(educationDisplayName(e), static_cast<int>(e));
    fillBox(m_campus, {});
    fillBox(m_department, {});
    fillBox(m_grade, {});

    m_clear = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-clear")), tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    layout->addWidget(m_clear);
    layout->addStretch(1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &StudentFilterBar::emitChanged);
    for (QComboBox *box : {m_campus, m_department, m_grade, m_education})
        connect(box, &QComboBox::currentIndexChanged, this, &StudentFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &StudentFilterBar::clearFilters);
}

QComboBox *StudentFilterBar::addChoiceBox(const QString &label, const QString &objectName)
{
    auto *caption = new QLabel(label, this);
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(6);
    box->setAccessibleName(label);
    caption->setBuddy(box);
    layout()->addWidget(caption);
    layout()->addWidget(box);
    return box;
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
    return f;
}

void StudentFilterBar::clearFilters()
{
    m_updating = true;
    m_search->clear();
    for (QComboBox *box : {m_campus, m_department, m_grade, m_education})
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
