// What the server holds, read back over its API and from its database, for the checks.
#include "ProofHarness.h"

#include "../store/PackedStudentRows.h"

#include "DbUrl.h"
#include "IdNumber.h"
#include "StudentFields.h"
#include "StudentImportRepository.h"
#include "StudentRepository.h"
#include "SyncHttp.h"
#include "SyncStore.h"
#include "Wire.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace cet;

namespace proof {

Result<void> ServerView::load(const QString &serverUrl, const QString &dbUrl)
{
    records.clear();
    notices.clear();
    opResults.clear();
    opResultRows = 0;
    SyncHttp http;
    http.setRetryPolicy(3, 50, 200);
    if (auto r = http.setServer(serverUrl); !r)
        return r.error();
    QJsonObject login{{QStringLiteral("user"), kUser}, {QStringLiteral("password"), kPassword},
                      {QStringLiteral("client"), QStringLiteral("proof")}};
    auto logged = http.post(QStringLiteral("/api/v1/auth/login"), login);
    if (!logged)
        return logged.error();
    auto lr = protocol::LoginResponse::fromJson(logged.value());
    if (!lr)
        return lr.error();
    http.setToken(lr.value().token);
    qint64 since = 0;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("since"), QString::number(since));
        q.addQueryItem(QStringLiteral("limit"), QString::number(protocol::kMaxChangesLimit));
        auto page = http.get(QStringLiteral("/api/v1/sync/changes"), q);
        if (!page)
            return page.error();
        auto p = protocol::ChangesPage::fromJson(page.value());
        if (!p)
            return p.error();
        for (const protocol::Change &c : p.value().changes) {
            if (c.entity != protocol::kStudentEntity && c.entity != QLatin1String("notice"))
                return Error{QStringLiteral("proof.entity"), QStringLiteral("change of entity %1").arg(c.entity), {}};
            ServerRecord &r = c.entity == protocol::kStudentEntity ? records[c.key] : notices[c.key];
            if (c.seq < r.seq)
                return Error{QStringLiteral("proof.order"), QStringLiteral("changes out of seq order at %1").arg(c.key), {}};
            r.key = c.key;
            r.version = c.version;
            r.seq = c.seq;
            r.deleted = c.deleted;
            r.data = c.data.value_or(QJsonObject());
        }
        if (p.value().next < since)
            return Error{QStringLiteral("proof.cursor_back"), QStringLiteral("next went backwards"), {}};
        since = p.value().next;
        if (!p.value().more)
            break;
    }
    liveCount = 0;
    for (const ServerRecord &r : std::as_const(records))
        liveCount += r.deleted ? 0 : 1;
    auto digest = http.get(QStringLiteral("/api/v1/sync/digest"));
    if (!digest)
        return digest.error();
    auto d = protocol::Digest::fromJson(digest.value());
    if (!d)
        return d.error();
    const protocol::EntityDigest e = d.value().entities.value(protocol::kStudentEntity);
    digestHash = e.hash;
    digestCount = e.count;
    const protocol::EntityDigest n = d.value().entities.value(QStringLiteral("notice"));
    noticeDigestHash = n.hash;
    noticeDigestCount = n.count;
    lastSeq = d.value().lastSeq;

    // op_results straight from the server's database.
    auto url = central::DbUrl::parse(dbUrl);
    if (!url)
        return url.error();
    const QString conn = QStringLiteral("proof-view-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db;
        if (url.value().kind == central::DbUrl::Kind::Sqlite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(url.value().path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), conn);
            db.setHostName(url.value().host);
            db.setPort(url.value().port);
            db.setUserName(url.value().user);
            db.setPassword(url.value().password);
            db.setDatabaseName(url.value().database);
        }
        Result<void> result;
        if (!db.open()) {
            result = Error{QStringLiteral("proof.db"), db.lastError().text(), {}};
        } else {
            QSqlQuery q(db);
            if (!url.value().schema.isEmpty())
                q.exec(QStringLiteral("SET search_path TO ") + url.value().schema);
            if (!q.exec(QStringLiteral("SELECT op_id, result_json FROM op_results WHERE school_code = '%1'").arg(kSchool))) {
                result = Error{QStringLiteral("proof.db"), q.lastError().text(), {}};
            } else {
                while (q.next()) {
                    ++opResultRows;
                    ServerOpResult r;
                    r.opId = q.value(0).toString();
                    r.json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
                    r.status = r.json.value(QStringLiteral("status")).toString();
                    r.seq = r.json.value(QStringLiteral("seq")).toInteger();
                    r.version = r.json.value(QStringLiteral("version")).toInteger();
                    opResults.insert(r.opId, r);
                }
            }
        }
        db.close();
        if (!result)
            return result;
    }
    QSqlDatabase::removeDatabase(conn);
    return {};
}
} // namespace proof
