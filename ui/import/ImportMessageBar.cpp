#include "ImportMessageBar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace cet {

ImportMessageBar::ImportMessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("importMessageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    m_close = new QToolButton(this);
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAutoRaise(true);
    m_close->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &ImportMessageBar::clearMessage);
    hide();
}

void ImportMessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    QString style;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Error:
        style = QStringLiteral("#importMessageBar { background: #fdecea; border: 1px solid #e0a09a; }");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Warning:
        style = QStringLiteral("#importMessageBar { background: #fff6e0; border: 1px solid #e6c36a; }");
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Information:
        style = QStringLiteral("#importMessageBar { background: #e8f1fb; border: 1px solid #9cbfe6; }");
        break;
    }
    setStyleSheet(style);
    const int size = fontMetrics().height();
    m_icon->setPixmap(this->style()->standardIcon(icon).pixmap(size, size));
    show();
}

void ImportMessageBar::clearMessage()
{
    m_text->clear();
    hide();
}

QString ImportMessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace cet
