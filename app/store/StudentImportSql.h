#pragma once

// SQL shared by the import commit and its undo (internal to cetdesk_store).
namespace cet::importsql {

// The before-image of a students row as import_batch_rows.before_json stores it: every column
// but id, so that undo puts the row back exactly.
inline constexpr const char *kImageJson =
    "json_object('name', name, 'gender', gender, 'id_type', id_type, 'id_number', id_number,"
    " 'school_code', school_code, 'campus_code', campus_code, 'education', education,"
    " 'program_years', program_years, 'enrol_year', enrol_year, 'grade', grade, 'department', department,"
    " 'major', major, 'class_name', class_name, 'student_no', student_no, 'note', note,"
    " 'row_version', row_version, 'server_version', server_version, 'import_batch_id', import_batch_id,"
    " 'created_at', created_at, 'updated_at', updated_at, 'deleted_at', deleted_at,"
    " 'content_hash', content_hash)";

// Undo's assignments from a before-image `r.before_json`. The identity (id_type, id_number)
// and created_at never change through an import, so they are not written (nor their indexes).
inline constexpr const char *kRestoreSet =
    "name = r.j ->> '$.name', gender = r.j ->> '$.gender', school_code = r.j ->> '$.school_code',"
    " campus_code = r.j ->> '$.campus_code', education = r.j ->> '$.education',"
    " program_years = r.j ->> '$.program_years', enrol_year = r.j ->> '$.enrol_year',"
    " grade = r.j ->> '$.grade', department = r.j ->> '$.department', major = r.j ->> '$.major',"
    " class_name = r.j ->> '$.class_name', student_no = r.j ->> '$.student_no', note = r.j ->> '$.note',"
    " row_version = r.j ->> '$.row_version', server_version = r.j ->> '$.server_version',"
    " import_batch_id = r.j ->> '$.import_batch_id', updated_at = r.j ->> '$.updated_at',"
    " deleted_at = r.j ->> '$.deleted_at', content_hash = r.j ->> '$.content_hash'";

} // namespace cet::importsql
