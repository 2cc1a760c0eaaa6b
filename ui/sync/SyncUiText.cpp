#include "SyncUiText.h"

#include "IdDocument.h"
#include "IdNumber.h"
#include "StudentFields.h"
#include "StudentLabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cet {

QString SyncUiText::relativeTime(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return tr("never");
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return tr("today %1").arg(local.toString(QStringLiteral("HH:mm")));
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(local.toString(QStringLiteral("HH:mm")));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SyncUiText::exactTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString SyncUiText::connectionText(SyncConnection c)
{
    switch (c) {
    case SyncConnection::Online:
        return tr("Online");
    case SyncConnection::Syncing:
        return tr("Syncing…");
    case SyncConnection::Offline:
        break;
    }
    return tr("Offline");
}

QStringList SyncUiText::outboxStates()
{
    return { QStringLiteral("queued"),   QStringLiteral("sent"),     QStringLiteral("failed"),
             QStringLiteral("conflict"), QStringLiteral("rejected"), QStringLiteral("acked") };
}

QString SyncUiText::outboxStateText(const QString &state)
{
    if (state == u"queued")
        return tr("Queued");
    if (state == u"sent")
        return tr("Sent");
    if (state == u"acked")
        return tr("Acknowledged");
    if (state == u"conflict")
        return tr("Conflict");
    if (state == u"rejected")
        return tr("Rejected");
    if (state == u"failed")
        return tr("Failed (will retry)");
    return state;
}

QString SyncUiText::roleText(const QString &role)
{
    if (role == u"coordinator")
        return tr("School coordinator");
    if (role == u"cs_agent")
        return tr("Customer service");
    if (role == u"cs_supervisor")
        return tr("Customer service supervisor");
    if (role == u"admin")
        return tr("Administrator");
    return role;
}

QString SyncUiText::entityText(const QString &entity)
{
    if (entity == u"student")
        return tr("Student record");
    if (entity == u"student_import")
        return tr("Import");
    return entity;
}

QString SyncUiText::fieldText(const QString &field)
{
    if (field.isEmpty()) // a conflict about a whole record (notices)
        return tr("The whole record");
    if (const auto f = protocol::studentFieldFromName(field))
        return studentFieldLabel(*f);
    return field;
}

QString SyncUiText::valueText(const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    if (value.isObject()) { // a whole notice: its title, date and the start of its text
        const QJsonObject o = value.toObject();
        const QString body = o.value(QStringLiteral("body")).toString();
        return tr("%1 (from %2): %3")
            .arg(o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("shown_from")).toString(),
                 body.size() > 60 ? body.left(60) + QChar(0x2026) : body);
    }
    if (value.isDouble()) {
        const int v = value.toInt();
        if (field == u"gender")
            return v == 0 ? tr("(empty)") : genderDisplayName(Gender(v));
        if (field == u"education")
            return v == 0 ? tr("(empty)") : educationDisplayName(Education(v));
        if (field == u"id_type")
            return idTypeDisplayName(IdType(v));
        return QString::number(v);
    }
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString SyncUiText::maskedKey(const QString &entity, const QString &key)
{
    if (entity != u"student")
        return key;
    const auto parsed = protocol::parseStudentKey(key);
    if (!parsed)
        return key;
    return maskIdNumber(parsed.value().idType, parsed.value().idNumber);
}

QString SyncUiText::changesText(const QString &entity, const QString &changesJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(changesJson.toUtf8());
    if (entity != u"student" || !doc.isObject())
        return changesJson;
    QStringList parts;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        parts << tr("%1: %2 → %3")
                     .arg(fieldText(it.key()), valueText(it.key(), pair.at(0)), valueText(it.key(), pair.at(1)));
    }
    return parts.join(tr("; "));
}

} // namespace cet
