#include "ScoreCommands.h"

#include "CentralStore.h"
#include "Cet4ScoreFile.h"
#include "Cet4ScoreImport.h"

#include <QElapsedTimer>

namespace cet::central::cli {

namespace {
// Problems printed before the rest are only counted: a file with thousands of bad rows is
// fixed from the first ones, and a terminal should not scroll for minutes.
constexpr int kProblemsShown = 100;
} // namespace

int runImportScores(const QStringList &args, CliIo io)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), CliText::tr("Database: sqlite:PATH or postgres://USER:PW@HOST:PORT/DB."),
        QStringLiteral("url") });
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
        CliText::tr("UTF-8 CSV with a header row: ticket, id_type (optional), id_number, "
                    "name, year, month, total (or the Chinese column names)."));
    if (const int code = parseCommand(
            parser, args, CliText::tr("Import CET4 score records (all rows or, if any row is bad, none)."), io, 1);
        code >= 0)
        return code;
    if (!requireOptions(parser, { QStringLiteral("db") }, io))
        return ExitUsage;
    const QString path = parser.positionalArguments().constFirst();

    QElapsedTimer timer;
    timer.start();
    auto file = review::Cet4ScoreFile::read(path);
    if (!file)
        return fail(io, file.error());
    const auto &problems = file.value().problems;
    if (!problems.isEmpty()) {
        for (qsizetype i = 0; i < problems.size() && i < kProblemsShown; ++i)
            io.err << CliText::tr("%1:%2: %3").arg(path).arg(problems.at(i).line).arg(problems.at(i).message)
                   << Qt::endl;
        if (problems.size() > kProblemsShown)
            io.err << CliText::tr("... and %1 more problems").arg(problems.size() - kProblemsShown) << Qt::endl;
        io.err
            << CliText::tr("nothing imported: %1 problems in %2 rows").arg(problems.size()).arg(file.value().dataRows)
            << Qt::endl;
        return ExitFailure;
    }
    auto store = CentralStore::open(parser.value(QStringLiteral("db")));
    if (!store)
        return fail(io, store.error());
    if (auto r = store.value()->migrate(); !r)
        return fail(io, r.error());
    auto stored = review::importCet4Scores(*store.value(), file.value().rows);
    if (!stored)
        return fail(io, stored.error());
    io.out << CliText::tr("%1 CET4 score records imported in %2 s")
                  .arg(stored.value())
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return ExitOk;
}

} // namespace cet::central::cli
