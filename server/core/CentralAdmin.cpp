#include "Audit.h"
#include "ScopeSql.h"
#include "StaffSql.h"
#include "CentralService.h"
#include "CentralStore.h"
#include "DemoOffers.h"
#include "DemoRoster.h"
#include "PasswordHash.h"
#include "StudentTable.h"
#include "CampusTable.h"
#include "OfferTable.h"

#include <QRegularExpression>
#include <QUuid>

namespace cet::central {

namespace {

const QString kAdminActor = QStringLiteral("admin-cli");

Error invalid(const QString &message)
{
    return Error{ QStringLiteral("admin.invalid"), message, {} };
}

Error exists(const Error &e, const QString &what)
{
    if (e.code == QLatin1String("store.duplicate"))
        return Error{ QStringLiteral("admin.exists"), QStringLiteral("%1 already exists.").arg(what), e.detail };
    return e;
}

bool digits(const QString &s, int n)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    return s.size() == n && re.match(s).hasMatch();
}

QString newEpochId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

AuditEntry adminAudit(const QDateTime &at, const QString &action, const QString &entity, const QString &key,
                      const QJsonObject &after)
{
    AuditEntry e;
    e.at = at;
    e.actor = kAdminActor;
    e.role = roles::admin;
    e.action = action;
    e.entity = entity;
    e.entityKey = key;
    e.after = auditJson(after);
    return e;
}

} // namespace

Result<void> CentralService::createSchool(const QString &code, const QString &name)
{
    if (!digits(code, 5))
        return invalid(QStringLiteral("A school code has 5 digits."));
    if (name.trimmed().isEmpty())
        return invalid(QStringLiteral("A school needs a name."));
    const QDateTime at = now();
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r;
    if (auto r = scopesql::insertSchool(*m_store, code, name, at, newEpochId()); !r)
        return exists(r.error(), QStringLiteral("School %1").arg(code));
    if (auto r = writeAudit(*m_store, adminAudit(at, QStringLiteral("admin.create_school"), QStringLiteral("school"),
                                                 code, { { QStringLiteral("name"), name } }));
        !r)
        return r;
    return tx.commit();
}

Result<void> CentralService::createCampus(const QString &school, const QString &code, const QString &name)
{
    if (!digits(code, 6) || !code.startsWith(school))
        return invalid(QStringLiteral("A campus code has 6 digits and starts with its school's code."));
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r;
    auto found = scopesql::schoolName(*m_store, school);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    if (auto r = scopesql::insertCampus(*m_store, school, code, name); !r)
        return exists(r.error(), QStringLiteral("Campus %1").arg(code));
    auto e = adminAudit(now(), QStringLiteral("admin.create_campus"), QStringLiteral("campus"), code,
                        { { QStringLiteral("name"), name } });
    e.school = school;
    if (auto r = writeAudit(*m_store, e); !r)
        return r;
    return tx.commit();
}

Result<void> CentralService::createExamSession(const QString &name, const QDateTime &opensAt,
                                               const QDateTime &sealsAt)
{
    if (name.trimmed().isEmpty() || !opensAt.isValid() || !sealsAt.isValid() || sealsAt <= opensAt)
        return invalid(QStringLiteral("An exam session needs a name and opens before it seals."));
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r;
    if (auto r = scopesql::insertExamSession(*m_store, name, opensAt, sealsAt); !r)
        return r;
    if (auto r = writeAudit(*m_store,
                            adminAudit(now(), QStringLiteral("admin.create_exam_session"), QStringLiteral("exam_session"),
                                       name,
                                       { { QStringLiteral("opens_at"), protocol::toWireTime(opensAt) },
                                         { QStringLiteral("seals_at"), protocol::toWireTime(sealsAt) } }));
        !r)
        return r;
    return tx.commit();
}

