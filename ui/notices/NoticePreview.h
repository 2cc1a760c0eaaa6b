#pragma once

#include "NoticeTypes.h"

#include <QString>

namespace cet {

// The notice as a candidate sees it on the registration site, as HTML for a QTextBrowser: the
// title, the date it is shown from, and the text in paragraphs (plain text, escaped).
QString noticePreviewHtml(const QString &scopeName, const NoticeText &text);

} // namespace cet
