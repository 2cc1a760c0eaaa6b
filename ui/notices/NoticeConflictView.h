#pragma once

#include "NoticeTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cet {

// Both versions of a notice two desktops changed at once, side by side, with "keep mine" and
// "take theirs".
class NoticeConflictView : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeConflictView(QWidget *parent = nullptr);
    void setConflict(const QString &scopeName, const NoticeConflict &conflict);

signals:
    void keepMine();
    void takeTheirs();

private:
    QLabel *m_intro;
    QTextBrowser *m_mine, *m_theirs;
    QPushButton *m_keepMine, *m_takeTheirs;
};

} // namespace cet
