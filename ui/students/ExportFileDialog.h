#pragma once

#include <QString>

class QWidget;

namespace cet {

// Asks where to export the Students view (.csv or .xlsx). A seam for tests: setNextAnswer()
// makes the next ask() return that path (an empty string = the user cancelled) without a dialog.
class ExportFileDialog
{
public:
    ExportFileDialog() = delete;

    static QString ask(QWidget *parent, const QString &suggestedName);
    static void setNextAnswer(const QString &path);

private:
    static bool s_hasNextAnswer;
    static QString s_nextAnswer;
};

} // namespace cet
