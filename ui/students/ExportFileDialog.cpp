#include "ExportFileDialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace cet {

bool ExportFileDialog::s_hasNextAnswer = false;
QString ExportFileDialog::s_nextAnswer;

void ExportFileDialog::setNextAnswer(const QString &path)
{
    s_hasNextAnswer = true;
    s_nextAnswer = path;
}

QString ExportFileDialog::ask(QWidget *parent, const QString &suggestedName)
{
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, QString());
    }
    const QString csvFilter = QCoreApplication::translate("cet::ExportFileDialog", "CSV (*.csv)");
    const QString xlsxFilter = QCoreApplication::translate("cet::ExportFileDialog", "Excel workbook (*.xlsx)");
    QString selected = xlsxFilter;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("cet::ExportFileDialog", "Export Students"),
        QDir(dir).filePath(suggestedName), xlsxFilter + QStringLiteral(";;") + csvFilter, &selected);
    if (path.isEmpty())
        return path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        path += selected == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

} // namespace cet
