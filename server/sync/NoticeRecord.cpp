#include "NoticeRecord.h"

#include <QDate>
#include <QRegularExpression>

namespace cet::central {

namespace {

const QString kTitle = QStringLiteral("title");
const QString kBody = QStringLiteral("body");
const QString kShownFrom = QStringLiteral("shown_from");

Error invalid(const QString &message)
{
    return Error{ protocol::codes::noticeInvalid, message, {} };
}

qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

bool isDate(const QString &s)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return form.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

} // namespace

QJsonObject NoticeRecord::toJson() const
{
    return QJsonObject{ { kTitle, title }, { kBody, body }, { kShownFrom, shownFrom } };
}

void NoticeRecord::writeJson(protocol::JsonWriter &w) const
{
    // Keys in QJsonObject's (sorted) order.
    w.beginObject();
    w.key(QLatin1StringView("body"));
    w.string(body);
    w.key(QLatin1StringView("shown_from"));
    w.string(shownFrom);
    w.key(QLatin1StringView("title"));
    w.string(title);
    w.endObject();
}

Result<NoticeRecord> proposedNotice(const protocol::Op &op)
{
    for (auto it = op.changes.constBegin(); it != op.changes.constEnd(); ++it) {
        if (it.key() != kTitle && it.key() != kBody && it.key() != kShownFrom)
            return invalid(QStringLiteral("%1: not a field of a notice (title, body, shown_from)").arg(it.key()));
    }
    NoticeRecord r;
    for (const QString &field : { kTitle, kBody, kShownFrom }) {
        const auto it = op.changes.constFind(field);
        if (it == op.changes.constEnd())
            return invalid(QStringLiteral("%1: missing (a notice's op carries all three fields)").arg(field));
        if (!it->newValue.isString())
            return invalid(QStringLiteral("%1: expected a string").arg(field));
    }
    r.title = op.changes.value(kTitle).newValue.toString();
    r.body = op.changes.value(kBody).newValue.toString();
    r.shownFrom = op.changes.value(kShownFrom).newValue.toString();
    const qsizetype title = codePoints(r.title.trimmed());
    if (title < 1 || title > kMaxNoticeTitle)
        return invalid(QStringLiteral("title: expected 1..%1 characters (not counting spaces around it), got %2")
                           .arg(kMaxNoticeTitle)
                           .arg(title));
    const qsizetype body = codePoints(r.body);
    if (body > kMaxNoticeBody)
        return invalid(QStringLiteral("body: expected at most %1 characters, got %2").arg(kMaxNoticeBody).arg(body));
    if (!isDate(r.shownFrom))
        return invalid(QStringLiteral("shown_from: expected a date YYYY-MM-DD"));
    return r;
}

} // namespace cet::central
