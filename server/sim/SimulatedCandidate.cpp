#include "SimulatedCandidate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace cet::central::sim {

namespace {

QJsonArray subjectsOf(const ApiResponse &qualification)
{
    return qualification.json.value(QStringLiteral("subjects")).toArray();
}

bool offers(const QJsonArray &subjects, const QString &code)
{
    for (const auto &v : subjects) {
        if (v.toObject().value(QStringLiteral("code")).toString() == code)
            return true;
    }
    return false;
}

// The oral subjects the qualification lists at the level of the written one booked.
QStringList oralsAtLevel(const QJsonArray &subjects, int level)
{
    QStringList out;
    for (const auto &v : subjects) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("kind")).toString() == QLatin1String("oral")
            && s.value(QStringLiteral("level")).toInt() == level)
            out << s.value(QStringLiteral("code")).toString();
    }
    return out;
}

int levelOf(const QJsonArray &subjects, const QString &code)
{
    for (const auto &v : subjects) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("code")).toString() == code)
            return s.value(QStringLiteral("level")).toInt();
    }
    return 0;
}

bool isRefusal(const ApiResponse &r, const QString &codePrefix)
{
    return r.status >= 400 && r.status < 500 && r.errorCode().startsWith(codePrefix);
}

} // namespace

ApiResponse SimulatedCandidate::checked(const ApiResponse &r, const QString &step)
{
    ++m_tally.requests;
    // A 502 with payment.answer_lost is the simulated bank's lost answer, an expected one.
    if (r.status == 0 || r.status == 500 || (r.status >= 400 && r.errorCode().isEmpty()))
        m_tally.noteUnexpected(QStringLiteral("%1: %2").arg(step, r.describe().left(200)));
    return r;
}

QString SimulatedCandidate::signIn(const QString &login, const QString &password)
{
    const ApiResponse r = checked(m_client.login(login, password), QStringLiteral("login"));
    if (r.status != 200) {
        // checked() noted transport errors and 5xx; a refused sign-in of our own account is as unexpected.
        if (r.status >= 400 && r.status < 500)
            m_tally.noteUnexpected(QStringLiteral("login: %1").arg(r.describe().left(200)));
        return {};
    }
    return r.json.value(QStringLiteral("token")).toString();
}

void SimulatedCandidate::firstVisit(const SimStudent &s, int index, QList<FollowUp> &later)
{
    if (chance(0.04)) {
        ++m_tally.absent;
        return;
    }
    QString email = QStringLiteral("sim%1-%2@example.com").arg(m_world.runTag).arg(index);
    const QString password = QStringLiteral("Sim-pass-%1-%2").arg(m_world.runTag).arg(index);
    QString mobile;
    if (chance(0.5))
        mobile = QStringLiteral("13%1").arg((m_world.runTag.toLongLong() * 7919 + index) % 1000000000, 9, 10,
                                            QLatin1Char('0'));
    ApiResponse r = checked(m_client.registerPassport(email, password, mobile), QStringLiteral("register"));
    if (r.errorCode() == QLatin1String("passport.mobile_taken"))
        r = checked(m_client.registerPassport(email, password), QStringLiteral("register"));
    if (r.status == 201)
        ++m_tally.passports;
    else if (r.errorCode() != QLatin1String("passport.email_taken")) // a repeated run: sign in again
        return;
    m_token = signIn(email, password);
    if (m_token.isEmpty())
        return;

    if (chance(0.03)) {
        // The seeds' "wrong email, password remembered": the candidate fixes it while signed in.
        const QString corrected = QStringLiteral("sim%1-%2-fixed@example.com").arg(m_world.runTag).arg(index);
        if (checked(m_client.changeEmail(m_token, password, corrected), QStringLiteral("email")).status == 200) {
            ++m_tally.emailsChanged;
            email = corrected;
        }
    }

    ApiResponse q = checked(m_client.qualification(m_token, s.idType, s.idNumber, s.name), QStringLiteral("lookup"));
    ++m_tally.lookups;
    if (q.status != 200)
        return;
    r = checked(m_client.bind(m_token, s.idType, s.idNumber, s.name), QStringLiteral("bind"));
    if (r.status != 200 && r.status != 201)
        return; // bound by an earlier run, or the window is not open: nothing more to do
    ++m_tally.bound;

    if ((!s.cet4Ticket.isEmpty() && chance(0.7)) || (s.cet4Ticket.isEmpty() && chance(0.04)))
        fileReview(s);
    if (chance(0.06)) {
        ++m_tally.abandoned; // saved and left: the registration holds no subject
        return;
    }

    q = checked(m_client.qualification(m_token, s.idType, s.idNumber, s.name), QStringLiteral("lookup"));
    const QJsonArray subjects = subjectsOf(q);
    QString written = QStringLiteral("1");
    if (offers(subjects, QStringLiteral("2")) && chance(0.6))
        written = QStringLiteral("2");
    else if (offers(subjects, QStringLiteral("3")) && chance(0.08))
        written = QStringLiteral("3");
    if (!offers(subjects, written))
        return;
    const QString writtenCampus = book(written, s.campus, false);
    if (writtenCampus.isEmpty())
        return;
    if (chance(0.04)) {
        if (checked(m_client.cancelSubject(m_token, written), QStringLiteral("cancel")).status == 200)
            ++m_tally.cancelled;
        return;
    }
    QStringList toPay{ written };
    const QStringList orals = oralsAtLevel(subjects, levelOf(subjects, written));
    if (!orals.isEmpty() && chance(0.45)) {
        const QString oral = orals.at(int(m_rng.bounded(int(orals.size()))));
        if (!book(oral, s.campus, true).isEmpty())
            toPay << oral;
    }
    for (const QString &subject : toPay)
        pay(email, password, m_token, subject, later);
}

