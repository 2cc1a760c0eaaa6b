#include "PasswordInput.h"

#include <QFile>

#include <cstdio>

namespace cet {

QString readPasswordLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace cet
