#include "ConflictPanel.h"

#include "SyncUiText.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace cet {

namespace {
const char *const kConflictId = "conflictId";
const char *const kChoice = "choice";

QString recordTitle(const SyncConflict &c)
{
    const QString key = SyncUiText::maskedKey(c.entity, c.entityKey);
    return c.recordLabel.isEmpty() ? key : QStringLiteral("%1 (%2)").arg(c.recordLabel, key);
}
} // namespace

ConflictPanel::ConflictPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(this);
    layout->addWidget(splitter);

    m_records = new QListWidget(splitter);
    m_records->setObjectName(QStringLiteral("conflictRecords"));
    m_records->setMinimumWidth(200);
    splitter->addWidget(m_records);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_title = new QLabel(right);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    rightLayout->addWidget(m_title);
    m_empty = new QLabel(tr("No conflicts. When another desktop changed the same field of a record as you, "
                            "the field shows here and you choose which value to keep."),
                         right);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rightLayout->addWidget(m_empty);
    m_scroll = new QScrollArea(right);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    rightLayout->addWidget(m_scroll, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 700 });

    connect(m_records, &QListWidget::currentRowChanged, this, &ConflictPanel::showRecord);
    showRecord();
}

void ConflictPanel::setConflicts(const QList<SyncConflict> &conflicts)
{
    const QString current = m_records->currentItem() ? m_records->currentItem()->data(Qt::UserRole).toString()
                                                     : QString();
    m_conflicts.clear();
    for (const SyncConflict &c : conflicts) {
        if (!c.resolvedAt.isValid())
            m_conflicts.append(c);
    }
    QSignalBlocker block(m_records);
    m_records->clear();
    QStringList keys;
    for (const SyncConflict &c : std::as_const(m_conflicts)) {
        const QString key = c.entity + QLatin1Char('/') + c.entityKey;
        if (keys.contains(key))
            continue;
        keys << key;
        auto *item = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-warning")), recordTitle(c), m_records);
        item->setData(Qt::UserRole, key);
    }
    int row = int(keys.indexOf(current));
    if (row < 0 && !keys.isEmpty())
        row = 0;
    m_records->setCurrentRow(row);
    block.unblock();
    showRecord();
}

int ConflictPanel::recordCount() const
{
    return m_records->count();
}

void ConflictPanel::showRecord()
{
    QListWidgetItem *item = m_records->currentItem();
    m_empty->setVisible(!item);
    m_scroll->setVisible(item);
    m_title->setVisible(item);
    auto *fields = new QWidget;
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    if (item) {
        const QString key = item->data(Qt::UserRole).toString();
        m_title->setText(tr("%1: choose per field which value to keep").arg(item->text()));
        for (const SyncConflict &c : std::as_const(m_conflicts)) {
            if (c.entity + QLatin1Char('/') + c.entityKey == key)
                layout->addWidget(fieldRow(c, fields));
        }
    }
    layout->addStretch(1);
    // The old widget may hold the button whose click led here: delete it later.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(fields);
    m_fields = fields;
}

QWidget *ConflictPanel::fieldRow(const SyncConflict &c, QWidget *parent)
{
    auto *box = new QGroupBox(SyncUiText::fieldText(c.field), parent);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    auto addValue = [&](int row, const QString &label, const QString &value, const QString &note) {
        grid->addWidget(new QLabel(label, box), row, 0, Qt::AlignTop);
        auto *v = new QLabel(value, box);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->setWordWrap(true);
        QFont f = v->font();
        f.setBold(true);
        v->setFont(f);
        grid->addWidget(v, row, 1);
        auto *n = new QLabel(note, box);
        n->setWordWrap(true);
        n->setEnabled(false); // the muted colour of secondary text
        grid->addWidget(n, row + 1, 1);
    };
    addValue(0, tr("Mine:"), SyncUiText::valueText(c.field, c.mine),
             tr("Your change on this desktop (was: %1)").arg(SyncUiText::valueText(c.field, c.base)));
    const QString who = c.changedBy.isEmpty() ? tr("another user") : c.changedBy;
    addValue(2, tr("Theirs:"), SyncUiText::valueText(c.field, c.theirs),
             c.changedAt.isValid() ? tr("Changed by %1, %2 (%3)")
                                         .arg(who, SyncUiText::relativeTime(c.changedAt),
                                              SyncUiText::exactTime(c.changedAt))
                                   : tr("Changed by %1").arg(who));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *mine = new QPushButton(tr("Keep &Mine"), box);
    mine->setToolTip(tr("Send my value to the server; it replaces theirs."));
    auto *theirs = new QPushButton(tr("Take &Theirs"), box);
    theirs->setToolTip(tr("Take their value on this desktop; nothing is sent."));
    for (auto [button, choice] : { std::pair{ mine, ConflictChoice::Mine }, std::pair{ theirs, ConflictChoice::Theirs } }) {
        button->setProperty(kConflictId, c.id);
        button->setProperty(kChoice, int(choice));
        button->setObjectName(choice == ConflictChoice::Mine ? QStringLiteral("keepMine") : QStringLiteral("takeTheirs"));
        connect(button, &QPushButton::clicked, this,
                [this, id = c.id, choice = choice] { emit resolveRequested(id, choice); });
        buttons->addWidget(button);
    }
    grid->addLayout(buttons, 4, 0, 1, 2);
    return box;
}

QPushButton *ConflictPanel::mineButton(qint64 conflictId) const
{
    for (QPushButton *b : m_fields ? m_fields->findChildren<QPushButton *>(QStringLiteral("keepMine"))
                                   : QList<QPushButton *>()) {
        if (b->property(kConflictId).toLongLong() == conflictId)
            return b;
    }
    return nullptr;
}

QPushButton *ConflictPanel::theirsButton(qint64 conflictId) const
{
    for (QPushButton *b : m_fields ? m_fields->findChildren<QPushButton *>(QStringLiteral("takeTheirs"))
                                   : QList<QPushButton *>()) {
        if (b->property(kConflictId).toLongLong() == conflictId)
            return b;
    }
    return nullptr;
}

} // namespace cet
