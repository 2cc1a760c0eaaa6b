#include "ExportCommand.h"

#include "Database.h"
#include "StudentExporter.h"
#include "StudentRepository.h"

#include <QDir>

namespace cet {

int ExportCommand::run(const CliContext &c, const QString &output, const StudentFilter &filter)
{
    StudentExporter::Options options;
    options.databasePath = c.databasePath;
    options.query.filter = filter;
    options.outputPath = output;
    options.format = StudentExporter::formatForPath(output);
    const auto written = StudentExporter::run(options);
    if (!written) {
        c.err << written.error().message << Qt::endl;
        return written.error().code == u"export.cancelled" ? ExitCancelled : ExitDatabase;
    }
    c.out << tr("%1 students exported to %2.").arg(written.value()).arg(QDir::toNativeSeparators(output)) << Qt::endl;
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
