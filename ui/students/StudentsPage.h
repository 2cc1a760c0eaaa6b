#pragma once

#include <QWidget>

class QUndoStack;

namespace cet {

class Database;

// The Students (学籍) page: a table over the local database's student records, with instant
// search, filters, sorting, masked ID numbers with an explicit reveal, a detail panel, editing
// with validation and undo, and export of the current view to CSV / XLSX.
class StudentsPage : public QWidget
{
    Q_OBJECT
public:
    // `actor` names the user in audit entries (the OS user until staff sign-in exists).
    StudentsPage(Database &db, const QString &actor, QWidget *parent = nullptr);
    ~StudentsPage() override;

    // The page's undo stack; MainWindow puts it in its QUndoGroup for Edit ▸ Undo/Redo.
    QUndoStack *undoStack() const;

Q_SIGNALS:
    // Short status text for the main window's status bar ("3,000 students · 120 shown").
    void statusTextChanged(const QString &text);
};

} // namespace cet
