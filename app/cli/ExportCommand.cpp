#include "ExportCommand.h"

#include "ConsoleJob.h"
#include "Database.h"
#include "ExportJob.h"
#include "StudentRepository.h"

#include <QDir>

namespace cet {

int ExportCommand::run(const CliContext &c, const QString &output, const StudentFilter &filter)
{
    StudentQuery query;
    query.filter = filter;
    ExportJob job(c.databasePath, query, output);
    ConsoleJob console(c.err);
    const JobOutcome outcome = console.run(job);
    if (!outcome.isDone()) {
        c.err << outcome.error.message << Qt::endl;
        return outcome.isCancelled() ? ExitCancelled : ExitDatabase;
    }
    c.out << tr("%1 students exported to %2.").arg(*outcome.resultAs<qint64>()).arg(QDir::toNativeSeparators(output))
          << Qt::endl;
    return ExitOk;
}

int ExportCommand::count(const CliContext &c, const StudentFilter &filter)
{
    auto db = Database::open(c.databasePath, Database::Mode::ReadOnly);
    if (!db) {
        c.err << db.error().message << Qt::endl;
        return ExitDatabase;
    }
    const auto n = StudentRepository(*db.value()).count(filter);
    if (!n) {
        c.err << n.error().message << Qt::endl;
        return ExitDatabase;
    }
    c.out << n.value() << Qt::endl;
    return ExitOk;
}

} // namespace cet
