#include "OfferGridModel.h"

#include "OfferRules.h"
#include "OfferService.h"
#include "Subject.h"

#include <QBrush>
#include <QColor>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace cet {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

class SetCellsCommand final : public QUndoCommand
{
public:
    SetCellsCommand(OfferGridModel *model, QList<OfferGridModel::CellChange> changes, const QString &text)
        : QUndoCommand(text), m_model(model), m_changes(std::move(changes))
    {
    }
    void redo() override { m_model->apply(m_changes, true); }
    void undo() override { m_model->apply(m_changes, false); }

private:
    OfferGridModel *m_model;
    QList<OfferGridModel::CellChange> m_changes;
};

std::optional<bool> yesNo(QString text)
{
    text = text.trimmed().toLower();
    for (const char *yes : { "是", "yes", "y", "1", "true", "✓", "√" }) {
        if (text == QString::fromUtf8(yes))
            return true;
    }
    for (const char *no : { "否", "no", "n", "0", "false", "" }) {
        if (text == QString::fromUtf8(no))
            return false;
    }
    return std::nullopt;
}

} // namespace

OfferGridModel::OfferGridModel(QObject *parent) : QAbstractTableModel(parent), m_undo(new QUndoStack(this)) { }

void OfferGridModel::load(const QList<Campus> &campuses, const QList<Offer> &offers)
{
    beginResetModel();
    m_rows.clear();
    for (const Campus &c : campuses) {
        for (const Subject &subject : allSubjects()) {
            Row r;
            r.settings.campusCode = c.info.code;
            r.settings.subject = subject.code;
            r.settings.offered = false;
            for (const Offer &o : offers) {
                if (o.settings.campusCode == c.info.code && o.settings.subject == subject.code) {
                    r.settings = o.settings;
                    r.exists = true;
                    r.taken = o.taken;
                    r.pending = o.pending;
                    r.conflict = o.conflict;
                }
            }
            r.saved = r.settings;
            m_rows << r;
        }
    }
    m_undo->clear();
    recheck();
    endResetModel();
}

int OfferGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfferGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferGridModel::valueOf(const OfferSettings &s, int column)
{
    switch (column) {
    case OfferedCol: return s.offered;
    case CapacityCol: return s.capacity;
    case FeeCol: return s.feeFen;
    case WindowStartCol: return s.windowStart;
    case WindowEndCol: return s.windowEnd;
    case ExamAtCol: return s.examAt;
    case OpenCol: return s.openToOtherSchools;
    default: return {};
    }
}

void OfferGridModel::setValue(OfferSettings &s, int column, const QVariant &v)
{
    switch (column) {
    case OfferedCol: s.offered = v.toBool(); break;
    case CapacityCol: s.capacity = v.toInt(); break;
    case FeeCol: s.feeFen = v.toLongLong(); break;
    case WindowStartCol: s.windowStart = v.toDateTime(); break;
    case WindowEndCol: s.windowEnd = v.toDateTime(); break;
    case ExamAtCol: s.examAt = v.toDateTime(); break;
    case OpenCol: s.openToOtherSchools = v.toBool(); break;
    default: break;
    }
}

QString OfferGridModel::cellText(const OfferSettings &s, int column)
{
    switch (column) {
    case CampusCol: return s.campusCode;
    case SubjectCol: {
        const auto subject = subjectByCode(s.subject);
        return subject ? subject.value().displayName() : s.subject;
    }
    case OfferedCol: return s.offered ? tr("Yes") : tr("No");
    case OpenCol: return s.openToOtherSchools ? tr("Yes") : tr("No");
    case CapacityCol: return QString::number(s.capacity);
    case FeeCol: return formatFeeYuan(s.feeFen);
    case WindowStartCol:
    case WindowEndCol:
    case ExamAtCol: {
        const QDateTime t = valueOf(s, column).toDateTime();
        return t.isValid() ? t.toLocalTime().toString(kTimeFormat) : QString();
    }
    default: return {};
    }
}

