#include "NoticeService.h"

#include "NoticeRepository.h"
#include "SyncStore.h"

#include <algorithm>

namespace cet {

namespace {

bool isCampusOf(const QString &code, const QString &school)
{
    return !school.isEmpty() && code.size() == school.size() + 1 && code.startsWith(school) && code.back().isDigit();
}

} // namespace

NoticeService::NoticeService(Database &reader) : NoticeService(reader, DatabaseWriter::forPath(reader.path())) { }

NoticeService::NoticeService(Database &reader, std::shared_ptr<DatabaseWriter> writer)
    : m_db(reader), m_writer(std::move(writer))
{
}

qsizetype NoticeService::length(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++n;
    }
    return n;
}

Result<void> NoticeService::validate(const NoticeText &text)
{
    const qsizetype title = length(text.title.trimmed());
    if (title < 1)
        return Error{ QStringLiteral("notice.invalid"), tr("The notice needs a title."), QStringLiteral("title") };
    if (title > kMaxTitle)
        return Error{ QStringLiteral("notice.invalid"),
                      tr("The title is %1 characters long; at most %2 are allowed.").arg(title).arg(kMaxTitle),
                      QStringLiteral("title") };
    const qsizetype body = length(text.body);
    if (body > kMaxBody)
        return Error{ QStringLiteral("notice.invalid"),
                      tr("The text is %1 characters long; at most %2 are allowed.").arg(body).arg(kMaxBody),
                      QStringLiteral("body") };
    if (!text.shownFrom.isValid())
        return Error{ QStringLiteral("notice.invalid"), tr("The date from which the notice is shown is not valid."),
                      QStringLiteral("shown_from") };
    return {};
}

Result<QString> NoticeService::schoolCode() const
{
    return schoolCodeOf(m_db);
}

Result<QString> NoticeService::schoolCodeOf(Database &db)
{
    auto s = SyncStore(db).state();
    if (!s)
        return s.error();
    if (s.value().schoolCode.isEmpty())
        return Error{ QStringLiteral("notice.no_school"),
                      tr("Sign in to your school's server first: notices belong to the school you sign in for."),
                      {} };
    return s.value().schoolCode;
}

Result<void> NoticeService::checkScope(Database &db, const QString &code)
{
    auto school = schoolCodeOf(db);
    if (!school)
        return school.error();
    if (code != school.value() && !isCampusOf(code, school.value()))
        return Error{ QStringLiteral("notice.wrong_scope"),
                      tr("%1 is neither your school's code (%2) nor one of its campuses.").arg(code, school.value()),
                      code };
    return {};
}

Result<QList<NoticeScope>> NoticeService::scopes() const
{
    auto school = schoolCode();
    if (!school)
        return school.error();
    NoticeRepository repo(m_db);
    auto notices = repo.list();
    if (!notices)
        return notices.error();
    auto campuses = repo.rosterCampusCodes();
    if (!campuses)
        return campuses.error();
    QStringList codes = campuses.value();
    for (const Notice &n : notices.value())
        codes << n.code;
    codes.removeIf([&](const QString &c) { return !isCampusOf(c, school.value()); });
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    codes.prepend(school.value());
    QList<NoticeScope> out;
    for (const QString &code : std::as_const(codes)) {
        NoticeScope s{ code, code == school.value(), std::nullopt };
        for (const Notice &n : notices.value()) {
            if (n.code == code)
                s.notice = n;
        }
        out << s;
    }
    return out;
}

Result<QList<Notice>> NoticeService::list() const
{
    return NoticeRepository(m_db).list();
}

Result<std::optional<Notice>> NoticeService::find(const QString &code) const
{
    return NoticeRepository(m_db).find(code);
}

Result<std::optional<NoticeConflict>> NoticeService::conflict(const QString &code) const
{
    return NoticeRepository(m_db).conflict(code);
}

DatabaseWriter::Task<bool> NoticeService::saveTask(QString code, NoticeText text)
{
    return [code = std::move(code), text = std::move(text)](Database &db) mutable -> Result<bool> {
        text.title = text.title.trimmed();
        if (auto r = validate(text); !r)
            return r.error();
        if (auto r = checkScope(db, code); !r)
            return r.error();
        return NoticeRepository(db).save(code, text);
    };
}

DatabaseWriter::Task<bool> NoticeService::removeTask(QString code)
{
    return [code = std::move(code)](Database &db) { return NoticeRepository(db).remove(code); };
}

DatabaseWriter::Task<void> NoticeService::resolveTask(QString code, ConflictChoice choice)
{
    return [code = std::move(code), choice](Database &db) -> Result<void> {
        auto c = NoticeRepository(db).conflict(code);
        if (!c)
            return c.error();
        if (!c.value())
            return Error{ QStringLiteral("sync.conflict_not_found"), tr("This notice has no conflict to resolve."),
                          code };
        return SyncStore(db).resolveConflict(c.value()->id, choice);
    };
}

void NoticeService::save(QObject *receiver, const QString &code, const NoticeText &text, Done<bool> done) const
{
    m_writer->submit<bool>(receiver, saveTask(code, text), std::move(done));
}

Result<bool> NoticeService::saveAndWait(const QString &code, const NoticeText &text) const
{
    return m_writer->call<bool>(saveTask(code, text));
}

void NoticeService::remove(QObject *receiver, const QString &code, Done<bool> done) const
{
    m_writer->submit<bool>(receiver, removeTask(code), std::move(done));
}

Result<bool> NoticeService::removeAndWait(const QString &code) const
{
    return m_writer->call<bool>(removeTask(code));
}

void NoticeService::resolve(QObject *receiver, const QString &code, ConflictChoice choice, Done<void> done) const
{
    m_writer->submit<void>(receiver, resolveTask(code, choice), std::move(done));
}

Result<void> NoticeService::resolveAndWait(const QString &code, ConflictChoice choice) const
{
    return m_writer->call<void>(resolveTask(code, choice));
}

} // namespace cet
