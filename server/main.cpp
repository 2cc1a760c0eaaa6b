// cet-central: the central server of CET Desk (HTTP API and admin commands).
#include "CentralCli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cet-central"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CETDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cet::central::cli::runCentralCli(QCoreApplication::arguments(), out, err);
}
