#include "ImportProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cet {

ImportProgressPanel::ImportProgressPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_text->setFont(font);
    layout->addWidget(m_text);
    auto *row = new QHBoxLayout;
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setMinimumWidth(320);
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setToolTip(tr("Stop this step; nothing is changed in the database"));
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addStretch(2);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setCancelling();
        Q_EMIT cancelRequested();
    });
}

void ImportProgressPanel::start(const QString &text, const QString &note)
{
    m_text->setText(text);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    m_cancel->setText(tr("&Stop"));
}

void ImportProgressPanel::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // QProgressBar takes int: per mille keeps a million rows in range.
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void ImportProgressPanel::setCancelling()
{
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Stopping…"));
}

} // namespace cet
