#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace cet {

// The questions the import UI asks in modal dialogs: which file to import, where to save,
// "are you sure?". A seam for tests: queued answers are returned instead of showing a dialog
// (an empty path = the user cancelled).
class ImportDialogs
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportDialogs)
public:
    ImportDialogs() = delete;

    // A CSV / TSV / XLSX file to import; remembers the folder.
    static QString askImportFile(QWidget *parent);
    // A file to write; `filters` as QFileDialog takes them, the first is the default. The suffix
    // of the chosen filter is added when the user typed none.
    static QString askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                               const QStringList &filters);
    // A yes/no question whose "yes" button says what happens (`acceptText`); the default is no.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);

    static void queueFileAnswer(const QString &path);
    static void queueConfirmation(bool accept);

private:
    static QList<QString> s_fileAnswers;
    static QList<bool> s_confirmations;
};

} // namespace cet
