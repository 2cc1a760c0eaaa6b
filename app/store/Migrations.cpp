#include "Migrations.h"

#include "StoreSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cet {

namespace {

struct Migration
{
    int version;
    std::initializer_list<const char *> statements;
};

// The schema, as data: migration N takes a database at version N-1 to version N. To change the
// schema, append one entry; never edit an entry that has shipped.
//
// Index notes (see StudentRepository.cpp for the queries that use them):
//  - every index the Students page reads is partial (live rows only), so counts are covering
//    index scans and deleted rows cost nothing;
//  - the four filter indexes each lead with one filter column and carry the other three, so a
//    count with any combination of filters is a covering range scan over the leading column,
//    and a sort by a filter column is served in index order (ties broken by the others, then id);
//  - name/id_number/student_no serve prefix searches as range scans and sorts by those columns.
const Migration kMigrations[] = {
    { 1,
      {
          R"(CREATE TABLE import_batches (
                id INTEGER PRIMARY KEY,
                actor TEXT NOT NULL DEFAULT '',
                file_name TEXT NOT NULL DEFAULT '',
                file_sha256 TEXT NOT NULL DEFAULT '',
                started_at TEXT NOT NULL,
                finished_at TEXT,
                rows_read INTEGER NOT NULL DEFAULT 0,
                rows_inserted INTEGER NOT NULL DEFAULT 0,
                rows_updated INTEGER NOT NULL DEFAULT 0,
                rows_rejected INTEGER NOT NULL DEFAULT 0))",
          R"(CREATE TABLE students (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL COLLATE NOCASE,
                gender INTEGER NOT NULL DEFAULT 0,
                id_type INTEGER NOT NULL,
                id_number TEXT NOT NULL,
                school_code TEXT NOT NULL DEFAULT '',
                campus_code TEXT NOT NULL DEFAULT '',
                education INTEGER NOT NULL DEFAULT 0,
                program_years INTEGER NOT NULL DEFAULT 0,
                enrol_year INTEGER NOT NULL DEFAULT 0,
                grade TEXT NOT NULL DEFAULT '',
                department TEXT NOT NULL DEFAULT '',
                major TEXT NOT NULL DEFAULT '',
                class_name TEXT NOT NULL DEFAULT '',
                student_no TEXT NOT NULL DEFAULT '',
                note TEXT NOT NULL DEFAULT '',
                row_version INTEGER NOT NULL DEFAULT 1,
                server_version INTEGER NOT NULL DEFAULT 0,
                import_batch_id INTEGER REFERENCES import_batches(id),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                deleted_at TEXT,
                UNIQUE (id_number, id_type)))",
          // deleted_at (always NULL in these partial indexes) is a key column so that SQLite
          // counts them as covering: without it every match costs a table lookup.
          "CREATE INDEX students_name ON students(name, deleted_at) WHERE deleted_at IS NULL",
          "CREATE INDEX students_id_number ON students(id_number, deleted_at) WHERE deleted_at IS NULL",
          "CREATE INDEX students_student_no ON students(student_no, id_number, deleted_at) WHERE deleted_at IS NULL",
          "CREATE INDEX students_campus ON students(campus_code, department, grade, education, deleted_at)"
          " WHERE deleted_at IS NULL",
          "CREATE INDEX students_department ON students(department, grade, education, campus_code, deleted_at)"
          " WHERE deleted_at IS NULL",
          "CREATE INDEX students_grade ON students(grade, education, campus_code, department, deleted_at)"
          " WHERE deleted_at IS NULL",
          "CREATE INDEX students_education ON students(education, campus_code, department, grade, deleted_at)"
          " WHERE deleted_at IS NULL",
          "CREATE INDEX students_import_batch ON students(import_batch_id) WHERE import_batch_id IS NOT NULL",
      } },
    { 2,
      {
          R"(CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY,
                op_id TEXT NOT NULL UNIQUE,
                entity TEXT NOT NULL,
                entity_key TEXT NOT NULL,
                base_version INTEGER NOT NULL DEFAULT 0,
                changes TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'queued',
                created_at TEXT NOT NULL,
                sent_at TEXT,
                result TEXT))",
          "CREATE INDEX outbox_state ON outbox(state, seq)",
          "CREATE INDEX outbox_entity ON outbox(entity, entity_key, seq)",
          R"(CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_key TEXT NOT NULL DEFAULT '',
                before_json TEXT,
                after_json TEXT))",
          "CREATE INDEX audit_log_entity ON audit_log(entity, entity_key, id)",
      } },
    // Import undo, stale-plan detection and photos.
    //  - students.content_hash: studentContentHash of the row (as a signed 64-bit integer), so an
    //    import plan compares a file row with the database without reading every column. NULL
    //    means "compute it" (rows written before v3, or by a writer that did not set it: the
    //    trigger clears a hash that an UPDATE of student data left as it was).
    //  - students_state.changes grows with every write to students (triggers); an import plan
    //    remembers it and the commit refuses when it moved. The bulk paths drop these triggers
    //    inside their transaction and bump the counter once.
    //  - import_batch_rows: per batch, the before-image of each row it updated, soft-deleted or
    //    brought back (resurrected), with the row_version it left. Rows a batch inserted are not
    //    listed: they are the students whose import_batch_id is the batch (the creating batch).
    { 3,
      {
          "ALTER TABLE students ADD COLUMN content_hash INTEGER",
          "ALTER TABLE import_batches ADD COLUMN rows_unchanged INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE import_batches ADD COLUMN rows_deleted INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE import_batches ADD COLUMN undone_at TEXT",
          "ALTER TABLE import_batches ADD COLUMN undone_by TEXT",
          R"(CREATE TABLE import_batch_rows (
                batch_id INTEGER NOT NULL REFERENCES import_batches(id),
                student_id INTEGER NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('update', 'delete', 'resurrect')),
                before_json TEXT NOT NULL,
                after_row_version INTEGER NOT NULL,
                PRIMARY KEY (batch_id, student_id)) WITHOUT ROWID)",
          R"(CREATE TABLE students_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                changes INTEGER NOT NULL))",
          "INSERT INTO students_state (id, changes) VALUES (1, 0)",
          "CREATE TRIGGER students_state_insert AFTER INSERT ON students"
          " BEGIN UPDATE students_state SET changes = changes + 1; END",
          "CREATE TRIGGER students_state_update AFTER UPDATE ON students"
          " BEGIN UPDATE students_state SET changes = changes + 1; END",
          "CREATE TRIGGER students_state_delete AFTER DELETE ON students"
          " BEGIN UPDATE students_state SET changes = changes + 1; END",
          "CREATE TRIGGER students_content_hash AFTER UPDATE OF name, gender, id_type, id_number, school_code,"
          " campus_code, education, program_years, enrol_year, grade, department, major, class_name, student_no,"
          " note ON students WHEN NEW.content_hash IS OLD.content_hash AND NEW.content_hash IS NOT NULL"
          " BEGIN UPDATE students SET content_hash = NULL WHERE id = NEW.id; END",
          R"(CREATE TABLE student_photos (
                student_id INTEGER PRIMARY KEY REFERENCES students(id) ON DELETE CASCADE,
                jpeg BLOB NOT NULL,
                sha256 TEXT NOT NULL,
                width INTEGER NOT NULL,
                height INTEGER NOT NULL,
                bytes INTEGER NOT NULL,
                source_name TEXT NOT NULL DEFAULT '',
                updated_at TEXT NOT NULL))",
      } },
    // Sync with cet-central (see app/store/SyncStore.h).
    //  - sync_state: the one server this desktop syncs with, the signed-in user, the server's
    //    epoch and the pull cursor (saved in the same transaction as the page it follows);
    //  - student_base: the last server copy of each synced record (the merge base);
    //  - sync_conflicts: fields two desktops changed differently, until the user picks;
    //  - sync_log: what the sync engine did, for the Sync page;
    //  - sync_import_keys: the records an import batch sent (so that its undo can delete them);
    //  - outbox: retry bookkeeping. States queued → sent → acked | conflict | rejected;
    //    failed = transient (retried); expanded = an import batch entry replaced by its ops.
    { 4,
      {
          R"(CREATE TABLE sync_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                server_url TEXT NOT NULL DEFAULT '',
                user_name TEXT NOT NULL DEFAULT '',
                display_name TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL DEFAULT '',
                school_code TEXT NOT NULL DEFAULT '',
                epoch TEXT NOT NULL DEFAULT '',
                cursor INTEGER NOT NULL DEFAULT 0,
                last_sync_at TEXT,
                last_error TEXT))",
          "INSERT INTO sync_state (id) VALUES (1)",
          // Keyed by entity key (not the local row id): an undone import removes its rows, and
          // their deletes still need the base version.
          R"(CREATE TABLE student_base (
                entity_key TEXT PRIMARY KEY,
                server_version INTEGER NOT NULL,
                data_json TEXT NOT NULL) WITHOUT ROWID)",
          R"(CREATE TABLE sync_conflicts (
                id INTEGER PRIMARY KEY,
                entity TEXT NOT NULL,
                entity_key TEXT NOT NULL,
                field TEXT NOT NULL,
                mine_json TEXT,
                base_json TEXT,
                theirs_json TEXT,
                changed_by TEXT NOT NULL DEFAULT '',
                changed_at TEXT,
                op_id TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                resolved_at TEXT,
                resolution TEXT))",
          "CREATE INDEX sync_conflicts_open ON sync_conflicts(entity, entity_key) WHERE resolved_at IS NULL",
          R"(CREATE TABLE sync_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                level TEXT NOT NULL,
                message TEXT NOT NULL))",
          R"(CREATE TABLE sync_import_keys (
                batch_id INTEGER NOT NULL,
                entity_key TEXT NOT NULL,
                PRIMARY KEY (batch_id, entity_key)) WITHOUT ROWID)",
          "ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE outbox ADD COLUMN last_error TEXT",
          "ALTER TABLE outbox ADD COLUMN next_try_at TEXT",
          "ALTER TABLE outbox ADD COLUMN acked_at TEXT",
          "ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'upsert'",
      } },
    // sync_state.client_id: a random id of this database, part of the op ids it makes (import
    // ops are otherwise alike on two desktops that import the same file as the same batch).
    { 5,
      {
          "ALTER TABLE sync_state ADD COLUMN client_id TEXT NOT NULL DEFAULT ''",
          "UPDATE sync_state SET client_id = lower(hex(randomblob(8))) WHERE id = 1",
      } },
    // School notices (学校通告), and the base copies of synced entities other than students.
    //  - notices: one per school or campus code, as this desktop shows it; server_version 0
    //    until the server has it;
    //  - sync_base: the last server copy of each record (data_json {} for a tombstone), the
    //    merge base of whole-object entities (see NoticeSyncHandler).
    { 6,
      {
          R"(CREATE TABLE notices (
                code TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                body TEXT NOT NULL DEFAULT '',
                shown_from TEXT NOT NULL,
                server_version INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL) WITHOUT ROWID)",
          R"(CREATE TABLE sync_base (
                entity TEXT NOT NULL,
                entity_key TEXT NOT NULL,
                server_version INTEGER NOT NULL,
                data_json TEXT NOT NULL,
                PRIMARY KEY (entity, entity_key)) WITHOUT ROWID)",
      } },
    // CET6 qualification reviews (CET6资格复核) of the school, as pulled (record_json is the
    // server's record; the other columns are what the queue filters and sorts by), and the
    // decision this desktop made and has not had answered yet (local_*: its op waits in the
    // outbox; local_error: why the server refused or disputed the last one). submitted_at and
    // decided_at are milliseconds since the epoch: the queue reads tens of thousands of them.
    //  - record_json comes last and the table has rowids: a record spills into overflow pages,
    //    which the queue (every column but that one) then never reads;
    //  - cet6_reviews_queue serves the queue's order: pending first, then oldest first;
    //  - cet6_reviews_student finds a candidate's other reviews as the case view opens.
    { 7,
      {
          R"(CREATE TABLE cet6_reviews (
                review_key TEXT PRIMARY KEY,
                server_version INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL,
                queue_rank INTEGER NOT NULL,
                campus_code TEXT NOT NULL DEFAULT '',
                name TEXT NOT NULL DEFAULT '',
                id_type INTEGER NOT NULL DEFAULT 0,
                id_number TEXT NOT NULL DEFAULT '',
                typed_id_number TEXT NOT NULL DEFAULT '',
                ticket TEXT NOT NULL DEFAULT '',
                submitted_at INTEGER NOT NULL DEFAULT 0,
                decided_at INTEGER,
                decided_by TEXT,
                filed_by TEXT,
                resubmissions INTEGER NOT NULL DEFAULT 0,
                disputes INTEGER NOT NULL DEFAULT 0,
                local_decision TEXT,
                local_reason TEXT,
                local_decided_at TEXT,
                local_error TEXT,
                record_json TEXT NOT NULL))",
          "CREATE INDEX cet6_reviews_queue ON cet6_reviews(queue_rank, submitted_at, review_key)",
          "CREATE INDEX cet6_reviews_student ON cet6_reviews(id_number, id_type)",
      } },
    // Campuses of the school and what each offers per subject, as this desktop shows them
    // (server_version 0 until the server has them). Seats taken and paid are the server's and
    // are read from the record's base copy in sync_base, never stored here: no local edit can
    // overwrite them. Times are UTC wire text; the fee is in fen (1/100 yuan).
    { 8,
      {
          R"(CREATE TABLE campuses (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                server_version INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL) WITHOUT ROWID)",
          R"(CREATE TABLE offers (
                campus_code TEXT NOT NULL,
                subject TEXT NOT NULL,
                offered INTEGER NOT NULL DEFAULT 1,
                capacity INTEGER NOT NULL DEFAULT 0,
                fee_fen INTEGER NOT NULL DEFAULT 0,
                window_start TEXT NOT NULL DEFAULT '',
                window_end TEXT NOT NULL DEFAULT '',
                exam_at TEXT NOT NULL DEFAULT '',
                open_to_other_schools INTEGER NOT NULL DEFAULT 0,
                server_version INTEGER NOT NULL DEFAULT 0,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (campus_code, subject)) WITHOUT ROWID)",
      } },
    // The school's seats as the server last counted them (GET school/capacity after each sync):
    // bookings change them without changing the offers, so the offers' records do not bring
    // them. offer_usage replaces the base copy's taken and paid; offer_booking_hours holds the
    // bookings per hour of the last 14 days for the chart of seats filling. Both are replaced
    // whole on each fetch; offer_usage_state says when.
    { 9,
      {
          R"(CREATE TABLE offer_usage (
                campus_code TEXT NOT NULL,
                subject TEXT NOT NULL,
                capacity INTEGER NOT NULL,
                taken INTEGER NOT NULL,
                paid INTEGER NOT NULL,
                PRIMARY KEY (campus_code, subject)) WITHOUT ROWID)",
          R"(CREATE TABLE offer_booking_hours (
                campus_code TEXT NOT NULL,
                subject TEXT NOT NULL,
                hour TEXT NOT NULL,
                booked INTEGER NOT NULL,
                PRIMARY KEY (campus_code, subject, hour)) WITHOUT ROWID)",
          R"(CREATE TABLE offer_usage_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                fetched_at TEXT NOT NULL))",
      } },
    // Evidence files added on this desktop (the scan of a paper proof for a review the school
    // files) that the next sync uploads: the bytes wait in the evidence cache under their SHA-256;
    // a filing not yet sent names its stand-in key ("t-…"), renamed when the server answers.
    { 10,
      {
          R"(CREATE TABLE review_uploads (
                review_key TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                added_at TEXT NOT NULL,
                PRIMARY KEY (review_key, sha256)) WITHOUT ROWID)",
      } },
    // How far each student of the roster has got on the candidate site (GET school/registrations
    // after each sync): one row per registered student, none for an unregistered one. state is
    // RegistrationState (1 bound, 2 booked, 3 paid); subjects a JSON array of the booked subjects.
    // registration_fetch holds the server's cursor for the next fetch, for the school it was
    // fetched for.
    { 11,
      {
          R"(CREATE TABLE registration_states (
                id_number TEXT NOT NULL,
                id_type INTEGER NOT NULL,
                state INTEGER NOT NULL,
                saved_at TEXT NOT NULL DEFAULT '',
                subjects TEXT NOT NULL DEFAULT '[]',
                PRIMARY KEY (id_number, id_type)) WITHOUT ROWID)",
          "CREATE INDEX registration_states_state ON registration_states (state)",
          R"(CREATE TABLE registration_fetch (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                school TEXT NOT NULL,
                cursor TEXT NOT NULL,
                fetched_at TEXT NOT NULL))",
      } },
};

} // namespace

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

Result<void> Migrations::migrate(QSqlDatabase db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = sql::userVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion()) {
        return Error{ QStringLiteral("store.too_new"),
                      QCoreApplication::translate("cet::Migrations",
                                                  "The database was written by a newer version of CET Desk "
                                                  "(schema %1, this version knows up to %2). Please update CET Desk.")
                          .arg(current.value())
                          .arg(latestVersion()),
                      db.databaseName() };
    }
    for (const Migration &m : kMigrations) {
        if (m.version <= current.value() || m.version > target)
            continue;
        sql::Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return r.error();
        // Another process may have migrated while we waited for the write lock.
        auto now = sql::userVersion(db);
        if (!now)
            return now.error();
        if (now.value() >= m.version)
            continue;
        QSqlQuery q(db);
        for (const char *statement : m.statements) {
            if (!q.exec(QString::fromUtf8(statement)))
                return sql::error(QStringLiteral("store.migration_failed"), q.lastError(),
                                  QStringLiteral("v%1: ").arg(m.version));
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return sql::error(QStringLiteral("store.migration_failed"), q.lastError());
        q.finish();
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return {};
}

} // namespace cet
