#include "Schema.h"

#include <iterator>

namespace cet::central::schema {

namespace {

// Version 1: schools, staff, sessions, students, recorded results, audit. Times are UTC milliseconds since the epoch (BIGINT),
// booleans INTEGER 0/1, JSON as TEXT, so that both dialects share the statements.
// "%ID%" becomes the dialect's auto-increment primary key.
// students.school_code has no foreign key (the hot table of bulk pushes): every write to it runs
// under the school's sync_scope row lock, and that row exists only for a real school.
const char *const kV1[] = {
    "CREATE TABLE schools (code TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE campuses (school_code TEXT NOT NULL REFERENCES schools(code), code TEXT NOT NULL, "
    "name TEXT NOT NULL, PRIMARY KEY (school_code, code))",
    "CREATE TABLE exam_sessions (id %ID%, name TEXT NOT NULL, opens_at BIGINT NOT NULL, seals_at BIGINT NOT NULL)",
    "CREATE TABLE staff_users (id %ID%, name TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
    "role TEXT NOT NULL, school_code TEXT NULL REFERENCES schools(code), password_hash TEXT NOT NULL, "
    "failed_count INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NULL, next_try_at BIGINT NULL, "
    "created_at BIGINT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE staff_sessions (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES staff_users(id), "
    "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, last_used_at BIGINT NOT NULL, revoked_at BIGINT NULL, "
    "client TEXT NOT NULL, peer TEXT NOT NULL)",
    "CREATE INDEX staff_sessions_user ON staff_sessions (user_id)",
    "CREATE TABLE sync_scope (school_code TEXT PRIMARY KEY REFERENCES schools(code), "
    "last_seq BIGINT NOT NULL DEFAULT 0, epoch TEXT NOT NULL)",
    "CREATE TABLE students (id %ID%, school_code TEXT NOT NULL, "
    "id_type INTEGER NOT NULL, id_number TEXT NOT NULL, name TEXT NOT NULL, gender INTEGER NOT NULL, "
    "campus_code TEXT NOT NULL, education INTEGER NOT NULL, program_years INTEGER NOT NULL, "
    "enrol_year INTEGER NOT NULL, grade TEXT NOT NULL, department TEXT NOT NULL, major TEXT NOT NULL, "
    "class_name TEXT NOT NULL, student_no TEXT NOT NULL, note TEXT NOT NULL, "
    "version BIGINT NOT NULL, seq BIGINT NOT NULL, deleted_at BIGINT NULL, changed_by TEXT NOT NULL, "
    "changed_at BIGINT NOT NULL, origin_op_id TEXT NULL, UNIQUE (school_code, id_number, id_type))",
    "CREATE INDEX students_school_seq ON students (school_code, seq)",
    "CREATE TABLE op_results (school_code TEXT NOT NULL, op_id TEXT NOT NULL, result_json TEXT NOT NULL, "
    "created_at BIGINT NOT NULL, PRIMARY KEY (school_code, op_id))",
    "CREATE TABLE audit_log (id %ID%, at BIGINT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, "
    "action TEXT NOT NULL, entity TEXT NOT NULL, entity_key TEXT NOT NULL, school_code TEXT NULL, "
    "before_json TEXT NULL, after_json TEXT NULL, reason TEXT NULL)",
    "CREATE INDEX audit_log_at ON audit_log (at)",
};

// Version 2: school notices, one per school (scope_code = the school's code) and one per campus
// (scope_code = the campus code); rows stay as tombstones (deleted_at) like students'.
const char *const kV2[] = {
    "CREATE TABLE notices (school_code TEXT NOT NULL REFERENCES schools(code), scope_code TEXT NOT NULL, "
    "title TEXT NOT NULL, body TEXT NOT NULL, shown_from TEXT NOT NULL, "
    "version BIGINT NOT NULL, seq BIGINT NOT NULL, deleted_at BIGINT NULL, changed_by TEXT NOT NULL, "
    "changed_at BIGINT NOT NULL, origin_op_id TEXT NULL, PRIMARY KEY (school_code, scope_code))",
    "CREATE INDEX notices_school_seq ON notices (school_code, seq)",
};

// Version 3: the candidate side. Passport accounts (通行证; email_key is the lower-cased email,
// so that uniqueness ignores case on both dialects), their sessions (token hashes only), the
// registration that binds one passport to one student record (partial unique indexes: one live
// registration per passport and per (id_type, id_number)), its subjects, what each campus offers
// (seats taken can never pass capacity: a CHECK, so that no code path can oversell), and the
// outbox of mail and text messages written in the transaction of the change that causes them.
// Money is in fen (1/100 yuan) so that no float touches it.
const char *const kV3[] = {
    "CREATE TABLE passports (passport_id TEXT PRIMARY KEY, email TEXT NOT NULL, email_key TEXT NOT NULL UNIQUE, "
    "mobile TEXT NULL UNIQUE, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE TABLE passport_sessions (token_hash TEXT PRIMARY KEY, "
    "passport_id TEXT NOT NULL REFERENCES passports(passport_id), created_at BIGINT NOT NULL, "
    "expires_at BIGINT NOT NULL, revoked_at BIGINT NULL)",
    "CREATE INDEX passport_sessions_passport ON passport_sessions (passport_id)",
    "CREATE INDEX students_identity ON students (id_number, id_type)",
    "CREATE TABLE registrations (id %ID%, passport_id TEXT NOT NULL REFERENCES passports(passport_id), "
    "school_code TEXT NOT NULL REFERENCES schools(code), campus_code TEXT NOT NULL, id_type INTEGER NOT NULL, "
    "id_number TEXT NOT NULL, name TEXT NOT NULL, saved_at BIGINT NOT NULL, deleted_at BIGINT NULL)",
    "CREATE UNIQUE INDEX registrations_live_passport ON registrations (passport_id) WHERE deleted_at IS NULL",
    "CREATE UNIQUE INDEX registrations_live_student ON registrations (id_type, id_number) WHERE deleted_at IS NULL",
    "CREATE INDEX registrations_school ON registrations (school_code)",
    "CREATE TABLE registration_subjects (id %ID%, registration_id BIGINT NOT NULL REFERENCES registrations(id), "
    "subject TEXT NOT NULL, school_code TEXT NOT NULL, campus_code TEXT NOT NULL, booked_at BIGINT NOT NULL, "
    "payment_state TEXT NOT NULL DEFAULT 'unpaid', method TEXT NOT NULL DEFAULT 'candidate', "
    "collective_lock INTEGER NOT NULL DEFAULT 0, deleted_at BIGINT NULL)",
    "CREATE UNIQUE INDEX registration_subjects_live ON registration_subjects (registration_id, subject) "
    "WHERE deleted_at IS NULL",
    "CREATE TABLE offers (school_code TEXT NOT NULL, campus_code TEXT NOT NULL, subject TEXT NOT NULL, "
    "offered INTEGER NOT NULL, capacity INTEGER NOT NULL, taken INTEGER NOT NULL DEFAULT 0, fee_fen BIGINT NOT NULL, "
    "window_start BIGINT NOT NULL, window_end BIGINT NOT NULL, exam_date TEXT NOT NULL, "
    "open_to_other_schools INTEGER NOT NULL DEFAULT 0, "
    "PRIMARY KEY (school_code, campus_code, subject), "
    "FOREIGN KEY (school_code, campus_code) REFERENCES campuses(school_code, code), "
    "CHECK (capacity >= 0 AND taken >= 0 AND taken <= capacity))",
    "CREATE TABLE message_outbox (id %ID%, kind TEXT NOT NULL, channel TEXT NOT NULL, to_address TEXT NOT NULL, "
    "subject TEXT NOT NULL, body TEXT NOT NULL, created_at BIGINT NOT NULL, sent_at BIGINT NULL)",
    "CREATE INDEX message_outbox_unsent ON message_outbox (created_at) WHERE sent_at IS NULL",
};

// Sign-in throttle and tamper-evident audit. login_throttle: one row per user name (known or
// not) and per client address, kind "name" | "address", counted in the sign-in's transaction.
// audit_log rows carry the SHA-256 of the previous row's hash and their own content (row_hash);
// audit_chain_head (one row) holds the last hash and is locked by every writer, which makes the
// writers of concurrent transactions take turns in the chain.
const char *const kSecurity[] = {
    "CREATE TABLE login_throttle (kind TEXT NOT NULL, key TEXT NOT NULL, failed_count INTEGER NOT NULL DEFAULT 0, "
    "next_try_at BIGINT NULL, locked_until BIGINT NULL, last_failure_at BIGINT NULL, PRIMARY KEY (kind, key))",
    "ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NULL",
    "ALTER TABLE audit_log ADD COLUMN row_hash TEXT NULL",
    "CREATE TABLE audit_chain_head (id INTEGER PRIMARY KEY, last_id BIGINT NOT NULL, last_hash TEXT NOT NULL)",
    "INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, '')",
};

// The audit log refuses changes: rows already written can not be updated or deleted (nor, on
// PostgreSQL, the table truncated), whatever statement the server or anyone with its role runs.
const char *const kSecuritySqlite[] = {
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
};
const char *const kSecurityPostgres[] = {
    "CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()",
};

// Image captchas: only a hash of the answer is kept (keyed by the captcha's id), and a row is
// deleted when it is answered, right or wrong, so every captcha is good for one try.
const char *const kCaptchas[] = {
    "CREATE TABLE captchas (id TEXT PRIMARY KEY, answer_hash TEXT NOT NULL, created_at BIGINT NOT NULL, "
    "expires_at BIGINT NOT NULL)",
    "CREATE INDEX captchas_expiry ON captchas (expires_at)",
};

// Mail delivery. `mail` is the demo mailbox: what a server without an SMTP relay "sent", for
// `cet-central mail list`. `message_deliveries` holds the failed attempts of a message_outbox row
// (one row per message that failed at least once): when to try again, or failed_at when the
// message can never be sent (a bad address); rows never sent are never deleted, so nothing is lost.
const char *const kMailbox[] = {
    "CREATE TABLE mail (id %ID%, to_address TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL, "
    "kind TEXT NOT NULL, stored_at BIGINT NOT NULL)",
    "CREATE TABLE message_deliveries (outbox_id BIGINT PRIMARY KEY, attempts INTEGER NOT NULL, "
    "next_attempt_at BIGINT NOT NULL, last_error TEXT NOT NULL, failed_at BIGINT NULL)",
};

// Subject bookings, payments and the timed rules. A payment row is written for every attempt
// before the bank is asked, so that an answer lost on the way back is settled from the bank's
// ledger (bank_charges: the simulated bank, keyed by the payment's reference) instead of by a
// second charge. exam_sessions.unbooked_hours is how long a registration without a subject lives
// (24 hours; some provinces use 12).
const char *const kBookingPayments[] = {
    "CREATE TABLE payments (id %ID%, reference TEXT NOT NULL UNIQUE, "
    "registration_subject_id BIGINT NOT NULL REFERENCES registration_subjects(id), "
    "passport_id TEXT NOT NULL, amount_fen BIGINT NOT NULL, state TEXT NOT NULL, "
    "created_at BIGINT NOT NULL, settled_at BIGINT NULL, CHECK (amount_fen >= 0))",
    "CREATE INDEX payments_subject ON payments (registration_subject_id)",
    "CREATE UNIQUE INDEX payments_one_pending ON payments (registration_subject_id) WHERE state = 'pending'",
    "CREATE TABLE bank_charges (reference TEXT PRIMARY KEY, amount_fen BIGINT NOT NULL, charged_at BIGINT NOT NULL)",
    "CREATE INDEX registration_subjects_unpaid ON registration_subjects (booked_at) "
    "WHERE deleted_at IS NULL AND payment_state = 'unpaid'",
    "CREATE INDEX registrations_live_saved ON registrations (saved_at) WHERE deleted_at IS NULL",
    "ALTER TABLE exam_sessions ADD COLUMN unbooked_hours INTEGER NOT NULL DEFAULT 24",
};

// CET4 score records and CET6 qualification reviews: the score office's records that rules 1-3
// read (keyed by ticket and ID number: the rules look records up by ticket, the key's prefix, and
// take every record of a ticket, since exports do hold a ticket twice for different people), the
// reviews candidates file (one per passport: passport_id is unique and a withdrawn review stays as
// a tombstone that a new submission revives, so the number of resubmissions survives a delete), and
// the evidence files of a review. cet6_reviews carries the sync columns of the other synced tables
// (school_code, version, seq, deleted_at, changed_by, changed_at, origin_op_id) so that desks can
// pull it as entity cet6_review. "%BLOB%" becomes the
// dialect's byte-string type; "%BYTES%" makes PostgreSQL compare the score key byte by byte (as
// SQLite does): the key is digits and letters, and a locale's collation made a million-row import
// spend most of its time comparing strings.
const char *const kCet6Reviews[] = {
    "CREATE TABLE cet4_scores (ticket TEXT %BYTES% NOT NULL, id_type INTEGER NOT NULL, "
    "id_number TEXT %BYTES% NOT NULL, name TEXT NOT NULL, exam_year INTEGER NOT NULL, "
    "exam_month INTEGER NOT NULL, total INTEGER NOT NULL, PRIMARY KEY (ticket, id_number))",
    "CREATE INDEX cet4_scores_id_number ON cet4_scores (id_number)",
    "CREATE TABLE cet6_reviews (id %ID%, passport_id TEXT NOT NULL UNIQUE, "
    "school_code TEXT NOT NULL REFERENCES schools(code), campus_code TEXT NOT NULL, "
    "student_id_type INTEGER NOT NULL, student_id_number TEXT NOT NULL, "
    "name TEXT NOT NULL, id_type INTEGER NOT NULL, id_number TEXT NOT NULL, cet4_ticket TEXT NOT NULL, "
    "state TEXT NOT NULL CHECK (state IN ('passed', 'pending', 'failed')), reason_code TEXT NOT NULL, "
    "reason TEXT NOT NULL, submitted_at BIGINT NOT NULL, decided_at BIGINT NULL, decided_by TEXT NULL, "
    "resubmissions INTEGER NOT NULL DEFAULT 0, evidence_count INTEGER NOT NULL DEFAULT 0, "
    "version BIGINT NOT NULL, seq BIGINT NOT NULL, deleted_at BIGINT NULL, changed_by TEXT NOT NULL, "
    "changed_at BIGINT NOT NULL, origin_op_id TEXT NULL)",
    "CREATE INDEX cet6_reviews_school_seq ON cet6_reviews (school_code, seq)",
    "CREATE INDEX cet6_reviews_student ON cet6_reviews (student_id_number, student_id_type)",
    "CREATE TABLE review_evidence (id %ID%, review_id BIGINT NOT NULL REFERENCES cet6_reviews(id), "
    "content_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, bytes %BLOB% NOT NULL, "
    "uploaded_at BIGINT NOT NULL, UNIQUE (review_id, sha256))",
};

// The coordinators' review desk: a teacher-filed review keeps the teacher's name and the score
// details the teacher typed (pre-2005 scores have no record in cet4_scores); a decision that meets
// another decision is kept as a dispute, never dropped; a resubmission keeps what it replaced.
const char *const kReviewDesk[] = {
    "ALTER TABLE cet6_reviews ADD COLUMN filed_by TEXT NULL",
    "ALTER TABLE cet6_reviews ADD COLUMN filed_exam_year INTEGER NULL",
    "ALTER TABLE cet6_reviews ADD COLUMN filed_exam_month INTEGER NULL",
    "ALTER TABLE cet6_reviews ADD COLUMN filed_total INTEGER NULL",
    "CREATE TABLE review_disputes (id %ID%, review_id BIGINT NOT NULL REFERENCES cet6_reviews(id), "
    "by_user TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT NOT NULL, at BIGINT NOT NULL, "
    "op_id TEXT NOT NULL)",
    "CREATE INDEX review_disputes_review ON review_disputes (review_id)",
    "CREATE TABLE review_history (id %ID%, review_id BIGINT NOT NULL REFERENCES cet6_reviews(id), "
    "state TEXT NOT NULL, reason TEXT NOT NULL, decided_by TEXT NULL, decided_at BIGINT NULL, "
    "submitted_at BIGINT NOT NULL)",
    "CREATE INDEX review_history_review ON review_history (review_id)",
};

// Campuses and offers as synced entities (campus, offer): the sync columns of the other synced
// tables, a campus's address and an offer's exam time. Rows written before (the demo's, an
// administrator's) count as version 1 at seq 0. An offer's seats taken stay server-owned: a
// capacity change is a conditional UPDATE (… AND taken <= capacity), like a booking's.
const char *const kCampusOffers[] = {
    "ALTER TABLE campuses ADD COLUMN address TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE campuses ADD COLUMN version BIGINT NOT NULL DEFAULT 1",
    "ALTER TABLE campuses ADD COLUMN seq BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE campuses ADD COLUMN deleted_at BIGINT NULL",
    "ALTER TABLE campuses ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE campuses ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE campuses ADD COLUMN origin_op_id TEXT NULL",
    "CREATE INDEX campuses_school_seq ON campuses (school_code, seq)",
    "ALTER TABLE offers ADD COLUMN exam_at BIGINT NULL",
    "ALTER TABLE offers ADD COLUMN version BIGINT NOT NULL DEFAULT 1",
    "ALTER TABLE offers ADD COLUMN seq BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE offers ADD COLUMN deleted_at BIGINT NULL",
    "ALTER TABLE offers ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE offers ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0",
    "ALTER TABLE offers ADD COLUMN origin_op_id TEXT NULL",
    "CREATE INDEX offers_school_seq ON offers (school_code, seq)",
    "CREATE INDEX registration_subjects_booked ON registration_subjects (school_code, booked_at)",
};

// Customer-service rebinding (the seeds' lost email, case 2b): an agent's request to move a
// candidate's registration from the passport they can no longer reach to a new one, decided by a
// supervisor (four eyes) and applied by the nightly batch. The partial unique index keeps one open
// request (submitted, approved or held) per candidate whatever the code does. checks is a JSON
// array of how the agent verified the caller. exam_sessions.rebind_at is when the batch applies
// the day's approvals: minutes after local (China) midnight, 1320 = 22:00; -1 means at once.
const char *const kRebinding[] = {
    "CREATE TABLE rebind_requests (id %ID%, state TEXT NOT NULL CHECK (state IN ('submitted', 'approved', "
    "'refused', 'withdrawn', 'held', 'applied', 'failed')), registration_id BIGINT NOT NULL REFERENCES "
    "registrations(id), school_code TEXT NOT NULL, id_type INTEGER NOT NULL, id_number TEXT NOT NULL, "
    "name TEXT NOT NULL, old_passport_id TEXT NOT NULL, new_passport_id TEXT NOT NULL, new_email TEXT NOT NULL, "
    "checks TEXT NOT NULL, notes TEXT NOT NULL, filed_by TEXT NOT NULL, filed_at BIGINT NOT NULL, "
    "decided_by TEXT NULL, decided_at BIGINT NULL, decision_note TEXT NULL, apply_at BIGINT NULL, "
    "applied_at BIGINT NULL, failure_code TEXT NULL, failure_reason TEXT NULL, updated_at BIGINT NOT NULL)",
    "CREATE UNIQUE INDEX rebind_requests_open ON rebind_requests (id_type, id_number) "
    "WHERE state IN ('submitted', 'approved', 'held')",
    "CREATE INDEX rebind_requests_due ON rebind_requests (apply_at) WHERE state = 'approved'",
    "CREATE INDEX rebind_requests_state ON rebind_requests (state, filed_at)",
    "CREATE INDEX rebind_requests_candidate ON rebind_requests (id_number, id_type)",
    "ALTER TABLE exam_sessions ADD COLUMN rebind_at INTEGER NOT NULL DEFAULT 1320 "
    "CHECK (rebind_at = -1 OR (rebind_at >= 0 AND rebind_at < 1440))",
};

// Password recovery (密码找回): a request by email gets a single-use link token, one by text
// message a 6-digit code; both are stored as hashes only, live 15 minutes, and a code dies after 5
// wrong tries. The latest live request of a mobile number is the one its code is checked against.
const char *const kPasswordResets[] = {
    "CREATE TABLE password_resets (id %ID%, passport_id TEXT NOT NULL REFERENCES passports(passport_id), "
    "channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')), secret_hash TEXT NOT NULL, mobile TEXT NULL, "
    "created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, tries INTEGER NOT NULL DEFAULT 0, used_at BIGINT NULL)",
    "CREATE INDEX password_resets_secret ON password_resets (secret_hash)",
    "CREATE INDEX password_resets_mobile ON password_resets (mobile, created_at)",
};

// What the school's desk shows of each student's registration (GET school/registrations): every
// change to a registration or to its subjects (binding, booking, cancelling, releasing, paying,
// deleting) stamps the registration's changed_at, so a desk asks only for what changed since its
// last fetch, through the (school_code, changed_at) index.
const char *const kRegistrationStates[] = {
    "ALTER TABLE registrations ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0",
    "UPDATE registrations SET changed_at = COALESCE(deleted_at, saved_at)",
    "CREATE INDEX registrations_school_changed ON registrations (school_code, changed_at)",
};

// The province's restriction list (限制报考名单): candidates barred, by ID document, from the
// subjects listed ("*": all of them). Read on every qualification look-up, booking and review.
const char *const kRestrictions[] = {
    "CREATE TABLE restrictions (id_type INTEGER NOT NULL, id_number TEXT NOT NULL, subjects TEXT NOT NULL, "
    "reason TEXT NOT NULL, added_by TEXT NOT NULL, added_at BIGINT NOT NULL, PRIMARY KEY (id_type, id_number))",
};

// Some provinces let a candidate book an oral test only once its written subject is paid (the
// seeds' flow books both and pays them together, so the rule is off unless the session says so).
const char *const kOralAfterPayment[] = {
    "ALTER TABLE exam_sessions ADD COLUMN oral_needs_written_paid INTEGER NOT NULL DEFAULT 0",
};

// When the seats of an offer last changed (a booking, a cancellation, a release, a payment), in
// the stamps of registrationsql::changeStamp(): a desk's sync reads the school's latest one and
// fetches the seats again only when it moved.
const char *const kSeatStamps[] = {
    "ALTER TABLE offers ADD COLUMN seats_changed_at BIGINT NOT NULL DEFAULT 0",
};

QStringList statements(const char *const *begin, const char *const *end, const QString &id)
{
    QStringList out;
    for (const char *const *s = begin; s != end; ++s)
        out.append(QString::fromLatin1(*s).replace(QLatin1String("%ID%"), id));
    return out;
}

} // namespace

QList<QStringList> migrations(DbUrl::Kind dialect)
{
    const QString id = dialect == DbUrl::Kind::Postgres
                           ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                           : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    QStringList security = statements(std::begin(kSecurity), std::end(kSecurity), id);
    if (dialect == DbUrl::Kind::Postgres)
        security += statements(std::begin(kSecurityPostgres), std::end(kSecurityPostgres), id);
    else
        security += statements(std::begin(kSecuritySqlite), std::end(kSecuritySqlite), id);
    const QString blob = dialect == DbUrl::Kind::Postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    QStringList cet6Reviews = statements(std::begin(kCet6Reviews), std::end(kCet6Reviews), id);
    cet6Reviews.replaceInStrings(QStringLiteral("%BLOB%"), blob);
    cet6Reviews.replaceInStrings(QStringLiteral(" %BYTES%"),
                                 dialect == DbUrl::Kind::Postgres ? QStringLiteral(" COLLATE \"C\"") : QString());
    return { statements(std::begin(kV1), std::end(kV1), id), statements(std::begin(kV2), std::end(kV2), id),
             statements(std::begin(kV3), std::end(kV3), id), security,
             statements(std::begin(kCaptchas), std::end(kCaptchas), id),
             statements(std::begin(kMailbox), std::end(kMailbox), id),
             statements(std::begin(kBookingPayments), std::end(kBookingPayments), id), cet6Reviews,
             statements(std::begin(kReviewDesk), std::end(kReviewDesk), id),
             statements(std::begin(kCampusOffers), std::end(kCampusOffers), id),
             statements(std::begin(kRebinding), std::end(kRebinding), id),
             statements(std::begin(kPasswordResets), std::end(kPasswordResets), id),
             statements(std::begin(kRegistrationStates), std::end(kRegistrationStates), id),
             statements(std::begin(kRestrictions), std::end(kRestrictions), id),
             statements(std::begin(kOralAfterPayment), std::end(kOralAfterPayment), id),
             statements(std::begin(kSeatStamps), std::end(kSeatStamps), id) };
}

} // namespace cet::central::schema
