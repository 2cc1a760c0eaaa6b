#pragma once

#include "Database.h"
#include "NoticeTypes.h"
#include "Result.h"
#include "SyncTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cet {

// One place a notice can be posted for: the school or one of its campuses, with its notice if
// this desktop has one.
struct NoticeScope
{
    QString code;
    bool isSchool = false;
    std::optional<Notice> notice;
};

// The notice use cases for the 通告 page and cetdesk-cli: list, edit offline (the change and its
// outbox op in one transaction; the next sync sends it), delete, and resolve a conflict.
class NoticeService
{
    Q_DECLARE_TR_FUNCTIONS(cet::NoticeService)

public:
    static constexpr int kMaxTitle = 100;
    static constexpr int kMaxBody = 2000;

    explicit NoticeService(Database &db);

    // Characters as candidates count them (Unicode code points).
    static qsizetype length(const QString &text);
    // The rules the server applies too: title 1..100 characters after trimming, body at most
    // 2,000, a valid date.
    static Result<void> validate(const NoticeText &text);

    // The signed-in account's school (error notice.no_school when none is known yet).
    Result<QString> schoolCode() const;
    // The school first, then its campuses: those of the local roster and those with a notice.
    Result<QList<NoticeScope>> scopes() const;
    Result<QList<Notice>> list() const;
    Result<std::optional<Notice>> find(const QString &code) const;
    // False when the text was already the notice's.
    Result<bool> save(const QString &code, NoticeText text);
    Result<bool> remove(const QString &code);
    Result<std::optional<NoticeConflict>> conflict(const QString &code) const;
    Result<void> resolve(const QString &code, ConflictChoice choice);

private:
    Result<void> checkScope(const QString &code) const;

    Database &m_db;
};

} // namespace cet
