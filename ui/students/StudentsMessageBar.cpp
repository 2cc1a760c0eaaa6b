#include "StudentsMessageBar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace cet {

StudentsMessageBar::StudentsMessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("studentsMessageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_close = new QToolButton(this);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAutoRaise(true);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void StudentsMessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("#studentsMessageBar { background: #fdecea; border: 1px solid #e0a09a; }")
                      : QStringLiteral("#studentsMessageBar { background: #e8f1fb; border: 1px solid #9cbfe6; }"));
    show();
}

QString StudentsMessageBar::text() const
{
    return isVisible() || !isHidden() ? m_text->text() : QString();
}

} // namespace cet
