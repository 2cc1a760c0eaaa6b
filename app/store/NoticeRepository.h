#pragma once

#include "Database.h"
#include "NoticeTypes.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cet {

// The school notices this desktop holds, and their edits: every change is written with its
// outbox op in one transaction (whole-object: the op carries all three fields and the server
// version the edit started from). Conflicts are resolved through SyncStore::resolveConflict.
class NoticeRepository
{
public:
    explicit NoticeRepository(Database &db);

    Result<QList<Notice>> list() const; // by code
    Result<std::optional<Notice>> find(const QString &code) const;
    // Saves `text` as the notice of `code` and queues its op; nothing when the text is unchanged.
    // Returns whether something was saved.
    Result<bool> save(const QString &code, const NoticeText &text);
    // Deletes the notice here and queues the delete; false when there was none.
    Result<bool> remove(const QString &code);
    // The open conflict of the notice, if any.
    Result<std::optional<NoticeConflict>> conflict(const QString &code) const;
    // The campus codes of the local roster's live students.
    Result<QStringList> rosterCampusCodes() const;

private:
    Database &m_db;
};

} // namespace cet