Result<QVariant> OfferGridModel::parseCell(int column, const QString &raw)
{
    const QString text = raw.trimmed();
    const auto bad = [&](const QString &why) {
        return Error{ QStringLiteral("offer.bad_cell"), why, text };
    };
    switch (column) {
    case OfferedCol:
    case OpenCol: {
        const auto v = yesNo(text);
        if (!v)
            return bad(tr("\"%1\" is neither yes nor no.").arg(text));
        return QVariant(*v);
    }
    case CapacityCol: {
        bool ok = false;
        const int n = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!text.isEmpty() && (!ok || n < 0))
            return bad(tr("\"%1\" is not a number of seats.").arg(text));
        return QVariant(n);
    }
    case FeeCol: {
        QString t = text;
        t.remove(QStringLiteral("¥")).remove(QStringLiteral("元"));
        auto fen = parseFeeYuan(t.trimmed().isEmpty() ? QStringLiteral("0") : t.trimmed());
        if (!fen)
            return bad(tr("\"%1\" is not an amount in yuan.").arg(text));
        return QVariant(fen.value());
    }
    case WindowStartCol:
    case WindowEndCol:
    case ExamAtCol: {
        if (text.isEmpty())
            return QVariant(QDateTime());
        QDateTime t = QDateTime::fromString(text, kTimeFormat);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            t = QDateTime::fromString(text, QStringLiteral("yyyy/M/d H:mm"));
        if (!t.isValid())
            return bad(tr("\"%1\" is not a date and time like 2026-03-01 08:00.").arg(text));
        return QVariant(t.toUTC());
    }
    default: return bad(tr("This column can not be changed here."));
    }
}

QVariant OfferGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const int c = index.column();
    const bool marked = r.problem && problemColumn(*r.problem) == c;
    switch (role) {
    case Qt::DisplayRole:
        if (c == OfferedCol || c == OpenCol)
            return {};
        if (c == TakenCol)
            return r.exists ? QVariant(r.taken) : QVariant();
        return cellText(r.settings, c);
    case Qt::EditRole:
        if (c == TakenCol || c == CampusCol || c == SubjectCol)
            return cellText(r.settings, c);
        return cellText(r.settings, c);
    case Qt::CheckStateRole:
        if (c == OfferedCol || c == OpenCol)
            return valueOf(r.settings, c).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (marked)
            return r.problem->message;
        if (r.conflict)
            return tr("Another desktop changed this offer too: pick a version below.");
        return {};
    case Qt::BackgroundRole:
        if (marked)
            return QBrush(QColor(0xF8, 0xD7, 0xDA));
        if (r.conflict)
            return QBrush(QColor(0xFF, 0xF3, 0xCD));
        if (isChanged(r) && valueOf(r.settings, c) != valueOf(r.saved, c))
            return QBrush(QColor(0xD1, 0xE7, 0xDD));
        return {};
    case Qt::ForegroundRole:
        if (!r.settings.offered && c != OfferedCol)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    default: return {};
    }
}

QVariant OfferGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CampusCol: return tr("Campus");
    case SubjectCol: return tr("Subject");
    case OfferedCol: return tr("Offered");
    case CapacityCol: return tr("Seats");
    case FeeCol: return tr("Fee (yuan)");
    case WindowStartCol: return tr("Registration opens");
    case WindowEndCol: return tr("Registration closes");
    case ExamAtCol: return tr("Exam");
    case OpenCol: return tr("Other schools");
    case TakenCol: return tr("Taken");
    default: return {};
    }
}

Qt::ItemFlags OfferGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const int c = index.column();
    if (c == OfferedCol || c == OpenCol)
        return f | Qt::ItemIsUserCheckable;
    if (c >= CapacityCol && c <= ExamAtCol)
        return f | Qt::ItemIsEditable;
    return f;
}

bool OfferGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    const int c = index.column();
    QVariant v;
    if (role == Qt::CheckStateRole && (c == OfferedCol || c == OpenCol)) {
        v = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && (flags(index) & Qt::ItemIsEditable)) {
        auto parsed = parseCell(c, value.toString());
        if (!parsed) {
            Row &r = m_rows[index.row()];
            r.problem = parsed.error();
            r.problem->detail = QString::number(c); // the column, for the mark
            emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
            emit problemsChanged();
            return false;
        }
        v = parsed.value();
    } else {
        return false;
    }
    const QVariant before = valueOf(m_rows.at(index.row()).settings, c);
    if (before == v)
        return true;
    m_undo->push(new SetCellsCommand(this, { { index.row(), c, before, v } },
                                     tr("Change %1").arg(headerData(c, Qt::Horizontal).toString())));
    return true;
}

void OfferGridModel::apply(const QList<CellChange> &changes, bool forward)
{
    for (const CellChange &ch : changes)
        setValue(m_rows[ch.row].settings, ch.column, forward ? ch.after : ch.before);
    recheck();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

Result<int> OfferGridModel::copyDown(const QModelIndexList &selection)
{
    QMap<int, QList<int>> rowsByColumn;
    for (const QModelIndex &i : selection) {
        if (flags(i) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable))
            rowsByColumn[i.column()] << i.row();
    }
    QList<CellChange> changes;
    for (auto it = rowsByColumn.begin(); it != rowsByColumn.end(); ++it) {
        std::sort(it.value().begin(), it.value().end());
        const QVariant top = valueOf(m_rows.at(it.value().first()).settings, it.key());
        for (int row : std::as_const(it.value())) {
            const QVariant before = valueOf(m_rows.at(row).settings, it.key());
            if (before != top)
                changes << CellChange{ row, it.key(), before, top };
        }
    }
    if (!changes.isEmpty())
        m_undo->push(new SetCellsCommand(this, changes, tr("Copy down")));
    return int(changes.size());
}