void SimulatedCandidate::fileReview(const SimStudent &s)
{
    const QString ticket = s.cet4Ticket.isEmpty()
        ? QStringLiteral("1%1").arg(m_rng.bounded(100000000, 999999999)) // a made-up ticket: rule 3
        : s.cet4Ticket;
    const ApiResponse r
        = checked(m_client.sendRaw("POST", QStringLiteral("/candidate/cet6-review"),
                                   QJsonDocument(QJsonObject{ { QStringLiteral("name"), s.name },
                                                              { QStringLiteral("id_type"), QString::number(s.idType) },
                                                              { QStringLiteral("id_number"), s.idNumber },
                                                              { QStringLiteral("cet4_ticket"), ticket } })
                                       .toJson(QJsonDocument::Compact),
                                   m_token),
                  QStringLiteral("review"));
    const QString state = r.json.value(QStringLiteral("review")).toObject().value(QStringLiteral("state")).toString();
    if (state == QLatin1String("passed"))
        ++m_tally.reviewsPassed;
    else if (state == QLatin1String("pending")) {
        ++m_tally.reviewsPending;
        uploadProof();
    } else if (isRefusal(r, QStringLiteral("review.")))
        ++m_tally.reviewsRefused;
}

// A pending review waits for proof of the ID change: a phone photo of the police station's
// certificate, and for some a scanned PDF as well (the samples are the same for everyone; the
// server and the desk only care that they are real JPEG and PDF files).
void SimulatedCandidate::uploadProof()
{
    QStringList files { QStringLiteral(":/samples/police-certificate.jpg") };
    if (chance(0.35))
        files << QStringLiteral(":/samples/id-correction.pdf");
    for (const QString &name : files) {
        QFile f(name);
        if (!f.open(QIODevice::ReadOnly)) {
            m_tally.noteUnexpected(QStringLiteral("sample %1 missing").arg(name));
            continue;
        }
        const ApiResponse r = checked(
            m_client.sendRaw("POST", QStringLiteral("/candidate/cet6-review/evidence"), f.readAll(), m_token),
            QStringLiteral("evidence"));
        if (r.status == 201 || r.status == 200)
            ++m_tally.evidenceUploaded;
    }
}

QString SimulatedCandidate::book(const QString &subject, const QString &campus, bool readCapacityFirst)
{
    // Where the subject still shows seats, by the public capacity the candidate reads.
    QStringList withSeats;
    bool ownShowsNone = false;
    if (readCapacityFirst) {
        const ApiResponse cap = checked(m_client.publicCapacity(m_world.session, m_world.school),
                                        QStringLiteral("capacity"));
        for (const auto &c : cap.json.value(QStringLiteral("campuses")).toArray()) {
            const QJsonObject campusView = c.toObject();
            for (const auto &v : campusView.value(QStringLiteral("subjects")).toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("subject")).toString() != subject)
                    continue;
                const QString code = campusView.value(QStringLiteral("code")).toString();
                if (o.value(QStringLiteral("remaining")).toInt() > 0)
                    withSeats << code;
                else if (code == campus)
                    ownShowsNone = true;
            }
        }
        if (ownShowsNone)
            ++m_tally.sawNoSeats;
    }
    QStringList tries;
    if (!ownShowsNone)
        tries << campus;
    for (const QString &c : std::as_const(withSeats)) {
        if (c != campus)
            tries << c;
    }
    for (const QString &c : std::as_const(tries)) {
        const ApiResponse r = checked(m_client.bookSubject(m_token, subject, c), QStringLiteral("book"));
        if (r.status == 201) {
            ++m_tally.booked;
            return c;
        }
        if (r.errorCode() == QLatin1String("subjects.full"))
            ++m_tally.refusedFull;
        else
            break; // a rule refused it (not qualified, not offered, …): another campus will not help
    }
    return {};
}

