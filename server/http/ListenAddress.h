#pragma once

// "--listen ADDR:PORT": 127.0.0.1:8080, [::1]:8080, localhost:0. Plain HTTP is allowed only on
// a loopback address; any other address needs TLS.

#include "Result.h"

#include <QHostAddress>

namespace cet::central::http {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    static Result<ListenAddress> parse(const QString &text);
    Result<void> checkPlainHttpAllowed(bool tls) const;
    QString toString(quint16 actualPort) const; // "127.0.0.1:8080", "[::1]:8080"
};

} // namespace cet::central::http