Result<qint64> CentralService::createStaff(const QString &name, const QString &displayName, const QString &role,
                                           const QString &school, const QString &password)
{
    if (name.isEmpty() || name.size() > 100)
        return invalid(QStringLiteral("A user name has 1..100 characters."));
    if (!roles::isValid(role))
        return invalid(QStringLiteral("Unknown role %1 (coordinator, cs_agent, cs_supervisor, admin).").arg(role));
    if (role == roles::coordinator && school.isEmpty())
        return invalid(QStringLiteral("A coordinator belongs to a school."));
    if (password.size() < 8)
        return invalid(QStringLiteral("A password has at least 8 characters."));
    const auto hash = password::hash(password); // slow: outside the transaction
    if (!hash)
        return Error{ protocol::codes::unavailable, QStringLiteral("Could not hash the password."), {} };
    const QDateTime at = now();
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    auto inserted = staffsql::insertUser(*m_store, staffsql::StaffRow{ 0, name, displayName, role, school, false },
                                         *hash, at);
    if (!inserted)
        return inserted.error().code == QLatin1String("store.duplicate")
                   ? exists(inserted.error(), QStringLiteral("User %1").arg(name))
                   : Error{ QStringLiteral("admin.invalid"),
                            QStringLiteral("Could not create user %1 (unknown school?).").arg(name),
                            inserted.error().detail };
    const qint64 id = inserted.value();
    auto e = adminAudit(at, QStringLiteral("admin.create_staff"), QStringLiteral("staff"), name,
                        { { QStringLiteral("display_name"), displayName },
                          { QStringLiteral("role"), role },
                          { QStringLiteral("school"), school } });
    e.school = school;
    if (auto r = writeAudit(*m_store, e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> CentralService::newEpoch(const QString &school)
{
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r;
    auto before = scopesql::lock(*m_store, school);
    if (!before)
        return before.error();
    if (!before.value())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    const QString epoch = newEpochId();
    if (auto r = scopesql::setEpoch(*m_store, school, epoch); !r)
        return r;
    auto e = adminAudit(now(), QStringLiteral("admin.new_epoch"), QStringLiteral("sync_scope"), school,
                        { { QStringLiteral("epoch"), epoch } });
    e.before = auditJson(QJsonObject{ { QStringLiteral("epoch"), before.value()->epoch } });
    e.school = school;
    if (auto r = writeAudit(*m_store, e); !r)
        return r;
    return tx.commit();
}

Result<void> CentralService::seedDemo(int rosterSize)
{
    const QString schoolA = QStringLiteral("10001");
    const QString schoolB = QStringLiteral("10002");
    auto present = scopesql::schoolName(*m_store, schoolA);
    if (!present)
        return present.error();
    if (present.value())
        return {}; // already seeded
    const QDateTime at = now();
    if (auto r = createExamSession(QStringLiteral("%1年CET考次").arg(at.date().year()), at.addDays(-30), at.addDays(60));
        !r)
        return r;
    const struct { const QString &code; const char16_t *name; } schools[] = {
        { schoolA, u"示范大学" }, { schoolB, u"样例学院" } };
    for (const auto &s : schools) {
        if (auto r = createSchool(s.code, QString::fromUtf16(s.name)); !r)
            return r;
        if (auto r = createCampus(s.code, s.code + QLatin1Char('1'), QStringLiteral("主校区")); !r)
            return r;
        if (auto r = createCampus(s.code, s.code + QLatin1Char('2'), QStringLiteral("东校区")); !r)
            return r;
        for (const QChar campus : { QLatin1Char('1'), QLatin1Char('2') }) {
            for (const offersql::OfferRow &o : demoOffers(s.code, s.code + campus, at)) {
                if (auto r = offersql::put(*m_store, o); !r)
                    return r;
            }
        }
    }
    const struct { const char *name; const char16_t *display; const QString &role; QString school; } users[] = {
        { "coord1", u"张老师", roles::coordinator, schoolA },  { "coord2", u"李老师", roles::coordinator, schoolA },
        { "coord3", u"王老师", roles::coordinator, schoolB },  { "agent1", u"客服一", roles::csAgent, {} },
        { "agent2", u"客服二", roles::csAgent, {} },           { "super1", u"客服主管", roles::csSupervisor, {} },
        { "admin", u"管理员", roles::admin, {} },
    };
    for (const auto &u : users) {
        auto id = createStaff(QString::fromLatin1(u.name), QString::fromUtf16(u.display), u.role, u.school,
                              QStringLiteral("demo-") + u.role);
        if (!id)
            return id.error();
    }
    if (rosterSize <= 0)
        return {};
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r;
    auto last = scopesql::lock(*m_store, schoolA);
    if (!last)
        return last.error();
    if (!last.value())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(schoolA), {} };
    qint64 seq = last.value()->lastSeq;
    for (int i = 0; i < rosterSize; ++i) {
        StudentWrite w;
        w.school = schoolA;
        w.record = demoStudent(schoolA, i);
        w.version = 1;
        w.seq = ++seq;
        w.changedBy = kAdminActor;
        w.changedAt = at;
        if (auto r = studenttable::insert(*m_store, w); !r)
            return r.error();
    }
    if (auto r = scopesql::setLastSeq(*m_store, schoolA, seq); !r)
        return r;
    auto e = adminAudit(at, QStringLiteral("admin.seed_demo"), QStringLiteral("school"), schoolA,
                        { { QStringLiteral("students"), rosterSize } });
    e.school = schoolA;
    if (auto r = writeAudit(*m_store, e); !r)
        return r;
    return tx.commit();
}

// Rows written outside a desk's push have seq 0 and stay out of the change feed (an
// administrator's campuses are the server's business until a coordinator takes them up). The demo
// wants its coordinator's first sync to bring the seeded campuses and offers, as if entered on
// another desk, so that editing them on the desk is an edit and not a conflicting second copy.
Result<void> CentralService::publishSeededConfiguration(const QString &school)
{
    const QDateTime at = now();
    Transaction tx(*m_store);
    if (auto r = tx.begin(true); !r)
        return r;
    auto last = scopesql::lock(*m_store, school);
    if (!last)
        return last.error();
    if (!last.value())
        return Error{ protocol::codes::notFound, QStringLiteral("School %1 does not exist.").arg(school), {} };
    qint64 seq = last.value()->lastSeq;
    auto campuses = campustable::changes(*m_store, school, -1, 1000);
    if (!campuses)
        return campuses.error();
    for (StoredCampus c : campuses.value()) {
        if (c.seq != 0)
            continue;
        c.seq = ++seq;
        c.version = qMax<qint64>(1, c.version);
        c.changedBy = kAdminActor;
        c.changedAt = at;
        if (auto r = campustable::update(*m_store, school, c); !r)
            return r;
    }
    auto offers = offertable::changes(*m_store, school, -1, 10000);
    if (!offers)
        return offers.error();
    for (StoredOffer o : offers.value()) {
        if (o.seq != 0)
            continue;
        o.seq = ++seq;
        o.version = qMax<qint64>(1, o.version);
        o.changedBy = kAdminActor;
        o.changedAt = at;
        auto written = offertable::updateIfSeatsFit(*m_store, school, o);
        if (!written)
            return written.error();
    }
    if (seq != last.value()->lastSeq) {
        if (auto r = scopesql::setLastSeq(*m_store, school, seq); !r)
            return r;
    }
    return tx.commit();
}

// The demo school's notice, posted as its coordinator would, so that the desktop's 通告 page and
// the public endpoint have something to show from the start.
Result<void> CentralService::seedDemoNotice(const QString &school)
{
    Session session;
    session.staff.name = QStringLiteral("coord1");
    session.staff.displayName = QStringLiteral("张老师");
    session.staff.role = roles::coordinator;
    session.staff.school = school;
    protocol::Op op;
    op.opId = QStringLiteral("demo-notice-") + school;
    op.entity = QStringLiteral("notice");
    op.key = school;
    const QString today = now().toOffsetFromUtc(8 * 3600).date().toString(Qt::ISODate);
    op.changes.insert(QStringLiteral("title"), { QJsonValue(), QStringLiteral("2026年下半年全国大学英语四、六级考试报名通知") });
    op.changes.insert(QStringLiteral("body"),
                      { QJsonValue(), QStringLiteral("各位同学：报名期间请先核对学籍信息，确认无误后再选择科目并缴费。"
                                                     "口试名额有限，先到先得；未缴费的科目将在24小时后删除。"
                                                     "如有疑问请联系教务处考试中心。") });
    op.changes.insert(QStringLiteral("shown_from"), { QJsonValue(), today });
    protocol::PushRequest request;
    request.ops << op;
    auto pushed = push(session, request);
    if (!pushed)
        return pushed.error();
    const protocol::OpResult &result = pushed.value().results.value(0);
    if (result.status != protocol::OpResult::Status::Applied)
        return Error{ protocol::codes::internal, QStringLiteral("demo notice: %1").arg(result.message), {} };
    return {};
}

} // namespace cet::central