void SimulatedCandidate::pay(const QString &login, const QString &password, const QString &token,
                             const QString &subject, QList<FollowUp> &later)
{
    const double when = m_rng.generateDouble();
    if (when >= 0.82) {
        ++m_tally.leftUnpaid;
        return;
    }
    if (when >= 0.70) {
        later.append(FollowUp{ FollowUp::Kind::Pay, login, password, subject });
        return;
    }
    const double bank = m_rng.generateDouble();
    const QString outcome = bank < 0.85 ? QStringLiteral("success")
        : bank < 0.92                   ? QStringLiteral("failure")
                                        : QStringLiteral("lost");
    ApiResponse r = checked(m_client.paySubject(token, subject, outcome), QStringLiteral("pay"));
    if (outcome == QLatin1String("failure") && r.status != 200) {
        ++m_tally.paymentsFailed;
        r = checked(m_client.paySubject(token, subject, QStringLiteral("success")), QStringLiteral("pay"));
    }
    if (outcome == QLatin1String("lost") && r.status != 200) {
        ++m_tally.answersLost;
        later.append(FollowUp{ FollowUp::Kind::Refresh, login, password, subject });
        return;
    }
    if (r.status == 200)
        ++m_tally.paid;
}

void SimulatedCandidate::followUp(const QList<FollowUp> &visit)
{
    if (visit.isEmpty())
        return;
    const FollowUp &first = visit.first();
    QString password = first.password;
    // One in five coming back to pay has forgotten the password since (decided by the login, so
    // that the same candidate forgets in every run of a seed).
    const bool pays = std::any_of(visit.begin(), visit.end(), [](const FollowUp &f) { return f.kind == FollowUp::Kind::Pay; });
    if (pays && m_world.readMail && qHash(first.login, 7) % 5 == 0) {
        password = resetPassword(first.login);
        if (password.isEmpty())
            return;
    }
    m_token = signIn(first.login, password);
    if (m_token.isEmpty())
        return;
    for (const FollowUp &f : visit) {
        if (f.kind == FollowUp::Kind::Refresh) {
            // 更新: settles the payment whose answer was lost, without a second charge.
            const ApiResponse r = checked(m_client.refreshPayments(m_token), QStringLiteral("refresh"));
            for (const auto &v : r.json.value(QStringLiteral("settled")).toArray()) {
                if (v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("succeeded"))
                    ++m_tally.paid;
            }
            continue;
        }
        const ApiResponse r = checked(m_client.paySubject(m_token, f.subject, QStringLiteral("success")),
                                      QStringLiteral("pay"));
        if (r.status == 200)
            ++m_tally.paid;
    }
}

QString SimulatedCandidate::resetPassword(const QString &login)
{
    const ApiResponse asked = checked(
        m_client.sendRaw("POST", QStringLiteral("/passport/password-reset"),
                         QJsonDocument(QJsonObject{ { QStringLiteral("email"), login } }).toJson(QJsonDocument::Compact)),
        QStringLiteral("reset"));
    if (asked.status == 429) {
        // Told to wait: every simulated candidate comes from 127.0.0.1, so the per-address limit
        // on reset requests is reached as behind one big NAT. The candidate gives up for now.
        ++m_tally.resetsHeldBack;
        return {};
    }
    if (asked.status != 202) {
        m_tally.noteUnexpected(QStringLiteral("reset: %1").arg(asked.describe().left(200)));
        return {};
    }
    const auto link = QRegularExpression(QStringLiteral("token=([A-Za-z0-9_-]+)")).match(m_world.readMail(login));
    if (!link.hasMatch()) {
        m_tally.noteUnexpected(QStringLiteral("reset: no link in the mailbox of %1").arg(login));
        return {};
    }
    const QString fresh = QStringLiteral("New-pass-%1").arg(m_rng.bounded(100000, 999999));
    const ApiResponse set = checked(
        m_client.sendRaw("POST", QStringLiteral("/passport/password-reset/confirm"),
                         QJsonDocument(QJsonObject{ { QStringLiteral("token"), link.captured(1) },
                                                    { QStringLiteral("new_password"), fresh } })
                             .toJson(QJsonDocument::Compact)),
        QStringLiteral("reset"));
    if (set.status != 200) {
        m_tally.noteUnexpected(QStringLiteral("reset confirm: %1").arg(set.describe().left(200)));
        return {};
    }
    ++m_tally.passwordsReset;
    return fresh;
}

} // namespace cet::central::sim
