#pragma once

#include "SyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace cet {

// Texts of the sync UI that several widgets share (translated in context cet::SyncUiText).
class SyncUiText
{
    Q_DECLARE_TR_FUNCTIONS(cet::SyncUiText)
public:
    SyncUiText() = delete;

    // "just now", "5 minutes ago", "yesterday 14:02", "2026-11-20 09:15"; "never" when invalid.
    static QString relativeTime(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime());
    // Exact local time for tooltips: "2026-11-23 14:02:11".
    static QString exactTime(const QDateTime &at);
    static QString connectionText(SyncConnection c);
    // queued / sent / acked / conflict / rejected / failed → "Queued", "Sent", "Acknowledged", ...
    static QString outboxStateText(const QString &state);
    static QStringList outboxStates(); // in display order
    static QString roleText(const QString &role);
    static QString entityText(const QString &entity);
    // The student field's display name ("Name") for a wire/column name ("name").
    static QString fieldText(const QString &field);
    // A wire value shown for the user (genders, education, ID types by name; "(empty)").
    static QString valueText(const QString &field, const QJsonValue &value);
    // {"name": ["old", "new"], ...} → "Name: old → new; ..." (import summaries as they are).
    // "1:110101200001011234" → "110101********1234" (masked as on the Students page).
    static QString maskedKey(const QString &entity, const QString &key);
    static QString changesText(const QString &entity, const QString &changesJson);
};

} // namespace cet
