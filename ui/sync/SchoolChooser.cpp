#include "SchoolChooser.h"

#include "StaffRoles.h"
#include "SyncController.h"
#include "SyncService.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace cet {

SchoolChooser::SchoolChooser(SyncController &controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("schoolChooser"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_school = new QLineEdit(this);
    m_school->setObjectName(QStringLiteral("schoolCodeEdit"));
    m_school->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_school));
    m_school->setMaxLength(5);
    m_label->setBuddy(m_school);
    m_use = new QPushButton(this);
    m_use->setObjectName(QStringLiteral("useSchoolButton"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("schoolChoiceError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_label, 0, 0);
    layout->addWidget(m_school, 0, 1);
    layout->addWidget(m_use, 0, 2);
    layout->addWidget(m_note, 0, 3);
    layout->setColumnStretch(3, 1);
    layout->addWidget(m_error, 1, 0, 1, 4);

    SyncService &service = controller.service();
    connect(m_use, &QPushButton::clicked, this, &SchoolChooser::submit);
    connect(m_school, &QLineEdit::returnPressed, this, &SchoolChooser::submit);
    connect(m_school, &QLineEdit::textChanged, this, [this] { m_use->setEnabled(m_school->text().size() == 5); });
    connect(&controller, &SyncController::accountChanged, this, &SchoolChooser::refresh);
    connect(&service, &SyncService::schoolChosen, this, [this] {
        m_error->hide();
        refresh();
    });
    connect(&service, &SyncService::schoolChoiceFailed, this, [this](const QString &, const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    retranslate();
    refresh();
}

QString SchoolChooser::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SchoolChooser::submit()
{
    if (m_school->text().size() != 5)
        return;
    m_error->hide();
    m_controller.service().chooseSchool(m_school->text());
}

void SchoolChooser::refresh()
{
    const SyncAccount a = m_controller.account();
    setVisible(a.signedIn && roles::choosesSchool(a.role));
    if (!m_school->hasFocus())
        m_school->setText(a.school);
    m_use->setEnabled(m_school->text().size() == 5);
}

void SchoolChooser::retranslate()
{
    m_label->setText(tr("S&chool to sync:"));
    m_school->setPlaceholderText(tr("e.g. 10001"));
    const QFontMetrics fm = m_school->fontMetrics();
    m_school->setFixedWidth(qMax(fm.horizontalAdvance(m_school->placeholderText()),
                                 fm.horizontalAdvance(QStringLiteral("000000")))
                            + 24);
    m_school->setAccessibleName(tr("School code"));
    m_use->setText(tr("&Use School"));
    m_note->setText(tr("As an administrator you choose the school whose roster this desktop syncs."));
}

void SchoolChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_label)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cet
