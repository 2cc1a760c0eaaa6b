#pragma once

// The score office's CSV of past CET4 written results, as `cet-central import-scores` reads it:
// UTF-8 (a BOM is allowed), comma-separated with RFC 4180 quoting, a header row naming the
// columns (English or Chinese names, any order): ticket/准考证号, id_type/证件类型 (optional: the
// score office's older exports do not have it), id_number/证件号码, name/姓名, year/考试年份 and
// month/考试月份 or one exam year-month column 考试年月 ("2019-06", "201906"), total/总分.
// Every row is checked before anything is stored, so that a file with one bad row imports nothing.

#include "Cet4ScoreSql.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cet::central::review {

class Cet4ScoreFile
{
    Q_DECLARE_TR_FUNCTIONS(cet::central::Cet4ScoreFile)
public:
    struct Problem
    {
        qint64 line = 0; // 1 = the header
        QString message;
    };
    QList<cet4scoresql::ScoreRow> rows; // the good rows
    qint64 dataRows = 0; // rows after the header, good or not
    QList<Problem> problems; // in line order; empty when every row is good

    // Errors (the file as a whole): score_file.unreadable, score_file.not_utf8, score_file.empty,
    // score_file.header (a required column missing, a column named twice or not known).
    static Result<Cet4ScoreFile> read(const QString &path);
    static Result<Cet4ScoreFile> parse(const QByteArray &bytes);
};

} // namespace cet::central::review
