#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cet {

// A school notice (学校通告) that candidates read on the registration site: one for the school
// (keyed by the school code) and one per campus (the campus code). Its record on the wire is
// {"title", "body", "shown_from": "YYYY-MM-DD"}.
struct NoticeText
{
    QString title;
    QString body;
    QDate shownFrom;

    bool operator==(const NoticeText &o) const
    {
        return title == o.title && body == o.body && shownFrom == o.shownFrom;
    }
    bool operator!=(const NoticeText &o) const { return !(*this == o); }

    QJsonObject toJson() const
    {
        return { { QStringLiteral("title"), title },
                 { QStringLiteral("body"), body },
                 { QStringLiteral("shown_from"), shownFrom.toString(Qt::ISODate) } };
    }
    static NoticeText fromJson(const QJsonObject &o)
    {
        return { o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("body")).toString(),
                 QDate::fromString(o.value(QStringLiteral("shown_from")).toString(), Qt::ISODate) };
    }
};

// A notice as this desktop holds it.
struct Notice
{
    QString code;           // school or campus code
    NoticeText text;
    qint64 serverVersion = 0; // 0: never synced
    QDateTime updatedAt;
    bool pending = false;   // a change waits to be sent
    bool conflict = false;  // an open conflict waits for the user
};

// Two desktops changed the same notice: the text here (mine; none when deleted here) and the
// server's (theirs; none when deleted there).
struct NoticeConflict
{
    qint64 id = 0;
    QString code;
    std::optional<NoticeText> mine, theirs;
    QString changedBy;
    QDateTime changedAt;
};

} // namespace cet

Q_DECLARE_METATYPE(cet::Notice)
