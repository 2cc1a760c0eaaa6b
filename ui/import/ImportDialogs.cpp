#include "ImportDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace cet {

QList<QString> ImportDialogs::s_fileAnswers;
QList<bool> ImportDialogs::s_confirmations;

namespace {
const QString lastFolderKey = QStringLiteral("import/lastFolder");

QString lastFolder()
{
    const QString folder = QSettings().value(lastFolderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
        ? folder
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberFolder(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
}

// "Excel workbook (*.xlsx)" → "xlsx"
QString suffixOfFilter(const QString &filter)
{
    static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
    const auto match = pattern.match(filter);
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

void ImportDialogs::queueFileAnswer(const QString &path)
{
    s_fileAnswers.append(path);
}

void ImportDialogs::queueConfirmation(bool accept)
{
    s_confirmations.append(accept);
}

QString ImportDialogs::askImportFile(QWidget *parent)
{
    if (!s_fileAnswers.isEmpty())
        return s_fileAnswers.takeFirst();
    const QString filters = tr("Student lists (*.xlsx *.csv *.tsv *.txt)") + QStringLiteral(";;")
        + tr("Excel workbook (*.xlsx)") + QStringLiteral(";;") + tr("CSV or TSV text (*.csv *.tsv *.txt)")
        + QStringLiteral(";;") + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import Students"), lastFolder(), filters);
    rememberFolder(path);
    return path;
}

QString ImportDialogs::askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                   const QStringList &filters)
{
    if (!s_fileAnswers.isEmpty())
        return s_fileAnswers.takeFirst();
    QString selected = filters.value(0);
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(suggestedName),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().isEmpty()) {
        const QString suffix = suffixOfFilter(selected);
        if (!suffix.isEmpty())
            path += u'.' + suffix;
    }
    rememberFolder(path);
    return path;
}

bool ImportDialogs::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText)
{
    if (!s_confirmations.isEmpty())
        return s_confirmations.takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace cet