int OfferGridModel::fill(const QList<OfferSettings> &rows, const QString &label)
{
    QList<CellChange> changes;
    for (const OfferSettings &s : rows) {
        const QModelIndex at = indexOf(s.campusCode, s.subject, CampusCol);
        if (!at.isValid())
            continue;
        for (int column = OfferedCol; column <= OpenCol; ++column) {
            const QVariant before = valueOf(m_rows.at(at.row()).settings, column);
            const QVariant after = valueOf(s, column);
            if (before != after)
                changes << CellChange{ at.row(), column, before, after };
        }
    }
    if (!changes.isEmpty())
        m_undo->push(new SetCellsCommand(this, changes, label));
    return int(changes.size());
}

Result<int> OfferGridModel::paste(const QModelIndex &topLeft, const QString &text)
{
    if (!topLeft.isValid())
        return Error{ QStringLiteral("offer.bad_cell"), tr("Pick the cell to paste into first."), {} };
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QList<CellChange> changes;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringList cells = line.split(QLatin1Char('\t'));
        for (int j = 0; j < cells.size(); ++j) {
            const int row = topLeft.row() + i;
            const int column = topLeft.column() + j;
            if (row >= m_rows.size() || column >= ColumnCount)
                return Error{ QStringLiteral("offer.bad_cell"),
                              tr("The pasted text has %1 rows and %2 columns; from the chosen cell on only %3 rows and "
                                 "%4 columns are left. Nothing was pasted.")
                                  .arg(lines.size())
                                  .arg(cells.size())
                                  .arg(m_rows.size() - topLeft.row())
                                  .arg(ColumnCount - topLeft.column()),
                              {} };
            if (!(flags(index(row, column)) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
                return Error{ QStringLiteral("offer.bad_cell"),
                              tr("Row %1, column \"%2\" can not be changed. Nothing was pasted.")
                                  .arg(row + 1)
                                  .arg(headerData(column, Qt::Horizontal).toString()),
                              {} };
            auto v = parseCell(column, cells.at(j));
            if (!v)
                return Error{ QStringLiteral("offer.bad_cell"),
                              tr("Row %1, column \"%2\": %3 Nothing was pasted.")
                                  .arg(row + 1)
                                  .arg(headerData(column, Qt::Horizontal).toString(), v.error().message),
                              {} };
            const QVariant before = valueOf(m_rows.at(row).settings, column);
            if (before != v.value())
                changes << CellChange{ row, column, before, v.value() };
        }
    }
    if (!changes.isEmpty())
        m_undo->push(new SetCellsCommand(this, changes, tr("Paste")));
    return int(changes.size());
}

bool OfferGridModel::isChanged(const Row &r) const
{
    return !sameOffer(r.settings, r.saved);
}

QList<OfferSettings> OfferGridModel::changedOffers() const
{
    QList<OfferSettings> out;
    for (const Row &r : m_rows) {
        if (isChanged(r))
            out << r.settings;
    }
    return out;
}

std::optional<Error> OfferGridModel::firstProblem() const
{
    for (const Row &r : m_rows) {
        if (r.problem)
            return r.problem;
    }
    return std::nullopt;
}

QModelIndex OfferGridModel::indexOf(const QString &campus, const QString &subject, int column) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).settings.campusCode == campus && m_rows.at(i).settings.subject == subject)
            return index(i, column);
    }
    return {};
}

int OfferGridModel::problemColumn(const Error &e) const
{
    if (e.code == u"offer.bad_cell")
        return e.detail.toInt();
    if (e.code == u"offer.oral_without_written")
        return OfferedCol;
    if (e.code == u"offer.fee_required" || e.code == u"offer.bad_fee")
        return FeeCol;
    if (e.code == u"offer.window_outside_session")
        return WindowStartCol;
    if (e.code == u"offer.capacity_below_taken" || e.code == u"offer.bad_capacity")
        return CapacityCol;
    return SubjectCol;
}

void OfferGridModel::recheck()
{
    QList<OfferSettings> all;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.exists || isChanged(r))
            all << r.settings;
    }
    for (Row &r : m_rows) {
        r.problem.reset();
        if (!r.exists && !isChanged(r))
            continue;
        if (auto ok = OfferService::check(r.settings, all, r.taken); !ok)
            r.problem = ok.error();
    }
    emit problemsChanged();
}

} // namespace cet
