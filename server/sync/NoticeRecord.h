#pragma once

// A school notice (学校通告) as the wire carries it: one per school (key = the school's code) and
// one per campus (key = the campus code). Fields, all three always present:
//   title       1..100 characters after trimming
//   body        0..2000 characters (Unicode code points)
//   shown_from  "YYYY-MM-DD", the first day candidates see it

#include "JsonWriter.h"
#include "Result.h"
#include "Wire.h"

#include <QJsonObject>

namespace cet::central {

inline const QString kNoticeEntity = QStringLiteral("notice");
constexpr int kMaxNoticeTitle = 100;
constexpr int kMaxNoticeBody = 2000;

struct NoticeRecord
{
    QString title;
    QString body;
    QString shownFrom;

    QJsonObject toJson() const;
    void writeJson(protocol::JsonWriter &w) const; // the bytes of toJson(), written directly
    bool operator==(const NoticeRecord &o) const
    {
        return title == o.title && body == o.body && shownFrom == o.shownFrom;
    }
};

// The record an upsert proposes: its changes must carry exactly the three fields as [old, new] with
// valid new values; otherwise notice.invalid, the message naming the field.
Result<NoticeRecord> proposedNotice(const protocol::Op &op);

} // namespace cet::central
