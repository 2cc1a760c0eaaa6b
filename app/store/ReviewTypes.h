#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cet {

// A CET6 qualification review (CET6资格复核) as the queue shows it: the columns of the local
// table, the decision this desktop made and has not had answered (localDecision "pass"/"fail"),
// and the department of the matched student in the local roster.
struct ReviewRow
{
    QString key;             // the review id as decimal text; "t-…" for a teacher-filed one not yet synced
    qint64 serverVersion = 0;
    QString state;           // the server's: pending | passed | failed
    QString campusCode;
    QString department;      // from the local roster; empty when the student is not in it
    QString name;
    int idType = 0;
    QString idNumber;        // the student record's (学籍)
    QString typedIdNumber;   // what the candidate typed
    QString ticket;
    QDateTime submittedAt;
    QDateTime decidedAt;
    QString decidedBy;
    QString filedBy;         // set: filed by a teacher of the school
    int resubmissions = 0;
    int disputes = 0;
    QString localDecision;   // pass | fail | empty
    QString localReason;
    QString localError;      // "code: message" of the last refused or disputed decision

    bool decidedHere() const { return !localDecision.isEmpty(); }
};

// A review the school files itself, for a student whose CET4 score predates 2005 or who forgot
// the ticket: the student (from the local roster), the score as the teacher read it from the
// proof, and the decision.
struct ReviewFiling
{
    int studentIdType = 0;
    QString studentIdNumber;
    QString name;   // on the score record (empty: the roster's)
    QString ticket; // may be empty (forgotten)
    int examYear = 0, examMonth = 0, total = 0;
    QString decision; // pass | fail
    QString reason;
    QString filedBy;  // the teacher, shown until the server's record comes back
    QByteArray scan;  // the proof's scan (JPEG, PNG or PDF), uploaded by the sync after the filing; may be empty
};

// An evidence file waiting on this desktop to be uploaded to its review.
struct ReviewUpload
{
    QString reviewKey;
    QString sha256;
    QString contentType;
    qint64 size = 0;
};

// What the queue shows. Empty fields do not filter.
struct ReviewFilter
{
    QString state;      // pending | passed | failed | filed (by the school) | empty
    QString campus;
    QString department;
    QDate submittedFrom, submittedTo;
    QString search;     // a prefix of the name, the ID number (either) or the ticket
};

// Parts of the server's record (contract of the entity cet6_review) the case view shows.
struct ReviewPerson
{
    QString name;
    int idType = 0;
    QString idNumber;
    QString ticket;
};

struct ReviewScore
{
    QString ticket, name, idNumber;
    int idType = 0, examYear = 0, examMonth = 0, total = 0;
};

struct ReviewEvidence
{
    int n = 0;
    QString contentType;
    qint64 size = 0;
    QString sha256;
};

struct ReviewHistoryEntry
{
    QString state, reason, decidedBy;
    QDateTime decidedAt, submittedAt;
};

struct ReviewDispute
{
    QString by, decision, reason;
    QDateTime at;
};

struct ReviewRecord
{
    qint64 id = 0;
    QString state, reasonCode, reason;
    ReviewPerson student, typed;
    std::optional<ReviewScore> score;
    QList<ReviewEvidence> evidence;
    QList<ReviewHistoryEntry> history;
    QList<ReviewDispute> disputes;
    QDateTime windowClosesAt; // invalid when the server does not say

    static ReviewRecord fromJson(const QJsonObject &o);
};

// The exam office's summary.
struct ReviewSummary
{
    qint64 pending = 0, passed = 0, failed = 0, filed = 0, decidedHere = 0, disputed = 0;
    QList<QPair<QDate, qint64>> submittedByDay; // oldest first
    QList<QPair<QDate, qint64>> decidedByDay;
    QList<QPair<QString, qint64>> decisionsByTeacher; // most first
};

// One decision, for the XLSX export.
struct ReviewDecisionLine
{
    QString key, name, idNumber, ticket, campusCode, state, reason, decidedBy;
    QDateTime submittedAt, decidedAt;
    bool unsynced = false;
};

} // namespace cet

Q_DECLARE_METATYPE(cet::ReviewRow)
