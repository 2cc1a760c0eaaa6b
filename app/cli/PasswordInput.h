#pragma once

#include <QString>

namespace cet {

// The first line of standard input, without its line end (--password-stdin).
QString readPasswordLine();

} // namespace cet
