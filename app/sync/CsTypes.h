#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cet {

// The customer-service desk's wire types (/api/v1/cs/), as the desktop reads them. Parsing is
// lenient about extra fields (a newer server may add some) and strict about the ones the desk
// shows: a missing id or state is a bad answer, not an empty row.

struct CsCandidate
{
    QString name;
    int idType = 0;
    QString idNumberMasked;
    QString schoolCode;
    QString schoolName;
};

struct CsRequest
{
    qint64 id = 0;
    QString state; // submitted | approved | refused | withdrawn | held | applied | failed
    CsCandidate candidate;
    QString oldPassportId;
    QString newPassportId;
    QString newEmailMasked;
    QStringList checks;
    QString notes;
    QString filedBy;
    QDateTime filedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
    QDateTime applyAt; // invalid: not scheduled
    QDateTime appliedAt;
    QString failureCode;
    QString failureReason;

    static Result<CsRequest> fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct CsSubject
{
    QString subject;
    QString paymentState;
};

struct CsLookupResult
{
    CsCandidate candidate;
    bool hasPassport = false; // false: registered but never bound
    QString passportId;
    QString emailMasked;
    QString mobileMasked;
    QString registrationState; // none | saved | booked | paid
    QList<CsSubject> subjects;
    QList<CsRequest> rebindings; // newest first
    QString guidance;            // change_email_self | register_anew | rebind

    static Result<CsLookupResult> fromJson(const QJsonObject &o);
    QJsonObject json; // the answer as it came, for --json
};

struct CsLookupQuery
{
    int idType = 1;
    QString idNumber;
    QString name;
    QString reason;
};

struct CsNewRequest
{
    int idType = 1;
    QString idNumber;
    QString name;
    QString newPassportId;
    QString newEmail;
    QStringList checks;
    QString notes;
};

struct CsBatchResult
{
    qint64 id = 0;
    bool ok = false;
    QString code;
};

namespace cs {
// The identity checks an agent can tick, in the order the form shows them.
QStringList knownChecks();
// A passport ID as the server issues it: 32 hexadecimal digits.
bool isPassportId(const QString &text);
// Request states that are still open (an agent may withdraw a submitted one).
bool isOpenState(const QString &state);
} // namespace cs

} // namespace cet

Q_DECLARE_METATYPE(cet::CsRequest)
