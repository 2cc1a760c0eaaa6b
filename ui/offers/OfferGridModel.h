#pragma once

#include "OfferTypes.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QModelIndex>

class QUndoStack;

namespace cet {

// The offers grid of the 考点与容量 page: one row per campus and catalogue subject, whether the
// campus offers it yet or not. Every edit (typing, copy-down, paste) is one undoable step on
// the model's QUndoStack; rows that differ from what is saved are "changed" until save.
// Each row is checked with OfferService::check as it changes: the cell the rule is about is
// marked and its message is the cell's tooltip.
class OfferGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CampusCol, SubjectCol, OfferedCol, CapacityCol, FeeCol, WindowStartCol, WindowEndCol, ExamAtCol,
                  OpenCol, TakenCol, ColumnCount };

    explicit OfferGridModel(QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }
    // The campuses and their saved offers; edits not saved yet are dropped, and so is the undo history.
    void load(const QList<Campus> &campuses, const QList<Offer> &offers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The value of the first selected row copied down to the others, column by column (Ctrl+D).
    Result<int> copyDown(const QModelIndexList &selection);
    // The settings of whole rows (matched by campus and subject) as one undoable step named
    // `label`; rows the grid does not have are skipped. Returns how many cells changed.
    int fill(const QList<OfferSettings> &rows, const QString &label);
    // Tab/newline text (as Excel copies it) pasted from `topLeft` on; nothing changes when a cell
    // can not be read or lies outside the grid (the error names it).
    Result<int> paste(const QModelIndex &topLeft, const QString &text);

    // The rows to save (changed ones), and the first rule broken among them, if any.
    QList<OfferSettings> changedOffers() const;
    std::optional<Error> firstProblem() const;
    int changedCount() const { return int(changedOffers().size()); }
    QModelIndex indexOf(const QString &campus, const QString &subject, int column) const;
    // The row's settings as edited, and whether two desktops changed its offer (an open conflict).
    OfferSettings settingsAt(int row) const { return m_rows.at(row).settings; }
    bool conflictAt(int row) const { return m_rows.at(row).conflict; }

    // Reads a cell as typed or pasted; errors offer.bad_cell.
    static Result<QVariant> parseCell(int column, const QString &text);
    static QString cellText(const OfferSettings &s, int column);

    // Applies values without touching the undo stack (the undo commands call it).
    struct CellChange
    {
        int row, column;
        QVariant before, after;
    };
    void apply(const QList<CellChange> &changes, bool forward);

signals:
    void problemsChanged();

private:
    struct Row
    {
        OfferSettings settings, saved;
        bool exists = false;
        int taken = 0;
        bool pending = false, conflict = false;
        std::optional<Error> problem;
    };
    static QVariant valueOf(const OfferSettings &s, int column);
    static void setValue(OfferSettings &s, int column, const QVariant &v);
    bool isChanged(const Row &r) const;
    void recheck();
    int problemColumn(const Error &e) const;

    QList<Row> m_rows;
    QUndoStack *m_undo;
};

} // namespace cet
