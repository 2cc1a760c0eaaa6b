#include "CsDemoCallers.h"

#include "TestApiClient.h"

#include <QRegularExpression>
#include <QUrl>

namespace cet::test {

bool CsDemoCallers::load(const QString &serverOutput, const QString &baseUrl, QString *error)
{
    static const QRegularExpression line(QStringLiteral("^  (.+): (.+), ID type (\\d), (\\S+)$"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(serverOutput);
    while (it.hasNext()) {
        const auto m = it.next();
        const CsDemoCaller c{ m.captured(2), m.captured(3).toInt(), m.captured(4) };
        const QString what = m.captured(1);
        if (what.contains(QStringLiteral("(rebind)")))
            lostEmail = c;
        else if (what.contains(QStringLiteral("change the email")))
            reachable = c;
        else if (what.contains(QStringLiteral("never bound")))
            neverBound = c;
        else if (what.contains(QStringLiteral("request filed")))
            pending = c;
    }
    if (lostEmail.name.isEmpty() || reachable.name.isEmpty() || neverBound.name.isEmpty() || pending.name.isEmpty()) {
        *error = QStringLiteral("demo callers missing in the output:\n") + serverOutput;
        return false;
    }
    ApiClient api{ QUrl(baseUrl) };
    newEmail = QStringLiteral("cs-new0@example.com");
    const ApiResponse r = api.postJson(
        QStringLiteral("/api/v1/passport/login"),
        QJsonObject{ { QStringLiteral("login"), newEmail }, { QStringLiteral("password"), QStringLiteral("demo-candidate-1") } });
    newPassportId = r.json.value(QStringLiteral("passport_id")).toString();
    if (newPassportId.isEmpty()) {
        *error = QStringLiteral("new passport sign-in: ") + r.describe();
        return false;
    }
    return true;
}

} // namespace cet::test
