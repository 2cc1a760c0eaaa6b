#include "NoticesPage.h"

#include "NoticeConflictView.h"
#include "NoticeEditor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace cet {

NoticesPage::NoticesPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_service(db)
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_editor(new NoticeEditor(this))
    , m_conflict(new NoticeConflictView(this))
    , m_save(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"), this))
    , m_revert(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("Revert"), this))
{
    setObjectName(QStringLiteral("NoticesPage"));
    m_list->setObjectName(QStringLiteral("noticeScopes"));
    m_list->setMinimumWidth(230);
    m_heading->setObjectName(QStringLiteral("noticeHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_message->setObjectName(QStringLiteral("noticeMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_conflict->setObjectName(QStringLiteral("noticeConflict"));
    m_conflict->hide();
    m_save->setObjectName(QStringLiteral("noticeSave"));
    m_revert->setObjectName(QStringLiteral("noticeRevert"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_conflict, 1);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addLayout(buttons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 800 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_scopes.size())
            return;
        // Unsaved text is never dropped by a click in the list.
        if (m_editor->isVisible() && m_editor->isModified()) {
            for (int r = 0; r < m_scopes.size(); ++r) {
                if (m_scopes.at(r).code == m_code) {
                    const QSignalBlocker blocker(m_list);
                    m_list->setCurrentRow(r);
                }
            }
            showMessage(tr("Save or revert the changes of this notice first."), true);
            return;
        }
        select(m_scopes.at(row).code);
    });
    connect(m_editor, &NoticeEditor::edited, this, &NoticesPage::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &NoticesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &NoticesPage::revert);
    connect(m_conflict, &NoticeConflictView::keepMine, this, [this] { resolve(ConflictChoice::Mine); });
    connect(m_conflict, &NoticeConflictView::takeTheirs, this, [this] { resolve(ConflictChoice::Theirs); });
    refresh();
}

QString NoticesPage::title()
{
    return tr("Notices");
}

void NoticesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString NoticesPage::scopeName(const NoticeScope &scope) const
{
    return scope.isSchool ? tr("School %1").arg(scope.code) : tr("Campus %1").arg(scope.code);
}

const NoticeScope *NoticesPage::current() const
{
    for (const NoticeScope &s : m_scopes) {
        if (s.code == m_code)
            return &s;
    }
    return nullptr;
}

void NoticesPage::refresh()
{
    auto scopes = m_service.scopes();
    if (!scopes) {
        m_scopes.clear();
        m_list->clear();
        m_heading->setText(title());
        showMessage(scopes.error().message, true);
        m_editor->setEnabled(false);
        m_conflict->hide();
        updateButtons();
        return;
    }
    m_scopes = scopes.value();
    const QString keep = m_code.isEmpty() ? m_scopes.first().code : m_code;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const NoticeScope &s : std::as_const(m_scopes)) {
            QString state;
            if (!s.notice)
                state = tr("no notice");
            else if (s.notice->conflict)
                state = tr("conflict");
            else if (s.notice->pending)
                state = tr("waiting to be sent");
            auto *item = new QListWidgetItem(
                QIcon::fromTheme(s.notice && s.notice->conflict ? QStringLiteral("dialog-warning")
                                                                 : QStringLiteral("mail-message")),
                state.isEmpty() ? scopeName(s) : tr("%1 (%2)").arg(scopeName(s), state), m_list);
            item->setData(Qt::UserRole, s.code);
            item->setSizeHint(QSize(0, 30));
        }
    }
    const bool keepEdits = keep == m_code && m_editor->isModified();
    m_code.clear();
    for (int row = 0; row < m_scopes.size(); ++row) {
        if (m_scopes.at(row).code == keep) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
        }
    }
    if (keepEdits) {
        m_code = keep;
        updateButtons();
        return;
    }
    select(keep);
}

void NoticesPage::select(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    const NoticeScope *scope = current();
    if (!scope)
        return;
    m_message->hide();
    m_heading->setText(scopeName(*scope));
    m_editor->setEnabled(true);
    m_editor->setScopeName(scopeName(*scope));
    m_editor->setText(scope->notice ? scope->notice->text : NoticeText{});
    std::optional<NoticeConflict> conflict;
    if (scope->notice && scope->notice->conflict) {
        auto c = m_service.conflict(code);
        if (!c)
            showMessage(c.error().message, true);
        else
            conflict = c.value();
    }
    m_conflict->setVisible(conflict.has_value());
    m_editor->setVisible(!conflict);
    if (conflict)
        m_conflict->setConflict(scopeName(*scope), *conflict);
    updateButtons();
}

void NoticesPage::save()
{
    const NoticeText text = m_editor->text();
    setBusy(true);
    m_service.save(this, m_code, text, [this, code = m_code, text](Result<bool> &r) {
        setBusy(false);
        if (!r) {
            showMessage(r.error().message, true);
            return;
        }
        if (m_code == code && m_editor->text() == text) {
            m_code.clear();
            m_editor->setText(text); // saved: not modified any more
        }
        refresh();
        select(code);
        showMessage(tr("Saved on this desktop; the next sync sends it to the server."), false);
    });
}

void NoticesPage::revert()
{
    const QString code = m_code;
    m_code.clear();
    m_editor->setText({});
    refresh();
    select(code);
}

void NoticesPage::resolve(ConflictChoice choice)
{
    setBusy(true);
    m_service.resolve(this, m_code, choice, [this, code = m_code, choice](Result<void> &r) {
        setBusy(false);
        if (!r) {
            showMessage(r.error().message, true);
            return;
        }
        if (m_code == code)
            m_code.clear();
        refresh();
        select(code);
        showMessage(choice == ConflictChoice::Mine ? tr("Your version stays; the next sync sends it to the server.")
                                                   : tr("The server's version is taken."),
                    false);
    });
}

void NoticesPage::setBusy(bool busy)
{
    // One write at a time from this page: a second click waits for the first one's answer.
    m_busy = busy;
    m_conflict->setEnabled(!busy);
    updateButtons();
}

void NoticesPage::updateButtons()
{
    const bool editing = m_editor->isEnabled() && m_editor->isVisible();
    const bool modified = editing && m_editor->isModified();
    m_save->setEnabled(modified && m_editor->isWithinLimits() && !m_busy);
    m_revert->setEnabled(modified && !m_busy);
    m_save->setVisible(!m_conflict->isVisible());
    m_revert->setVisible(!m_conflict->isVisible());
}

void NoticesPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b") : QStringLiteral("color: #2e7d32"));
    m_message->show();
}

} // namespace cet
