#include "ListenAddress.h"

namespace cet::central::http {

Result<ListenAddress> ListenAddress::parse(const QString &text)
{
    const auto bad = [&text](const QString &why) {
        return Error { QStringLiteral("cli.bad_listen"), QStringLiteral("--listen %1: %2").arg(text, why), {} };
    };
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return bad(QStringLiteral("expected ADDRESS:PORT"));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return bad(QStringLiteral("the port must be 0..65535"));
    ListenAddress out;
    out.port = quint16(port);
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        out.address = QHostAddress(QHostAddress::LocalHost);
    else if (!out.address.setAddress(host))
        return bad(QStringLiteral("\"%1\" is not an IP address").arg(host));
    return out;
}

Result<void> ListenAddress::checkPlainHttpAllowed(bool tls) const
{
    if (tls || address.isLoopback())
        return {};
    return Error { QStringLiteral("cli.plain_http_refused"),
        QStringLiteral("plain HTTP only on a loopback address (127.0.0.1, ::1); "
                       "give --tls-cert and --tls-key to listen on %1")
            .arg(address.toString()),
        {} };
}

QString ListenAddress::toString(quint16 actualPort) const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(actualPort);
}

} // namespace cet::central::http
