#include "Cet6ReviewNotice.h"

#include "OutboxSql.h"
#include "PassportSql.h"

namespace cet::central {

namespace {

outboxsql::Message decisionNotice(const QString &email, const cet6reviewsql::ReviewRow &row, const QString &kind)
{
    outboxsql::Message m;
    const bool passed = row.state == QLatin1String("passed");
    if (!kind.isEmpty())
        m.kind = kind;
    else
        m.kind = passed ? QStringLiteral("review.passed") : QStringLiteral("review.failed");
    m.channel = QStringLiteral("email");
    m.to = email;
    m.subject = passed ? QStringLiteral("六级报考资格复核通过") : QStringLiteral("六级报考资格复核未通过");
    m.body = passed ? QStringLiteral("%1同学：您的六级报考资格复核（四级准考证号%2）已通过，现在可以报考六级笔试。")
                          .arg(row.name, row.ticket)
                    : QStringLiteral("%1同学：您的六级报考资格复核（四级准考证号%2）未通过，原因：%3。"
                                     "您可以修改后重新提交，或删除该申请。")
                          .arg(row.name, row.ticket, row.reason);
    m.createdAt = row.changedAt;
    return m;
}

} // namespace

Result<void> mailReviewDecision(CentralStore &store, const cet6reviewsql::ReviewRow &row, const QString &kind)
{
    if (row.state == QLatin1String("pending"))
        return {};
    auto passport = passportsql::findById(store, row.passportId);
    if (!passport)
        return passport.error();
    if (!passport.value())
        return {};
    if (auto m = outboxsql::insert(store, decisionNotice(passport.value()->email, row, kind)); !m)
        return m.error();
    return {};
}

} // namespace cet::central
