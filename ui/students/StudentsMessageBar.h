#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cet {

// A non-blocking message strip at the top of the Students page (errors of edits and exports,
// export results). Closed by its × button or replaced by the next message.
class StudentsMessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Error };

    explicit StudentsMessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace cet
