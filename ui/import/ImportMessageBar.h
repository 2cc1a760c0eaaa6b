#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cet {

// A non-blocking message strip at the top of the import wizard and the import history: errors
// in the user's language, stay until closed or replaced.
class ImportMessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit ImportMessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    void clearMessage();
    // The message shown, or an empty string when the bar is hidden.
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace cet
