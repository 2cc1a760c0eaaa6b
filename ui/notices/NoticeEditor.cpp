#include "NoticeEditor.h"

#include "NoticePreview.h"
#include "NoticeService.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cet {

NoticeEditor::NoticeEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_shownFrom(new QDateEdit(this))
    , m_preview(new QTextBrowser(this))
{
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_title->setMaxLength(NoticeService::kMaxTitle);
    m_title->setPlaceholderText(tr("Title candidates see first"));
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_body->setPlaceholderText(tr("What candidates of this school or campus should know"));
    m_count->setObjectName(QStringLiteral("noticeCount"));
    m_count->setAlignment(Qt::AlignRight);
    m_shownFrom->setObjectName(QStringLiteral("noticeShownFrom"));
    m_shownFrom->setCalendarPopup(true);
    m_shownFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_shownFrom->setDate(QDate::currentDate());
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_preview->setOpenLinks(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Shown from:"), m_shownFrom);
    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(form);
    left->addWidget(new QLabel(tr("Text:"), this));
    left->addWidget(m_body, 1);
    left->addWidget(m_count);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(new QLabel(tr("Preview (as candidates see it):"), this));
    right->addWidget(m_preview, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    connect(m_title, &QLineEdit::textEdited, this, [this] {
        update();
        emit edited();
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        update();
        emit edited();
    });
    connect(m_shownFrom, &QDateEdit::dateChanged, this, [this] {
        update();
        emit edited();
    });
    update();
}

void NoticeEditor::setScopeName(const QString &name)
{
    m_scopeName = name;
    update();
}

void NoticeEditor::setText(const NoticeText &text)
{
    m_saved = text;
    {
        const QSignalBlocker b1(m_title), b2(m_body), b3(m_shownFrom);
        m_title->setText(text.title);
        m_body->setPlainText(text.body);
        m_shownFrom->setDate(text.shownFrom.isValid() ? text.shownFrom : QDate::currentDate());
    }
    if (!text.shownFrom.isValid())
        m_saved.shownFrom = m_shownFrom->date();
    update();
}

NoticeText NoticeEditor::text() const
{
    return { m_title->text(), m_body->toPlainText(), m_shownFrom->date() };
}

bool NoticeEditor::isModified() const
{
    return text() != m_saved;
}

bool NoticeEditor::isWithinLimits() const
{
    return NoticeService::length(m_body->toPlainText()) <= NoticeService::kMaxBody
        && !m_title->text().trimmed().isEmpty();
}

void NoticeEditor::update()
{
    const qsizetype n = NoticeService::length(m_body->toPlainText());
    m_count->setText(tr("%1 / %2 characters").arg(n).arg(NoticeService::kMaxBody));
    m_count->setStyleSheet(n > NoticeService::kMaxBody ? QStringLiteral("color: #c0392b; font-weight: bold")
                                                       : QString());
    m_preview->setHtml(noticePreviewHtml(m_scopeName, text()));
}

} // namespace cet
