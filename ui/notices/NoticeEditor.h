#pragma once

#include "NoticeTypes.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace cet {

// The form of one notice: title, text with a live character count (of 2,000), the date from
// which it is shown, and a preview as candidates will see it.
class NoticeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeEditor(QWidget *parent = nullptr);

    void setScopeName(const QString &name);
    // Shows `text` as the saved state (not modified).
    void setText(const NoticeText &text);
    NoticeText text() const;
    bool isModified() const;
    bool isWithinLimits() const;

signals:
    void edited();

private:
    void update();

    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_count;
    QDateEdit *m_shownFrom;
    QTextBrowser *m_preview;
    QString m_scopeName;
    NoticeText m_saved;
};

} // namespace cet
