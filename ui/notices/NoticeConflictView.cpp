#include "NoticeConflictView.h"

#include "NoticePreview.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>

namespace cet {

namespace {

QString sideHtml(const QString &scopeName, const std::optional<NoticeText> &text)
{
    if (!text)
        return QStringLiteral("<p><i>%1</i></p>").arg(NoticeConflictView::tr("Deleted").toHtmlEscaped());
    return noticePreviewHtml(scopeName, *text);
}

} // namespace

NoticeConflictView::NoticeConflictView(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_mine(new QTextBrowser(this))
    , m_theirs(new QTextBrowser(this))
    , m_keepMine(new QPushButton(tr("Keep mine"), this))
    , m_takeTheirs(new QPushButton(tr("Take theirs"), this))
{
    m_intro->setWordWrap(true);
    m_mine->setObjectName(QStringLiteral("conflictMine"));
    m_theirs->setObjectName(QStringLiteral("conflictTheirs"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_intro, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("<b>Mine</b> (this desktop)"), this), 1, 0);
    grid->addWidget(new QLabel(tr("<b>Theirs</b> (on the server)"), this), 1, 1);
    grid->addWidget(m_mine, 2, 0);
    grid->addWidget(m_theirs, 2, 1);
    grid->addWidget(m_keepMine, 3, 0, Qt::AlignLeft);
    grid->addWidget(m_takeTheirs, 3, 1, Qt::AlignLeft);
    grid->setRowStretch(2, 1);
    connect(m_keepMine, &QPushButton::clicked, this, &NoticeConflictView::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &NoticeConflictView::takeTheirs);
}

void NoticeConflictView::setConflict(const QString &scopeName, const NoticeConflict &c)
{
    const QString who = c.changedBy.isEmpty() ? tr("another desktop") : c.changedBy;
    const QString when = c.changedAt.isValid() ? QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat)
                                               : QString();
    m_intro->setText(tr("This notice was changed here and by %1 at the same time%2. Pick the version that "
                        "stays; the other is dropped.")
                         .arg(who, when.isEmpty() ? QString() : tr(" (%1)").arg(when)));
    m_mine->setHtml(sideHtml(scopeName, c.mine));
    m_theirs->setHtml(sideHtml(scopeName, c.theirs));
}

} // namespace cet
