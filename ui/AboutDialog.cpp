#include "AboutDialog.h"

#include "ResourcePaths.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace cet {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(QIcon(applicationIconPath()).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_buttons);
    retranslate();
    setMinimumWidth(480);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About CET Desk"));
    m_text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><p><small>%5</small></p>")
            .arg(tr("CET Desk"), tr("Version %1").arg(QStringLiteral(CETDESK_VERSION)),
                 tr("The CET registration desk for school exam offices: student records, imports and exports."),
                 tr("Built with Qt %1 (running on Qt %2).").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                 tr("Icons: KDE Breeze icon theme, © the KDE Visual Design Group, licensed under the GNU LGPL 3.0 "
                    "(<a href=\"https://invent.kde.org/frameworks/breeze-icons\">breeze-icons</a>).")));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace cet
