#include "NoticePreview.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace cet {

QString noticePreviewHtml(const QString &scopeName, const NoticeText &text)
{
    const QString title = text.title.trimmed().isEmpty()
        ? QCoreApplication::translate("cet::NoticePreview", "(no title)")
        : text.title.trimmed().toHtmlEscaped();
    QStringList paragraphs;
    for (const QString &p : text.body.split(u'\n'))
        paragraphs << QStringLiteral("<p style=\"margin: 0 0 6px 0\">%1</p>").arg(p.toHtmlEscaped());
    const QString date = QLocale().toString(text.shownFrom, QLocale::LongFormat);
    return QStringLiteral("<div style=\"color:#6b7280; font-size:small\">%1</div>"
                          "<h2 style=\"margin: 4px 0 2px 0\">%2</h2>"
                          "<div style=\"color:#6b7280; font-size:small; margin-bottom: 8px\">%3</div>%4")
        .arg(scopeName.toHtmlEscaped(), title,
             QCoreApplication::translate("cet::NoticePreview", "Shown from %1").arg(date), paragraphs.join(QString()));
}

} // namespace cet
