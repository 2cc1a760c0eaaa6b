#pragma once

#include "CliContext.h"

#include <QString>
#include <QStringList>

namespace cet {

// The options of `cetdesk-cli import`, as given on the command line.
struct ImportCommandOptions
{
    QString file;
    QString sheet;       // --sheet: 1-based number or sheet name; empty = the sheet that looks most like a roster
    QString encoding;    // --encoding: UTF-8, GBK, GB18030, UTF-16LE, …; empty = detect
    QString separator;   // --separator: "," ";" "|" "tab"; empty = detect
    QStringList map;     // --map FIELD=COLUMN, in the order given (ImportMapping::parseChoice)
    bool dryRun = false;
    bool allOrNothing = false;
    bool deleteMissing = false;
    bool json = false;
    QString reportPath;   // --report OUT.xlsx
    QString rejectedPath; // --rejected OUT.xlsx|OUT.csv
    QString actor;
};

// cetdesk-cli import FILE: the same use case as the import wizard (StudentImport::preview →
// analyse → commit). CSV/TSV in any encoding and XLSX; header row and columns detected. The
// mapping the wizard or an earlier import remembered for the same headers wins over the guess,
// and every --map FIELD=COLUMN wins over both; a successful import remembers the mapping it
// used (ImportMapping). A bad --map value is exit code 1 (import.map_syntax,
// import.map_unknown_field, import.map_unknown_column, import.map_field_twice). Exit codes (CliContext.h): 0 every row imported
// (or a dry run without rejected rows), 2 some rows rejected (with --all-or-nothing nothing is
// written), 3 the file can not be read or is not a student file (a required column is missing),
// 4 a database or output file error, 1 a wrong option value, 5 cancelled with Ctrl+C.
//
// Without --json a short summary goes to stdout (counts, the rule groups with their counts and
// first lines) and errors to stderr. With --json stdout gets ONE JSON object (one line):
//   {
//     "file": "roster.csv",              the path as given
//     "sha256": "…",                      of the file as read
//     "format": {"kind": "delimited"|"xlsx",
//                "encoding": "UTF-8"|"GB18030"|"UTF-16LE"|"UTF-16BE"|null,   (null for xlsx)
//                "separator": ","|";"|"\t"|"|"|null,                          (null for xlsx)
//                "sheet": "名单"|null, "sheet_number": 2|null},                (1-based; null for text)
//     "header_line": 1,
//     "mapping": {"name": {"column": 1, "header": "姓名"}, …},   field key → 1-based column
//     "profile": {"file": "roster.csv", "saved_at": "2026-12-05T08:00:00Z"}|null,   the remembered
//                mapping that was applied (the file whose import saved it)
//     "map": [{"field": "program_years", "column": 7, "header": "Years"}],   the --map choices
//     "ignored_columns": [{"column": 16, "header": "联系电话"}],
//     "counts": {"read", "inserted", "updated", "unchanged", "rejected", "missing", "deleted", "skipped"},
//     "dry_run": false,
//     "committed": true,                  false for a dry run and when nothing was written
//     "batch_id": 12|null,
//     "groups": [{"code", "severity": "error"|"warning", "title", "suggestion", "count", "lines": [..]}],
//     "normalisations": {"full_width": 3, "spaces": 1, "lower_case_x": 0, "number_as_text": 0,
//                        "gender_from_id": 5, "id_type_defaulted": 5},
//     "rejected": [{"line": 7, "codes": ["id.type_not_accepted"], "reasons": ["…"], "cells": ["…", …]}],
//     "error": {"code", "message"}        only when the import failed (exit code 2 with --all-or-nothing, 3, 4, 5)
//   }
// "counts": read = data rows (blank, totals and note rows are "skipped"); inserted / updated /
// deleted are what was written (for a dry run: what would be written); unchanged = rows equal to
// the database; missing = live records not in the file (deleted only with --delete-missing).
// When the file can not be read at all, the object has only "file" and "error".
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(cet::ImportCommand)
public:
    static int run(const CliContext &context, const ImportCommandOptions &options);
};

} // namespace cet
